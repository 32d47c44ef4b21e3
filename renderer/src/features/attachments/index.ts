/**
 * Message attachments: each shown with its name and size, opened inside the console (images and PDFs
 * whose bytes prove their type, in a modal preview; nothing executed) or downloaded, fetched once
 * through M13 and kept in the offline cache.
 */
export { AttachmentItem } from './AttachmentItem';
