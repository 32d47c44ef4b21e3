/** The Shops view: connecting and disconnecting shops, and how often the inbox is checked. */
export { ShopSettings } from './ShopSettings';
export { SyncSettings } from './SyncSettings';
