import { isoSeconds, type OrderJson, type OrderLineJson, type ReturnJson, type ShopRecord } from '../model';
import type { Rng } from './prng';
import type { CaseTopic } from './text-bank';

const DAY = 86_400_000;

/** Inputs of one seeded order: the buyer, when, and the case that brought the thread. */
export interface OrderSeed {
  shop: ShopRecord;
  orderId: string;
  commercialId: string;
  customer: { id: string; first: string; last: string };
  created: number;
  product: { title: string; category: string };
  caseTopic: CaseTopic;
  incident: boolean;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * An OR11 order with every field the spec requires, one or two lines, and (when `seed.incident`) an
 * open incident on the first line whose reason is the case topic (a RE11 code).
 */
export function buildOrder(seed: OrderSeed, rng: Rng): OrderJson {
  const { shop } = seed;
  const bank = shop.bank;
  const address = rng.pick(bank.addresses);
  const created = isoSeconds(seed.created);
  const state = seed.caseTopic === 'DELIVERY' ? rng.pick(['SHIPPING', 'SHIPPED']) : rng.pick(['SHIPPED', 'RECEIVED', 'RECEIVED', 'CLOSED']);
  const lineCount = rng.chance(0.25) ? 2 : 1;
  const lines: OrderLineJson[] = [];
  for (let i = 0; i < lineCount; i++) {
    const product = i === 0 ? seed.product : rng.pick(bank.products);
    const unit = round2(rng.int(1500, 89_900) / 100);
    const quantity = rng.chance(0.15) ? 2 : 1;
    const price = round2(unit * quantity);
    const commission = round2(price * 0.12);
    const incident = i === 0 && seed.incident;
    lines.push({
      can_refund: true,
      cancelations: [],
      category_code: product.category.toLowerCase().replace(/[^a-z]+/g, '-') || 'general',
      category_label: product.category,
      commission_fee: commission,
      commission_rate_vat: 23,
      commission_vat: round2(commission * 0.23),
      created_date: created,
      description: product.title,
      last_updated_date: created,
      offer_id: 100_000 + rng.int(0, 899_999),
      offer_sku: `SKU-${rng.int(10_000, 99_999)}`,
      offer_state_code: '11',
      order_line_additional_fields: [],
      order_line_id: `${seed.orderId}-${i + 1}`,
      order_line_index: i + 1,
      order_line_state: incident ? 'INCIDENT_OPEN' : state,
      ...(incident
        ? {
            order_line_state_reason_code: seed.caseTopic,
            order_line_state_reason_label: bank.openReasons[seed.caseTopic] ?? seed.caseTopic,
          }
        : {}),
      price,
      price_unit: unit,
      product_medias: [],
      product_sku: `P-${rng.int(100_000, 999_999)}`,
      product_title: product.title,
      quantity,
      refunds: [],
      shipping_price: i === 0 ? 4.99 : 0,
      total_commission: commission,
      total_price: round2(price + (i === 0 ? 4.99 : 0)),
      // Kept out of the JSON by the handler: the state the line returns to when OR64 resolves it.
      __stateBeforeIncident: state,
    });
  }
  const price = round2(lines.reduce((sum, l) => sum + (l.price as number), 0));
  const shippingAddress = {
    city: address.city,
    country: shop.market,
    country_iso_code: shop.countryIso3,
    firstname: seed.customer.first,
    lastname: seed.customer.last,
    street_1: address.street,
    zip_code: address.zip,
  };
  return {
    acceptance_decision_date: isoSeconds(seed.created + 3_600_000),
    can_cancel: false,
    can_shop_ship: state === 'SHIPPING',
    commercial_id: seed.commercialId,
    created_date: created,
    currency_iso_code: shop.currency,
    customer: {
      billing_address: shippingAddress,
      customer_id: seed.customer.id,
      firstname: seed.customer.first,
      lastname: seed.customer.last,
      locale: `${bank.language}_${shop.market}`,
      shipping_address: shippingAddress,
    },
    delivery_date: { earliest: isoSeconds(seed.created + 2 * DAY), latest: isoSeconds(seed.created + 5 * DAY) },
    fulfillment: { center: { code: 'DEFAULT' } },
    fully_refunded: false,
    has_customer_message: true,
    has_incident: seed.incident,
    has_invoice: state !== 'SHIPPING',
    last_updated_date: created,
    leadtime_to_ship: 2,
    order_id: seed.orderId,
    order_lines: lines,
    order_state: state,
    order_tax_mode: 'TAX_INCLUDED',
    paymentType: 'CARD',
    payment_type: 'CARD',
    payment_workflow: 'PAY_ON_ACCEPTANCE',
    price,
    shipping_price: 4.99,
    shipping_tracking: `${shop.market}${rng.int(100_000_000, 999_999_999)}`,
    shipping_type_code: 'STD',
    shipping_type_label: 'Standard',
    shipping_zone_code: shop.market,
    shipping_zone_label: shop.market,
    total_commission: round2(lines.reduce((sum, l) => sum + (l.total_commission as number), 0)),
    total_price: round2(price + 4.99),
  };
}

/** The return stages the seed cycles through, so every RT11 state (and both compliance outcomes) exists. */
export const returnStages = [
  'WAITING_ACCEPTANCE',
  'IN_PROGRESS',
  'RECEIVED',
  'RECEIVED_COMPLIANT',
  'RECEIVED_NON_COMPLIANT',
  'CLOSED',
  'REFUSED',
] as const;

/**
 * An RT11 return of `order`'s first line at `stage`, requested at `created` and last changed up to
 * two days later; both dates are kept at or before `nowMs` (the seed's clock), so no return is dated
 * in the future (RT11's `return_last_updated_from` would otherwise skip it after the next change).
 */
export function buildReturn(
  order: OrderJson,
  shop: ShopRecord,
  stage: (typeof returnStages)[number],
  created: number,
  rng: Rng,
  rmaNumber: number,
  nowMs: number = Number.POSITIVE_INFINITY,
): ReturnJson {
  const requested = Math.min(created, nowMs);
  const line = order.order_lines[0] as OrderLineJson;
  const customer = order.customer as { shipping_address: { city: string } };
  const reason = rng.pick([
    'RETURN_DEFECTIVE_ITEM',
    'RETURN_CHANGED_MIND',
    'RETURN_DELIVERED_PRODUCT_DIFFERENT',
    'RETURN_WARRANTY',
    'RETURN_MISSING_ITEM',
  ]);
  const compliance =
    stage === 'RECEIVED_COMPLIANT' || stage === 'CLOSED'
      ? [{ compliant: true }]
      : stage === 'RECEIVED_NON_COMPLIANT'
        ? [
            {
              compliant: false,
              non_compliance_reason_code: 'RETURN_NON_COMPLIANT_DAMAGED_PRODUCT',
              non_compliance_additional_info: 'Product returned with a cracked housing.',
            },
          ]
        : undefined;
  const state = stage.startsWith('RECEIVED') ? 'RECEIVED' : stage;
  return {
    date_created: isoSeconds(requested),
    description: `${line.product_title as string} – ${customer.shipping_address.city}`,
    id: rng.uuid(),
    // Drawn here, in the seed's order of draws, so every other seeded value stays as it was.
    last_updated: isoSeconds(Math.min(requested + rng.int(1, 48) * 3_600_000, nowMs)),
    method_code: rng.pick(['RETURN_METHOD_BY_MAIL', 'RETURN_METHOD_DROP_OFF_POINT']),
    order_commercial_id: order.commercial_id as string,
    order_id: order.order_id,
    reason_code: reason,
    ...(stage === 'REFUSED' ? { rejection_reason_code: 'RETURN_REJECTION_WINDOW_CLOSED' } : {}),
    return_address: {
      city: shop.contact.city,
      country_iso_code: shop.countryIso3,
      street1: shop.contact.street1,
      zip_code: shop.contact.zip,
    },
    return_lines: [{ order_line_id: line.order_line_id, quantity: 1, reason_code: reason, ...(compliance ? { compliance } : {}) }],
    rma: `RMA-${shop.id}-${String(rmaNumber).padStart(5, '0')}`,
    state,
    ...(state === 'WAITING_ACCEPTANCE' || state === 'REFUSED'
      ? {}
      : { tracking: { carrier_code: 'DHL', carrier_name: 'DHL', tracking_number: `RT${rng.int(10_000_000, 99_999_999)}` } }),
  };
}
