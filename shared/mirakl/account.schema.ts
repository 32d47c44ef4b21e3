import { z } from 'zod';
import { integer, isoDateTime, openEnum } from './open-enum';

/** A01 `shop_state`. */
export const shopStates = ['OPEN', 'CLOSE', 'SUSPENDED', 'TERMINATED'] as const;

const additionalFieldSchema = z.looseObject({ code: z.string(), type: z.string().nullish() });

/** A01 `contact_informations`. */
export const contactInformationsSchema = z.looseObject({
  city: z.string(),
  civility: z.string().nullish(),
  country: z.string(),
  email: z.string(),
  fax: z.string().nullish(),
  firstname: z.string().nullish(),
  lastname: z.string(),
  phone: z.string().nullish(),
  phone_secondary: z.string().nullish(),
  state: z.string().nullish(),
  street1: z.string(),
  street2: z.string().nullish(),
  web_site: z.string().nullish(),
  zip_code: z.string().nullish(),
});

/** A01 `default_billing_information` (the nested corporate/fiscal details are kept loose). */
export const defaultBillingInformationSchema = z.looseObject({
  corporate_information: z.looseObject({}).nullish(),
  default_language: z.string(),
  fiscal_information: z.looseObject({}).nullish(),
  fiscal_representative: z.looseObject({}).nullish(),
  id: z.string(),
  personal_information: z.looseObject({}).nullish(),
  registration_address: z.looseObject({ city: z.string(), country_iso_code: z.string(), street_1: z.string() }),
});

/**
 * A01 response: the shop's information. The console reads `closed_from`/`closed_to` (a planned
 * closing), `order_messages_response_delay` (average answer time, seconds) and `shop_state`.
 */
export const accountSchema = z.looseObject({
  applicable_taxes: z.array(z.looseObject({ code: z.string(), label: z.string() })).nullish(),
  approval_delay: integer.nullish(),
  approval_rate: z.number().nullish(),
  banner: z.string().nullish(),
  billing_info: z.looseObject({
    bank_city: z.string().nullish(),
    bank_name: z.string().nullish(),
    bank_street: z.string().nullish(),
    bic: z.string().nullish(),
    iban: z.string().nullish(),
    owner: z.string().nullish(),
    zip_code: z.string().nullish(),
  }),
  channels: z.array(z.string()),
  closed_from: isoDateTime.nullish(),
  closed_to: isoDateTime.nullish(),
  contact_informations: contactInformationsSchema,
  currency_iso_code: z.string(),
  date_created: isoDateTime,
  default_billing_information: defaultBillingInformationSchema,
  description: z.string().nullish(),
  domains: z.array(openEnum(['PRODUCT', 'SERVICE'] as const)),
  evaluations_count: integer,
  free_shipping: z.boolean(),
  grade: z.number().nullish(),
  is_professional: z.boolean(),
  kyc: z.looseObject({ reason: z.string().nullish(), status: z.string() }).nullish(),
  last_updated_date: isoDateTime,
  logo: z.string().nullish(),
  model: z.string().nullish(),
  offers_count: integer,
  order_messages_response_delay: integer.nullish(),
  orders_count: integer,
  payment_details: z.looseObject({
    paid_balance: z.number(),
    payable_balance: z.number(),
    pending_balance: z.number(),
    reserve_balance: z.number().nullish(),
    reserve_target: z.number().nullish(),
    sub_balances: z.array(z.looseObject({})).nullish(),
  }),
  payment_info: z.looseObject({ '@type': z.string().nullish(), owner: z.string().min(1).max(100) }).nullish(),
  payment_method_mandatory: z.boolean(),
  premium: z.boolean(),
  pro_details: z.looseObject({
    VAT_number: z.string().nullish(),
    corporate_name: z.string().nullish(),
    identification_number: z.string().nullish(),
    tax_identification_number: z.string().nullish(),
  }),
  producer_identifiers: z.array(z.looseObject({ epr_category_code: z.string(), producer_id: z.string() })).nullish(),
  recycling_policy: z.string().max(5000).nullish(),
  return_policy: z.string().nullish(),
  shipping: z.looseObject({ lead_time_to_ship: integer.nullish() }),
  shipping_country: z.string().nullish(),
  shipping_types: z.array(z.string()),
  shipping_zones: z.array(z.string()),
  shippings: z
    .array(
      z.looseObject({
        shipping_type_code: z.string(),
        shipping_type_label: z.string(),
        shipping_zone_code: z.string(),
        shipping_zone_label: z.string(),
      }),
    )
    .nullish(),
  shop_additional_fields: z.array(additionalFieldSchema),
  shop_id: integer,
  shop_name: z.string(),
  shop_state: openEnum(shopStates),
  specific_billing_informations: z.array(z.looseObject({ id: z.string() })).nullish(),
  suspension_type: z.string().nullish(),
});
export type Account = z.infer<typeof accountSchema>;

/** A02 `address` (fields described "Nullable" accept null). */
export const accountAddressInputSchema = z.looseObject({
  city: z.string().optional(),
  civility: z.string().optional(),
  country: z.string().optional(),
  firstname: z.string().optional(),
  lastname: z.string().optional(),
  phone: z.string().nullable().optional(),
  phone_secondary: z.string().nullable().optional(),
  state: z.string().nullable().optional(),
  street1: z.string().optional(),
  street2: z.string().nullable().optional(),
  zip_code: z.string().nullable().optional(),
});

/**
 * A02 request: update the shop's information. Setting `closed_from`/`closed_to` plans a closing;
 * null clears it. Fields the spec describes as "Cannot be null" are not nullable here.
 */
export const accountUpdateSchema = z.looseObject({
  address: accountAddressInputSchema.optional(),
  channels: z.array(z.string()).optional(),
  closed_from: isoDateTime.nullable().optional(),
  closed_to: isoDateTime.nullable().optional(),
  description: z.string().nullable().optional(),
  email: z.string().optional(),
  fax: z.string().nullable().optional(),
  is_professional: z.boolean().optional(),
  payment_info: z
    .looseObject({ '@type': z.string().optional(), owner: z.string().min(1).max(100) })
    .nullable()
    .optional(),
  pro_details: z
    .looseObject({
      corporate_name: z.string().optional(),
      identification_number: z.string().nullable().optional(),
      tax_identification_number: z.string().nullable().optional(),
    })
    .optional(),
  producer_identifiers: z
    .array(z.looseObject({ epr_category_code: z.string().max(255), producer_id: z.string().max(255) }))
    .max(50)
    .optional(),
  recycling_policy: z.string().max(5000).optional(),
  return_policy: z.string().nullable().optional(),
  shipping_country: z.string().nullable().optional(),
  shop_additional_fields: z.array(additionalFieldSchema.extend({ value: z.unknown().optional() })).optional(),
  shop_name: z.string().optional(),
  web_site: z.string().nullable().optional(),
});
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

/** A02 response (200): per-field errors for fields the operator does not let the shop edit. */
export const accountUpdateResultSchema = z.looseObject({
  errors: z.array(z.looseObject({ code: z.string(), field: z.string(), message: z.string() })).nullish(),
});
export type AccountUpdateResult = z.infer<typeof accountUpdateResultSchema>;
