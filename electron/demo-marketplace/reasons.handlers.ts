import { json, type DemoReply, type OperationContext } from './http-types';

/** RE11 codes: the incident opening reasons, also the REASON_CODE thread topics of the seed. */
export const openReasonCodes = ['WARRANTY', 'MISSING_ITEM', 'WRONG_ITEM_SENT', 'DAMAGED_ITEM', 'NOT_RECEIVED'] as const;
/** RE12 codes: the incident closing reasons OR64 accepts. */
export const closeReasonCodes = [
  'REPLACEMENT_SENT',
  'REFUND_ISSUED',
  'ITEM_DELIVERED',
  'REPAIRED_UNDER_WARRANTY',
  'NO_DEFECT_FOUND',
] as const;

function reasons(codes: readonly string[], labels: Record<string, string>): DemoReply {
  const list = codes.map((code) => ({ code, label: labels[code] ?? code }));
  return json(200, { reasons: list, total_count: list.length });
}

/** RE11: incident opening reasons, labelled in the shop's market language. */
export function listOpenReasons(ctx: OperationContext): DemoReply {
  return reasons(openReasonCodes, ctx.shop.bank.openReasons);
}

/** RE12: incident closing reasons, labelled in the shop's market language. */
export function listCloseReasons(ctx: OperationContext): DemoReply {
  return reasons(closeReasonCodes, ctx.shop.bank.closeReasons);
}
