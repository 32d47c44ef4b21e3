import { accountUpdateSchema } from '../../shared/mirakl';
import { validate } from './inbox.handlers';
import { MiraklHttpError, json, parseJsonBody, type DemoReply, type OperationContext } from './http-types';
import { isoSeconds, type ShopRecord } from './model';

/** A01: the shop's information with every field the spec requires. */
export function serializeAccount(shop: ShopRecord, ordersCount: number): Record<string, unknown> {
  const c = shop.contact;
  return {
    approval_delay: 3600,
    approval_rate: 0.98,
    billing_info: { bank_city: c.city, bank_name: 'Demo Bank', iban: `${shop.market}00DEMO${shop.id}0000000000`, owner: shop.name },
    channels: [],
    ...(shop.closedFrom !== null ? { closed_from: isoSeconds(shop.closedFrom) } : {}),
    ...(shop.closedTo !== null ? { closed_to: isoSeconds(shop.closedTo) } : {}),
    contact_informations: {
      city: c.city,
      civility: 'Neutral',
      country: shop.countryIso3,
      email: c.email,
      firstname: c.firstname,
      lastname: c.lastname,
      phone: c.phone,
      street1: c.street1,
      web_site: shop.webSite,
      zip_code: c.zip,
    },
    currency_iso_code: shop.currency,
    date_created: isoSeconds(shop.dateCreated),
    default_billing_information: {
      default_language: shop.bank.language,
      id: `billing-${shop.id}`,
      registration_address: { city: c.city, country_iso_code: shop.countryIso3, street_1: c.street1, zip_code: c.zip },
    },
    description: shop.description,
    domains: ['PRODUCT'],
    evaluations_count: 40 + (shop.id % 7) * 13,
    free_shipping: false,
    grade: 4.6,
    is_professional: shop.isProfessional,
    last_updated_date: isoSeconds(shop.lastUpdated),
    offers_count: 250 + (shop.id % 5) * 40,
    order_messages_response_delay: shop.responseDelaySeconds,
    orders_count: ordersCount,
    payment_details: { paid_balance: 12_840.5, payable_balance: 1_920.75, pending_balance: 640.2 },
    payment_method_mandatory: false,
    premium: false,
    pro_details: { corporate_name: shop.name, identification_number: `${shop.market}${shop.id}001` },
    return_policy: shop.returnPolicy,
    shipping: { lead_time_to_ship: 2 },
    shipping_country: shop.countryIso3,
    shipping_types: ['STD'],
    shipping_zones: [shop.market],
    shop_additional_fields: [],
    shop_id: shop.id,
    shop_name: shop.name,
    shop_state: 'OPEN',
  };
}

/** A01 handler. */
export function getAccount(ctx: OperationContext): DemoReply {
  return json(200, serializeAccount(ctx.shop, (ctx.state.data.orders.get(ctx.shop.id) ?? []).length));
}

/**
 * A02: updates the editable shop fields (name, e-mail, description, return policy, web site,
 * professional flag, contact address, closing dates). `closed_from`/`closed_to` null clears them;
 * 400 when `closed_to` is not after `closed_from`. Fields the demo operator does not let shops edit
 * (payment info, channels, additional fields, ...) come back in `errors` and are left unchanged.
 */
export function updateAccount(ctx: OperationContext): DemoReply {
  const input = validate(accountUpdateSchema, parseJsonBody(ctx.body), 'request body');
  const shop = ctx.shop;
  const toMs = (v: string | null | undefined, current: number | null): number | null =>
    v === undefined ? current : v === null ? null : Date.parse(v);
  const closedFrom = toMs(input.closed_from, shop.closedFrom);
  const closedTo = toMs(input.closed_to, shop.closedTo);
  if (closedFrom !== null && closedTo !== null && closedTo <= closedFrom)
    throw new MiraklHttpError(400, 'closed_to must be after closed_from');
  const errors: { code: string; field: string; message: string }[] = [];
  for (const field of [
    'channels',
    'payment_info',
    'shop_additional_fields',
    'producer_identifiers',
    'recycling_policy',
    'shipping_country',
    'pro_details',
    'fax',
  ]) {
    if ((input as Record<string, unknown>)[field] !== undefined)
      errors.push({ code: 'FIELD_NOT_EDITABLE', field, message: `The operator does not allow shops to edit ${field}` });
  }
  shop.closedFrom = closedFrom;
  shop.closedTo = closedTo;
  if (input.shop_name !== undefined) shop.name = input.shop_name;
  if (input.email !== undefined) shop.contact.email = input.email;
  if (input.description !== undefined) shop.description = input.description ?? '';
  if (input.return_policy !== undefined) shop.returnPolicy = input.return_policy ?? '';
  if (input.web_site !== undefined) shop.webSite = input.web_site ?? '';
  if (input.is_professional !== undefined) shop.isProfessional = input.is_professional;
  const a = input.address;
  if (a) {
    shop.contact = {
      ...shop.contact,
      ...(a.city !== undefined ? { city: a.city } : {}),
      ...(a.firstname !== undefined ? { firstname: a.firstname } : {}),
      ...(a.lastname !== undefined ? { lastname: a.lastname } : {}),
      ...(a.street1 !== undefined ? { street1: a.street1 } : {}),
      ...(a.zip_code ? { zip: a.zip_code } : {}),
      ...(a.phone ? { phone: a.phone } : {}),
    };
  }
  shop.lastUpdated = ctx.state.nowSeconds();
  return json(200, { errors });
}
