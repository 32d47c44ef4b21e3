/**
 * Mirakl's M12 has no idempotency key, so "did my reply arrive?" is answered by reading the thread
 * back (M10) and looking for the message. This module is that look, kept pure so it can be tested
 * exhaustively.
 */

/** A message of the thread as read back from the marketplace. */
export interface ReadBackMessage {
  id: string;
  fromType: string;
  body: string;
  dateCreated: string;
}

/** What is known of the item whose delivery is in doubt. */
export interface PendingReply {
  body: string;
  /** When the first send attempt started (ISO instant). */
  firstAttemptAt: string;
}

/**
 * How far the marketplace's clock may be behind ours: a message stamped up to this long before our
 * first attempt still counts as ours. Two minutes covers ordinary clock drift of a desktop.
 */
export const clockSkewMs = 2 * 60 * 1000;

/** Mirakl names the shop's messages `from.type: SHOP_USER` (participants are `SHOP`); both count. */
export function isShopAuthor(fromType: string): boolean {
  return fromType === 'SHOP_USER' || fromType === 'SHOP';
}

/** Bodies compare after the normalisations a server may apply: line endings, trailing blanks, Unicode form. */
export function normaliseBody(body: string): string {
  return body
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/**
 * Finds the marketplace's copy of a reply whose send outcome is unknown: a SHOP message with the
 * same (normalised) body, stamped no earlier than the first attempt minus the clock skew, and not
 * already claimed by another delivered item (`claimedIds`), so two identical replies sent on purpose
 * are matched to two different messages. Returns the message id, or null when it is not there (and
 * the reply must be sent again).
 */
export function findDeliveredCopy(
  pending: PendingReply,
  messages: readonly ReadBackMessage[],
  claimedIds: ReadonlySet<string>,
): string | null {
  const target = normaliseBody(pending.body);
  const since = Date.parse(pending.firstAttemptAt) - clockSkewMs;
  const candidates = messages
    .filter((m) => isShopAuthor(m.fromType) && !claimedIds.has(m.id))
    .filter((m) => Date.parse(m.dateCreated) >= since)
    .filter((m) => normaliseBody(m.body) === target)
    .sort((a, b) => a.dateCreated.localeCompare(b.dateCreated));
  return candidates[0]?.id ?? null;
}
