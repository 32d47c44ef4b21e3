import { z } from 'zod';
import { integer, isoDateTime, openEnum } from './open-enum';
import { participantTypeSchema, topicTypeSchema } from './inbox.schema';

/** OR11 `order_state` (and the `order_state_codes` filter). */
export const orderStates = [
  'STAGING',
  'WAITING_ACCEPTANCE',
  'WAITING_DEBIT',
  'WAITING_DEBIT_PAYMENT',
  'SHIPPING',
  'SHIPPED',
  'TO_COLLECT',
  'RECEIVED',
  'CLOSED',
  'REFUSED',
  'CANCELED',
] as const;
export const orderStateSchema = openEnum(orderStates);

/** OR11 `order_line_state`: the order states plus `INCIDENT_OPEN` and `REFUNDED`. */
export const orderLineStates = [...orderStates, 'INCIDENT_OPEN', 'REFUNDED'] as const;
export const orderLineStateSchema = openEnum(orderLineStates);

const amountFields = { amount: z.number(), code: z.string() };

/** OR11 customer address (billing and shipping share these fields). */
export const orderAddressSchema = z.looseObject({
  additional_info: z.string().nullish(),
  city: z.string(),
  civility: z.string().nullish(),
  company: z.string().nullish(),
  company_2: z.string().nullish(),
  country: z.string(),
  country_iso_code: z.string(),
  firstname: z.string().nullish(),
  lastname: z.string(),
  phone: z.string().nullish(),
  phone_secondary: z.string().nullish(),
  state: z.string().nullish(),
  street_1: z.string(),
  street_2: z.string().nullish(),
  zip_code: z.string().nullish(),
});

/** OR11 `customer`. The addresses are null before shipping (or acceptance) on some platforms. */
export const orderCustomerSchema = z.looseObject({
  accounting_contact: z.looseObject({ customer_id: z.string(), firstname: z.string(), lastname: z.string() }).nullish(),
  billing_address: orderAddressSchema.nullable(),
  civility: z.string().nullish(),
  customer_id: z.string(),
  delivery_contact: z.looseObject({ customer_id: z.string(), firstname: z.string(), lastname: z.string() }).nullish(),
  firstname: z.string(),
  lastname: z.string(),
  locale: z.string().nullish(),
  organization: z.looseObject({ organization_id: z.string().nullable() }).nullish(),
  shipping_address: orderAddressSchema.nullable(),
});

