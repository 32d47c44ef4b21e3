/**
 * The shape of one language's text bank for the seeded buyers, shops and operator. Templates use
 * `{order}`, `{product}`, `{tracking}`, `{date}`, `{shop}`, `{name}` placeholders and `{male|female}`
 * alternations where the language inflects by the writer's gender (Polish, Croatian, Portuguese).
 */
export type CaseTopic = 'WARRANTY' | 'MISSING_ITEM' | 'WRONG_ITEM_SENT' | 'DELIVERY' | 'RETURN';

export interface LanguageBank {
  language: 'pl' | 'lv' | 'pt' | 'hr';
  female: { first: string[]; last: string[] };
  male: { first: string[]; last: string[] };
  addresses: { city: string; street: string; zip: string }[];
  products: { title: string; category: string }[];
  buyer: Record<CaseTopic, string[]>;
  buyerFollowUps: string[];
  buyerThanks: string[];
  shop: Record<CaseTopic, string[]>;
  shopProactive: string[];
  shopSignOff: string;
  operatorTakeover: string[];
  shopToOperator: string[];
  operatorToShop: string[];
  /** Sentences with a phone number, an e-mail or a link: the console's reply guard must spot them. */
  contactLeaks: string[];
  freeTopics: { DELIVERY: string; RETURN: string; OPERATOR: string };
  openReasons: Record<string, string>;
  closeReasons: Record<string, string>;
  /** Name shown for the platform's operator. */
  operatorName: string;
}

/** Fills a template's placeholders and gender alternations. */
export function renderTemplate(template: string, values: Record<string, string>, female: boolean): string {
  return template
    .replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_all, male: string, fem: string) => (female ? fem : male))
    .replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}
