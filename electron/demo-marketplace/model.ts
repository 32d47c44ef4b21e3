import type { LanguageBank } from './seed/text-bank';

/** The markets of the seeded shops. */
export type Market = 'PL' | 'LV' | 'PT' | 'HR';
/** Thread participant kinds, as Mirakl names them. */
export type Party = 'CUSTOMER' | 'SHOP' | 'OPERATOR';

/** One seeded shop and the fields A01/A02 read and write. Times are epoch milliseconds. */
export interface ShopRecord {
  id: number;
  name: string;
  market: Market;
  key: string;
  bank: LanguageBank;
  timeZone: string;
  currency: string;
  countryIso3: string;
  contact: { firstname: string; lastname: string; email: string; phone: string; street1: string; city: string; zip: string };
  description: string;
  returnPolicy: string;
  webSite: string;
  isProfessional: boolean;
  dateCreated: number;
  lastUpdated: number;
  closedFrom: number | null;
  closedTo: number | null;
  responseDelaySeconds: number;
}

/** A stored attachment, downloadable with M13. */
export interface AttachmentRecord {
  id: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
  shopId: number;
  threadId: string;
}

/** One message of a thread. */
export interface MessageRecord {
  id: string;
  date: number;
  from: Party;
  fromName: string;
  to: Party[];
  body: string;
  attachments: { id: string; name: string; size: number }[];
}

/** A thread (M10/M11). `takenOver`: the operator handles the buyer; the shop may only write to the operator. */
export interface ThreadRecord {
  id: string;
  shopId: number;
  created: number;
  updated: number;
  topic: { type: 'FREE_TEXT' | 'REASON_CODE'; value: string };
  entity: { type: string; id: string; label: string };
  customer: { id: string; name: string; female: boolean } | null;
  takenOver: boolean;
  messages: MessageRecord[];
  replyNeededSince: number | null;
  noReplyNeeded: { date: number; userType: 'OPERATOR' | 'SHOP' }[];
}

/** The whole mutable state of one demo marketplace. */
export interface MarketplaceData {
  shops: ShopRecord[];
  threads: Map<string, ThreadRecord>;
  attachments: Map<string, AttachmentRecord>;
  /** OR11 orders as Mirakl JSON, per shop, sorted by `created_date` ascending. */
  orders: Map<number, OrderJson[]>;
  /** RT11 returns as Mirakl JSON, per shop, sorted by `date_created` ascending. */
  returns: Map<number, ReturnJson[]>;
}

/** An OR11 order kept as the JSON the API serves (mutated in place by OR64), plus its shop. */
export type OrderJson = Record<string, unknown> & {
  order_id: string;
  created_date: string;
  last_updated_date: string;
  order_lines: OrderLineJson[];
};
export type OrderLineJson = Record<string, unknown> & { order_line_id: string; order_line_state: string; last_updated_date: string };
/** An RT11 return kept as the JSON the API serves. */
export type ReturnJson = Record<string, unknown> & {
  id: string;
  state: string;
  date_created: string;
  last_updated: string;
  return_lines: Record<string, unknown>[];
};

/** Formats epoch milliseconds as Mirakl does: ISO 8601 in UTC, whole seconds, `Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
