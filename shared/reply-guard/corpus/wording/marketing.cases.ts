import type { CorpusCase } from '../corpus-case';

/** Replies that market to the buyer: future discounts, newsletters, social media, the shop's own store. */
export const marketingCases: CorpusCase[] = [
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'a discount for the next purchases',
    text: 'Dzień dobry, dziękujemy za zakup! Na kolejne zakupy mamy dla Pana rabat 10%.',
  },
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'a discount code',
    text: 'Witam, w ramach przeprosin przesyłam kod rabatowy na następne zamówienie.',
  },
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'a newsletter',
    text: 'Dzień dobry, zapraszamy do zapisania się na nasz newsletter – informujemy w nim o nowościach.',
  },
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'an invitation to follow on social media',
    text: 'Dzień dobry, zachęcamy do obserwowania nas w mediach społecznościowych, tam publikujemy nowości.',
  },
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'buy in our own online shop',
    text: 'Witam, te same słuchawki kupi Pan taniej w naszym sklepie internetowym.',
  },
  {
    market: 'PL',
    expect: ['marketing'],
    why: 'a running promotion on the whole range',
    text: 'Dzień dobry, aktualnie trwa u nas promocja -20% na cały asortyment, zapraszamy.',
  },
  {
    market: 'LV',
    expect: ['marketing'],
    why: 'a discount for the next purchase',
    text: 'Labdien, pateicībā par pirkumu piedāvājam 15% atlaidi nākamajam pirkumam.',
  },
  {
    market: 'LV',
    expect: ['marketing'],
    why: 'a discount code',
    text: 'Sveiki, jūs varat izmantot atlaižu kodu VASARA nākamajā pasūtījumā.',
  },
  {
    market: 'LV',
    expect: ['marketing'],
    why: 'a newsletter',
    text: 'Labdien, pierakstieties mūsu jaunumu vēstulei, lai uzzinātu par jaunām precēm.',
  },
  {
    market: 'LV',
    expect: ['marketing'],
    why: 'buy in our own online shop',
    text: 'Labdien, tādas pašas preces par zemāku cenu atradīsiet mūsu interneta veikalā.',
  },
  {
    market: 'PT',
    expect: ['marketing'],
    why: 'a discount on the next purchase',
    text: 'Bom dia, como compensação oferecemos 10% de desconto na próxima compra.',
  },
  {
    market: 'PT',
    expect: ['marketing'],
    why: 'a promotional code',
    text: 'Olá, use o código promocional VERAO na sua próxima encomenda e poupe ainda mais.',
  },
  {
    market: 'PT',
    expect: ['marketing'],
    why: 'follow us on social media',
    text: 'Bom dia, siga-nos nas redes sociais para não perder as nossas novidades.',
  },
  {
    market: 'PT',
    expect: ['marketing'],
    why: 'buy in our own online shop',
    text: 'Olá, este artigo está mais barato na nossa loja online, recomendamos que compre lá.',
  },
  {
    market: 'HR',
    expect: ['marketing'],
    why: 'a discount for the next purchase',
    text: 'Poštovani, za sljedeću kupnju imate popust od 10 % uz naš kod.',
  },
  {
    market: 'HR',
    expect: ['marketing'],
    why: 'a newsletter and a coupon',
    text: 'Dobar dan, prijavite se na naš newsletter i dobit ćete kupon za popust.',
  },
  {
    market: 'HR',
    expect: ['marketing'],
    why: 'follow us on social networks',
    text: 'Pozdrav, pratite nas na društvenim mrežama za nove akcije i popuste.',
  },
  {
    market: 'HR',
    expect: ['marketing'],
    why: 'buy in our own web shop',
    text: 'Poštovani, isti proizvod možete kupiti povoljnije u našoj web trgovini.',
  },
  {
    market: 'BA',
    expect: ['marketing'],
    why: 'a running promotion',
    text: 'Poštovani, trenutno je u toku akcija i svi proizvodi imaju popust od 20 %.',
  },
  {
    market: 'PT',
    expect: ['marketing', 'language'],
    why: 'English in a PT market, a promo code',
    text: 'Thank you for your order! Use the promo code SPRING on your next order and save more.',
  },
  {
    market: 'DE',
    expect: ['marketing'],
    why: 'German voucher for the next order',
    text: 'Guten Tag, für Ihre nächste Bestellung schenken wir Ihnen einen Gutschein über 10 Euro.',
  },
];