/** OR11 order line. An open incident shows as `order_line_state: INCIDENT_OPEN` with its reason. */
export const orderLineSchema = z.looseObject({
  can_refund: z.boolean(),
  cancelations: z.array(z.looseObject({ id: z.string(), created_date: isoDateTime, commission_amount: z.number() })),
  category_code: z.string(),
  category_label: z.string(),
  commission_fee: z.number(),
  commission_rate_vat: z.number(),
  commission_taxes: z.array(z.looseObject({ ...amountFields, rate: z.number() })).nullish(),
  commission_vat: z.number(),
  created_date: isoDateTime,
  debited_date: isoDateTime.nullish(),
  description: z.string(),
  last_updated_date: isoDateTime,
  offer_id: integer,
  offer_sku: z.string(),
  offer_state_code: z.string(),
  order_line_additional_fields: z.array(z.looseObject({ code: z.string(), type: z.string().nullish() })),
  order_line_id: z.string(),
  order_line_index: integer,
  order_line_state: orderLineStateSchema,
  order_line_state_reason_code: z.string().nullish(),
  order_line_state_reason_label: z.string().nullish(),
  price: z.number(),
  price_unit: z.number(),
  product_medias: z.array(z.looseObject({ media_url: z.string(), mime_type: z.string(), type: z.string() })),
  product_shop_sku: z.string().nullish(),
  product_sku: z.string(),
  product_title: z.string(),
  quantity: integer,
  received_date: isoDateTime.nullish(),
  refunds: z.array(
    z.looseObject({ id: z.string(), created_date: isoDateTime, quantity: integer, reason_code: z.string(), state: z.string() }),
  ),
  shipped_date: isoDateTime.nullish(),
  shipping_price: z.number(),
  shipping_taxes: z.array(z.looseObject({ ...amountFields, tax_calculation_rule: z.string() })).nullish(),
  taxes: z.array(z.looseObject({ ...amountFields, tax_calculation_rule: z.string() })).nullish(),
  total_commission: z.number(),
  total_price: z.number(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

/** OR11 order. */
export const orderSchema = z.looseObject({
  acceptance_decision_date: isoDateTime.nullish(),
  can_cancel: z.boolean(),
  can_shop_ship: z.boolean(),
  channel: z.looseObject({ code: z.string(), label: z.string() }).nullish(),
  commercial_id: z.string(),
  created_date: isoDateTime,
  currency_iso_code: z.string(),
  customer: orderCustomerSchema,
  customer_debited_date: isoDateTime.nullish(),
  customer_notification_email: z.string().nullish(),
  delivery_date: z.looseObject({ earliest: isoDateTime, latest: isoDateTime }).nullish(),
  fulfillment: z.looseObject({ center: z.looseObject({ code: z.string() }) }),
  fully_refunded: z.boolean(),
  has_customer_message: z.boolean(),
  has_incident: z.boolean(),
  has_invoice: z.boolean(),
  last_updated_date: isoDateTime,
  leadtime_to_ship: integer,
  order_additional_fields: z.array(z.looseObject({ code: z.string(), type: z.string().nullish() })).nullish(),
  order_id: z.string(),
  order_lines: z.array(orderLineSchema),
  order_state: orderStateSchema,
  order_state_reason_code: z.string().nullish(),
  order_state_reason_label: z.string().nullish(),
  order_tax_mode: openEnum(['TAX_INCLUDED', 'TAX_EXCLUDED'] as const),
  paymentType: z.string(),
  payment_type: z.string().nullish(),
  payment_workflow: openEnum([
    'PAY_ON_ACCEPTANCE',
    'PAY_ON_DELIVERY',
    'PAY_ON_DUE_DATE',
    'PAY_ON_SHIPMENT',
    'NO_CUSTOMER_PAYMENT_CONFIRMATION',
  ] as const).nullish(),
  price: z.number(),
  references: z
    .looseObject({ order_reference_for_customer: z.string().nullish(), order_reference_for_seller: z.string().nullish() })
    .nullish(),
  shipping_carrier_code: z.string().nullish(),
  shipping_company: z.string().nullish(),
  shipping_deadline: isoDateTime.nullish(),
  shipping_price: z.number(),
  shipping_tracking: z.string().nullish(),
  shipping_tracking_url: z.string().nullish(),
  shipping_type_code: z.string(),
  shipping_type_label: z.string(),
  shipping_zone_code: z.string(),
  shipping_zone_label: z.string(),
  total_commission: z.number(),
  total_price: z.number(),
});
export type Order = z.infer<typeof orderSchema>;

/** OR11 response: offset pagination (`max` ≤ 100, default 10; `offset`), `total_count` of all matches. */
export const ordersPageSchema = z.looseObject({
  orders: z.array(orderSchema),
  total_count: integer,
});
export type OrdersPage = z.infer<typeof ordersPageSchema>;

/** OR43 request, the `thread_input` JSON part: a new thread on an order (files in `files` parts). */
export const orderThreadInputSchema = z.looseObject({
  body: z.string().min(3).max(50_000),
  to: z.array(participantTypeSchema),
  topic: z.looseObject({ type: topicTypeSchema, value: z.string() }),
});
export type OrderThreadInput = z.infer<typeof orderThreadInputSchema>;

/** OR43 response (201). */
export const orderThreadCreatedSchema = z.looseObject({
  message_id: z.string(),
  thread_id: z.string(),
});
export type OrderThreadCreated = z.infer<typeof orderThreadCreatedSchema>;

/** OR64 request: resolve the incident on an order line with a RE12 reason code (answers 204). */
export const resolveIncidentSchema = z.looseObject({
  reason_code: z.string(),
});
export type ResolveIncident = z.infer<typeof resolveIncidentSchema>;
