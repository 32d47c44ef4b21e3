import { z } from 'zod';
import { integer, isoDateTime, openEnum } from './open-enum';

/** RT11 `state`. Accepting moves WAITING_ACCEPTANCE to IN_PROGRESS (or REFUSED), receiving to RECEIVED, closing to CLOSED. */
export const returnStates = ['WAITING_ACCEPTANCE', 'IN_PROGRESS', 'REFUSED', 'RECEIVED', 'NO_RECEPTION', 'CLOSED', 'CANCELED'] as const;
export const returnStateSchema = openEnum(returnStates);
export type ReturnState = z.infer<typeof returnStateSchema>;

/** RT11 return reason codes (return and line level). */
export const returnReasonCodes = [
  'RETURN_BROKEN_ITEM',
  'RETURN_CHANGED_MIND',
  'RETURN_COUNTERFEIT_ITEM',
  'RETURN_DAMAGED_PACKAGING',
  'RETURN_DEFECTIVE_ITEM',
  'RETURN_DELIVERED_PRODUCT_DIFFERENT',
  'RETURN_MISSING_ITEM',
  'RETURN_OTHER',
  'RETURN_CM_DONT_WANT',
  'RETURN_CM_DONT_LIKE',
  'RETURN_CM_QUALITY',
  'RETURN_DPD_WRONG_SIZE',
  'RETURN_DPD_WRONG_COLOR',
  'RETURN_DEFECTIVE_ON_ARRIVAL',
  'RETURN_PRODUCT_DOES_NOT_FIT',
  'RETURN_PDNT_TOO_BIG',
  'RETURN_PDNT_TOO_SMALL',
  'RETURN_INACCURATE_ITEM_DESCRIPTION',
  'RETURN_WARRANTY',
] as const;
export const returnReasonCodeSchema = openEnum(returnReasonCodes);

/** RT11 `rejection_reason_code`, RT21 refusal reasons. */
export const returnRejectionReasonCodes = [
  'RETURN_REJECTION_NOT_ELIGIBLE',
  'RETURN_REJECTION_NOT_NEEDED',
  'RETURN_REJECTION_WINDOW_CLOSED',
] as const;
export const returnRejectionReasonCodeSchema = openEnum(returnRejectionReasonCodes);

/** RT26 non-compliance reasons. */
export const nonComplianceReasonCodes = [
  'RETURN_NON_COMPLIANT_MISSING_ITEM',
  'RETURN_NON_COMPLIANT_WRONG_PRODUCT',
  'RETURN_NON_COMPLIANT_DAMAGED_PRODUCT',
  'RETURN_NON_COMPLIANT_WINDOW_CLOSED',
  'RETURN_NON_COMPLIANT_OTHER',
] as const;
export const nonComplianceReasonCodeSchema = openEnum(nonComplianceReasonCodes);

/** RT11 return line; `compliance` appears once RT26 marked it. */
export const returnLineSchema = z.looseObject({
  compliance: z
    .array(
      z.looseObject({
        compliant: z.boolean(),
        non_compliance_additional_info: z.string().nullish(),
        non_compliance_reason_code: z.string().nullish(),
      }),
    )
    .nullish(),
  order_line_id: z.string(),
  quantity: integer,
  reason_code: returnReasonCodeSchema,
});
export type ReturnLine = z.infer<typeof returnLineSchema>;

/** RT11 return. */
export const returnSchema = z.looseObject({
  date_created: isoDateTime,
  description: z.string().nullish(),
  documents: z.array(z.looseObject({ id: integer, type: z.string() })).nullish(),
  id: z.string(),
  label_url: z.string().nullish(),
  last_updated: isoDateTime,
  method_code: openEnum([
    'RETURN_METHOD_BY_MAIL',
    'RETURN_METHOD_DROP_OFF_POINT',
    'RETURN_METHOD_HOME_PICKUP',
    'RETURN_METHOD_IN_STORE',
    'RETURN_METHOD_RETURNLESS',
  ] as const),
  order_commercial_id: z.string(),
  order_id: z.string(),
  reason_code: returnReasonCodeSchema.nullish(),
  rejection_reason_code: returnRejectionReasonCodeSchema.nullish(),
  return_address: z.looseObject({
    city: z.string(),
    country_iso_code: z.string(),
    state: z.string().nullish(),
    street1: z.string(),
    street2: z.string().nullish(),
    zip_code: z.string(),
  }),
  return_lines: z.array(returnLineSchema),
  rma: z.string().nullish(),
  state: returnStateSchema,
  tracking: z
    .looseObject({
      carrier_code: z.string().nullish(),
      carrier_name: z.string().nullish(),
      carrier_standard_code: z.string().nullish(),
      tracking_number: z.string().nullish(),
      tracking_url: z.string().nullish(),
    })
    .nullish(),
});
export type Return = z.infer<typeof returnSchema>;

/** RT11 response: seek pagination sorted by `date_created` ascending. */
export const returnsPageSchema = z.looseObject({
  data: z.array(returnSchema),
  next_page_token: z.string().nullish(),
  previous_page_token: z.string().nullish(),
});
export type ReturnsPage = z.infer<typeof returnsPageSchema>;

const returnIdSchema = z.string().max(36);

/** RT21 request: accept or refuse up to 100 returns (a refusal carries `rejection_reason_code`). */
export const acceptReturnsSchema = z.looseObject({
  returns: z
    .array(z.looseObject({ accepted: z.boolean(), id: z.string(), rejection_reason_code: returnRejectionReasonCodeSchema.optional() }))
    .min(1)
    .max(100),
});
export type AcceptReturns = z.infer<typeof acceptReturnsSchema>;

/** RT25 request: mark up to 100 returns as received. */
export const receiveReturnsSchema = z.looseObject({
  returns: z
    .array(z.looseObject({ id: returnIdSchema }))
    .min(1)
    .max(100),
});
export type ReceiveReturns = z.infer<typeof receiveReturnsSchema>;

/** RT26 request: mark the lines of up to 100 received returns compliant or not. */
export const returnsComplianceSchema = z.looseObject({
  returns: z
    .array(
      z.looseObject({
        id: z.string(),
        return_lines: z
          .array(
            z.looseObject({
              compliant: z.boolean(),
              non_compliance_additional_info: z.string().max(2000).optional(),
              non_compliance_reason_code: nonComplianceReasonCodeSchema.optional(),
              order_line_id: z.string(),
            }),
          )
          .min(1)
          .max(200),
      }),
    )
    .min(1)
    .max(100),
});
export type ReturnsCompliance = z.infer<typeof returnsComplianceSchema>;

/** RT27 request: close up to 100 returns. */
export const closeReturnsSchema = z.looseObject({
  returns: z
    .array(z.looseObject({ id: returnIdSchema }))
    .min(1)
    .max(100),
});
export type CloseReturns = z.infer<typeof closeReturnsSchema>;

/** RT21/RT25/RT26/RT27 response (200): which returns were updated and which were not, and why. */
export const returnsUpdateResultSchema = z.looseObject({
  return_errors: z.array(z.looseObject({ id: z.string().nullish(), message: z.string().nullish() })).nullish(),
  return_success: z.array(z.looseObject({ id: returnIdSchema })).nullish(),
});
export type ReturnsUpdateResult = z.infer<typeof returnsUpdateResultSchema>;
