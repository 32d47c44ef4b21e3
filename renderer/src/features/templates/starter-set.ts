import type { TemplateLanguage, TemplateRecord } from '../../data/records';

/** The situations the starter templates cover. */
export const starterKeys = ['shipped', 'return-received', 'repair-started', 'refund-issued', 'damage-photo'] as const;
export type StarterKey = (typeof starterKeys)[number];

type Written = { name: string; body: string };

// The starter set: what a seller writes most, in each template language, with the same placeholders in
// every language (starter-set.test checks it). Written to the platform's rules: no contact data, nothing
// off the platform (photos are attached here, refunds go through the marketplace), no marketing.
// Plain text with placeholders, not ICU messages: their braces are placeholders (see placeholders.ts).
const written: Record<StarterKey, Record<TemplateLanguage, Written>> = {
  shipped: {
    en: {
      name: 'Order shipped',
      body: "Hello {buyer},\n\nyour order {order} has been handed over to {carrier}. The tracking number is {tracking}; it may take a few hours before the carrier's tracking shows the parcel.\n\nKind regards",
    },
    pl: {
      name: 'Zamówienie wysłane',
      body: 'Dzień dobry {buyer},\n\nzamówienie {order} zostało przekazane przewoźnikowi {carrier}. Numer przesyłki to {tracking}; informacje o paczce mogą pojawić się w systemie przewoźnika w ciągu kilku godzin.\n\nPozdrawiamy serdecznie',
    },
    lv: {
      name: 'Pasūtījums nosūtīts',
      body: 'Labdien, {buyer}!\n\nJūsu pasūtījums {order} ir nodots pārvadātājam {carrier}. Sūtījuma izsekošanas numurs ir {tracking}; informācija par sūtījumu pārvadātāja sistēmā var parādīties dažu stundu laikā.\n\nAr cieņu',
    },
    pt: {
      name: 'Encomenda enviada',
      body: 'Olá {buyer},\n\na sua encomenda {order} foi entregue à transportadora {carrier}. O número de seguimento é {tracking}; a informação da encomenda pode demorar algumas horas a aparecer no sistema da transportadora.\n\nCom os melhores cumprimentos',
    },
    hr: {
      name: 'Narudžba poslana',
      body: 'Dobar dan, {buyer}!\n\nVaša narudžba {order} predana je prijevozniku {carrier}. Broj za praćenje pošiljke je {tracking}; podaci o pošiljci u sustavu prijevoznika mogu se pojaviti u roku od nekoliko sati.\n\nSrdačan pozdrav',
    },
  },
  'return-received': {
    en: {
      name: 'Return received',
      body: 'Hello {buyer},\n\nwe have received the item you returned from order {order}. We will check it and let you know the outcome in this conversation within a few working days.\n\nKind regards',
    },
    pl: {
      name: 'Zwrot otrzymany',
      body: 'Dzień dobry {buyer},\n\notrzymaliśmy zwrócony produkt z zamówienia {order}. Sprawdzimy go i w ciągu kilku dni roboczych przekażemy wynik w tej rozmowie.\n\nPozdrawiamy serdecznie',
    },
    lv: {
      name: 'Atgrieztā prece saņemta',
      body: 'Labdien, {buyer}!\n\nEsam saņēmuši atgriezto preci no pasūtījuma {order}. Mēs to pārbaudīsim un dažu darba dienu laikā paziņosim rezultātu šajā sarunā.\n\nAr cieņu',
    },
    pt: {
      name: 'Devolução recebida',
      body: 'Olá {buyer},\n\nrecebemos o artigo devolvido da encomenda {order}. Vamos verificá-lo e, dentro de alguns dias úteis, comunicaremos o resultado nesta conversa.\n\nCom os melhores cumprimentos',
    },
    hr: {
      name: 'Povrat zaprimljen',
      body: 'Dobar dan, {buyer}!\n\nZaprimili smo vraćeni proizvod iz narudžbe {order}. Provjerit ćemo ga i u roku od nekoliko radnih dana javiti vam ishod u ovom razgovoru.\n\nSrdačan pozdrav',
    },
  },
  'repair-started': {
    en: {
      name: 'Repair started',
      body: 'Hello {buyer},\n\nthe item from order {order} has reached our service team and the repair has started. We expect it to be finished by {date}, and we will write to you here as soon as it is on its way back.\n\nKind regards',
    },
    pl: {
      name: 'Naprawa rozpoczęta',
      body: 'Dzień dobry {buyer},\n\nprodukt z zamówienia {order} dotarł do naszego serwisu i rozpoczęliśmy naprawę. Przewidujemy, że zakończy się ona do {date}. Gdy tylko produkt zostanie odesłany, napiszemy tutaj.\n\nPozdrawiamy serdecznie',
    },
    lv: {
      name: 'Remonts uzsākts',
      body: 'Labdien, {buyer}!\n\nPrece no pasūtījuma {order} ir nonākusi mūsu servisā, un remonts ir uzsākts. Plānojam to pabeigt līdz {date}. Tiklīdz prece tiks nosūtīta atpakaļ, mēs jums šeit uzrakstīsim.\n\nAr cieņu',
    },
    pt: {
      name: 'Reparação iniciada',
      body: 'Olá {buyer},\n\no artigo da encomenda {order} chegou ao nosso serviço técnico e a reparação já começou. Prevemos concluí-la até {date}. Assim que o artigo for reenviado, escrever-lhe-emos aqui.\n\nCom os melhores cumprimentos',
    },
    hr: {
      name: 'Popravak započet',
      body: 'Dobar dan, {buyer}!\n\nProizvod iz narudžbe {order} stigao je u naš servis i popravak je započeo. Očekujemo da će biti gotov do {date}. Čim proizvod pošaljemo natrag, javit ćemo vam se ovdje.\n\nSrdačan pozdrav',
    },
  },
  'refund-issued': {
    en: {
      name: 'Refund issued',
      body: 'Hello {buyer},\n\nwe have issued the refund for order {order} through the marketplace. Depending on your payment method and bank, it may take a few working days to appear on your account.\n\nKind regards',
    },
    pl: {
      name: 'Zwrot pieniędzy zlecony',
      body: 'Dzień dobry {buyer},\n\nzleciliśmy zwrot pieniędzy za zamówienie {order} za pośrednictwem platformy. W zależności od metody płatności i banku środki mogą pojawić się na koncie w ciągu kilku dni roboczych.\n\nPozdrawiamy serdecznie',
    },
    lv: {
      name: 'Nauda atmaksāta',
      body: 'Labdien, {buyer}!\n\nEsam veikuši atmaksu par pasūtījumu {order} ar platformas starpniecību. Atkarībā no maksājuma veida un bankas nauda jūsu kontā var parādīties dažu darba dienu laikā.\n\nAr cieņu',
    },
    pt: {
      name: 'Reembolso efetuado',
      body: 'Olá {buyer},\n\nefetuámos o reembolso da encomenda {order} através do marketplace. Consoante o meio de pagamento e o banco, o valor pode demorar alguns dias úteis a aparecer na sua conta.\n\nCom os melhores cumprimentos',
    },
    hr: {
      name: 'Povrat novca izvršen',
      body: 'Dobar dan, {buyer}!\n\nIzvršili smo povrat novca za narudžbu {order} putem platforme. Ovisno o načinu plaćanja i banci, iznos se na vašem računu može pojaviti u roku od nekoliko radnih dana.\n\nSrdačan pozdrav',
    },
  },
  'damage-photo': {
    en: {
      name: 'Photos of the damage',
      body: 'Hello {buyer},\n\nwe are sorry that the item from order {order} arrived damaged. So that we can resolve this quickly, please attach a few photos of the damage and of the packaging to a message in this conversation.\n\nKind regards',
    },
    pl: {
      name: 'Prośba o zdjęcia uszkodzenia',
      body: 'Dzień dobry {buyer},\n\nprzykro nam, że produkt z zamówienia {order} dotarł uszkodzony. Aby jak najszybciej to rozwiązać, prosimy o dołączenie w tej rozmowie kilku zdjęć uszkodzenia oraz opakowania.\n\nPozdrawiamy serdecznie',
    },
    lv: {
      name: 'Lūgums pēc bojājuma fotogrāfijām',
      body: 'Labdien, {buyer}!\n\nMums ļoti žēl, ka prece no pasūtījuma {order} tika piegādāta bojāta. Lai to ātri atrisinātu, lūdzu, pievienojiet šajā sarunā dažas bojājuma un iepakojuma fotogrāfijas.\n\nAr cieņu',
    },
    pt: {
      name: 'Pedido de fotografias dos danos',
      body: 'Olá {buyer},\n\nlamentamos que o artigo da encomenda {order} tenha chegado danificado. Para resolvermos a situação o mais depressa possível, pedimos que anexe nesta conversa algumas fotografias dos danos e da embalagem.\n\nCom os melhores cumprimentos',
    },
    hr: {
      name: 'Molba za fotografije oštećenja',
      body: 'Dobar dan, {buyer}!\n\nŽao nam je što je proizvod iz narudžbe {order} stigao oštećen. Kako bismo to što prije riješili, molimo vas da u ovom razgovoru priložite nekoliko fotografija oštećenja i ambalaže.\n\nSrdačan pozdrav',
    },
  },
};

/** A starter template as seeded: a template record without its `updatedAt` (the seeding stamps it). */
export type StarterTemplate = Omit<TemplateRecord, 'updatedAt'> & { starter: StarterKey };

/**
 * The starter set, one template per situation and language, with stable ids (`starter-<key>-<language>`):
 * what a new profile's template list starts with (seeded once, see seedStarterTemplates).
 */
export const starterTemplates: readonly StarterTemplate[] = starterKeys.flatMap((key) =>
  (Object.entries(written[key]) as [TemplateLanguage, Written][]).map(([language, { name, body }]) => ({
    id: `starter-${key}-${language}`,
    name,
    language,
    body,
    starter: key,
  })),
);
