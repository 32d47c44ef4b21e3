// Marketing to buyers (DOMAIN.md rule 2): discounts and promotions for future purchases, newsletters,
// invitations to follow the shop or to buy in its own shop. A discount or a partial refund on this
// order is not marketing, so discount words count only next to a future purchase or a running promotion.
import type { GuardContext, GuardFinding } from '../types';
import { findPhrases, type PhrasePattern } from './phrase-rule';

const SOURCE = 'DOMAIN.md rule 2';

const platformChannel = /\b(?:platform\w*|plataform\w*|plattform\w*|platvorm\w*|marketplace\w*)\b/;

// A later purchase ("na kolejne zakupy", "nākamajam pirkumam", "na próxima compra", "za sljedeću kupnju").
const futurePurchase =
  /\b(?:(?:kolejn|nastepn|przyszl|nowe|nowych|nakam|turpmak|nakotn|proxim|futur|nova|novas|sljedec|iduc|buduc|next|future|another|nachst|naechst|pristi|dalsi|buduc|kitam|kitiems|urmato|kovetkez|jargmis)\w*\s+(?:\w+\s+)?(?:zakup\w*|zamowien\w*|transakcj\w*|pirkum\w*|pasutijum\w*|iepirk\w*|compra\w*|encomenda\w*|pedido\w*|kupnj\w*|kupovin\w*|narudzb\w*|purchase\w*|order\w*|shopping|einkauf\w*|bestellung\w*|nakup\w*|objednavk\w*|pirkin\w*|uzsakym\w*|cumparatur\w*|comand\w*|vasarlas\w*|ostu\w*)|(?:compra\w*|encomenda\w*|pedido\w*)\s+(?:seguinte\w*|futur\w*)|caly asortyment|cały asortyment|wszystkie produkty|all (?:our )?products|visam sortiment\w*|todos os (?:nossos )?produtos|cijeli asortiman|sve (?:nase )?proizvode)\b/;
// A promotion running now ("aktualnie trwa promocja", "currently on sale").
const runningNow =
  /\b(?:trwa\w*|aktualnie|obecnie|sobrid|pasreiz|neste momento|decorre\w*|a decorrer|trenutno|u tijeku|currently|right now|this week only|only today|aktuell|momentan)\b/;
// This order or its refund: a discount on it is a goodwill gesture, not marketing.
const thisOrder =
  /\b(?:(?:to|tego|tym|tej|ta|sis|so|sim|esta|nesta|desta|ovu|ovoj|ove|this|your|vase|vasu|pana|pani|panstwa|twoje)\s+(?:\w+\s+)?(?:zamowien\w*|pasutijum\w*|encomenda\w*|narudzb\w*|order\w*)|zwrot\w*|zwroc\w*|atmaks\w*|reembols\w*|povrat\w*|refund\w*|rekompensat\w*|kompensacij\w*|kompensacij\w*|compensa\w*|compensation)\b/;

const DISCOUNT =
  /\b(?:rabat\w*|znizk\w*|promocj\w*|promocyjn\w*|kupon\w*|voucher\w*|bon(?:u|y|em)?|wyprzedaz\w*|atlaid\w*|akcij\w*|izpardosan\w*|desconto\w*|promoc\w*|cupao|cupom|cupoes|saldo\w*|popust\w*|snizenj\w*|rasprodaj\w*|discount\w*|coupon\w*|promotion\w*|sale|rabatt\w*|gutschein\w*|slev\w*|zlav\w*|nuolaid\w*|reducer\w*|kedvezmeny\w*|allahindlus\w*)\b/g;

/** The marketing phrases, in the order they are tried (exported for the benchmark's raw-pattern baseline). */
export const marketingPatterns: readonly PhrasePattern[] = [
  {
    what: 'A discount code for future purchases',
    re: /\b(?:kod\w* (?:rabatow\w*|promocyjn\w*|znizkow\w*)|kod\w* na (?:rabat|znizk)\w*|atlaiz\w* kod\w*|promo ?kod\w*|codigo\w* (?:promociona\w*|de desconto)|cupao de desconto|cupom de desconto|kod\w* za popust|kupon\w* za popust|promo ?code\w*|discount code\w*|coupon code\w*|voucher code\w*|rabattcode\w*|gutscheincode\w*|slevov\w* kod\w*|zlavov\w* kod\w*|nuolaidos kod\w*|cod\w* (?:de )?reducere|kuponkod\w*|sooduskood\w*)\b/g,
  },
  {
    what: 'A discount or promotion for future purchases',
    re: DISCOUNT,
    needs: futurePurchase,
  },
  {
    what: 'A running promotion announced to the buyer',
    re: DISCOUNT,
    needs: runningNow,
    unless: thisOrder,
  },
  {
    what: 'An invitation to subscribe to a newsletter',
    re: /\b(?:newsletter\w*|biuletyn\w*|jaunumu (?:vestul|lap)\w*|bilten\w*|subscrib\w*|subscrev\w*|inscreva-se|inscrever-se|pretplatit\w* se|zapisz(?:cie)? sie na (?:nasz\w* )?(?:liste|newsletter\w*|mailing\w*)|mailing\w*|abonej\w*)\b/g,
    // An invitation stays one whatever follows it ("siga-nos … para não perder").
    negatable: 'before',
  },
  {
    what: 'An invitation to follow the shop on social media',
    re: /\b(?:obserwuj\w* nas|polub\w* (?:nas|nasz\w* (?:profil|stron\w*|fanpage))|nasz\w* (?:profil\w*|fanpage\w*|kanal\w*) w (?:mediach|sieci)|mediach spolecznosciow\w*|media spolecznosciow\w*|social media|social networks?|sekojiet mums|seko mums|socialajos tiklos|siga-nos|sigam-nos|siga a nossa (?:pagina|loja)|redes sociais|pratite nas|zapratite nas|drustven\w* mrez\w*|follow us|like (?:us|our page)|folgen sie uns|sledujte nas|sekite mus|urmariti-ne|kovess\w* minket|jalgi meid)\b/g,
    // An invitation stays one whatever follows it ("siga-nos … para não perder").
    negatable: 'before',
  },
  {
    what: 'An invitation to buy in the shop’s own store instead',
    re: /\b(?:nasz\w* sklep\w* (?:internetow\w*|stacjonarn\w*|online|firmow\w*)|sklep\w* internetow\w* (?:nasz|firm)\w*|nasz\w* (?:stron\w*|witryn\w*) (?:internetow\w*|www)|w naszym salonie|mus\w* (?:interneta |e-)?veikal\w*|mus\w* majaslap\w*|mus\w* (?:tim\w*|web)\w* vietn\w*|nossa loja (?:online|fisica|virtual)|(?:no|o) nosso (?:site|website)|nossa pagina (?:web|de internet)|nas\w* (?:web ?)?(?:trgovin\w*|ducan\w*)|nas\w* (?:web )?stranic\w*|our (?:own )?(?:website|web ?shop|online (?:shop|store))|unser\w* (?:online-?shop|webseite|website)|nas\w* (?:e-?shop|webov\w*)|musu el\w* parduotuv\w*|magazinul nostru online|webaruhazunk\w*|meie e-?pood\w*)\b/g,
    // An invitation stays one whatever follows it ("siga-nos … para não perder").
    negatable: 'before',
    unless: platformChannel,
  },
];

/** Findings of the marketing rule: one span per marketing phrase found. */
export function checkMarketing(text: string, folded: string, _context: GuardContext): GuardFinding[] {
  return findPhrases(text, folded, marketingPatterns, 'marketing', SOURCE);
}
