import type { CorpusCase } from './corpus-case';

const lv = (text: string, expect: CorpusCase['expect'], why: string): CorpusCase => ({ market: 'LV', text, expect, why });

/** Latvian replies (market LV): contact data as sellers write it. */
export const latvianContactCorpus: CorpusCase[] = [
  lv(
    'Labdien! Fotoattēlus, lūdzu, sūtiet uz e-pastu veikals@elektro-nams.lv, apskatīsim šodien.',
    ['email', 'off-platform'],
    'a plain address, and photos asked by e-mail instead of the platform',
  ),
  lv(
    'Labdien, rakstiet man uz anna.berzina@inbox.lv, tur atbildēšu ātrāk.',
    ['email', 'off-platform'],
    'an address and an invitation to leave the platform',
  ),
  lv(
    'Labdien, mana e-pasta adrese: janis pie inbox punkts lv, rakstiet, lūdzu.',
    ['email', 'off-platform'],
    '"pie" and "punkts" for "@" and "."',
  ),
  lv('Labdien, rēķinu varu nosūtīt uz janis (at) inbox.lv, lūdzu, apstipriniet.', ['email'], '"(at)" for "@"'),
  lv('Labdien, adrese ir serviss [et] elektronams [punkts] lv, gaidīsim jūsu vēstuli.', ['email'], 'bracketed "et" and "punkts"'),
  lv(
    'Labdien, rakstiet uz info et elektronams punkts lv, atbildēsim darba laikā.',
    ['email', 'off-platform'],
    '"et" and "punkts" written out',
  ),
  lv(
    'Labdien, garantijas talonu nosūtīsim no adreses garantija@elektronams.com, lūdzu, pārbaudiet surogātpastu.',
    ['email'],
    'an address in .com',
  ),
  lv('Labdien, mani var sazvanīt pa tālruni 29 123 456 pēc plkst. 17.', ['phone'], 'a mobile number, spaced'),
  lv('Labdien, zvaniet uz +371 26 543 210 darba dienās no 9 līdz 18.', ['phone', 'off-platform'], 'an international number'),
  lv('Labdien, mūsu servisa tālrunis ir 67 123 456, tur palīdzēs ar iestatījumiem.', ['phone'], 'a Riga landline'),
  lv('Labdien, mob. 2612-3456, zvaniet jebkurā laikā.', ['phone', 'off-platform'], 'a mobile number with a dash after "mob."'),
  lv(
    'Labdien, sūtiet SMS uz 20 123 456 ar pasūtījuma numuru, un es atzvanīšu.',
    ['phone'],
    'a number for an SMS, followed by "pasūtījuma"',
  ),
  lv('Labdien, kurjera tālrunis ir 00371 22 345 678, viņš piezvanīs pirms piegādes.', ['phone'], '"00371" prefix'),
  lv('Labdien, lietošanas instrukcija ir pieejama https://elektronams.lv/instrukcijas.', ['url'], 'a link with a scheme'),
  lv(
    'Labdien, vairāk informācijas ir mūsu mājaslapā www.elektronams.lv sadaļā Serviss.',
    ['url', 'marketing'],
    "a www address of the shop's own site",
  ),
  lv('Labdien, fotoattēlus ieliku šeit: https://ibb.co/7QpLmZk', ['url'], 'an image-hosting link (demo text bank)'),
  lv('Labdien, garantijas veidlapa ir elektronams punkts lv, sadaļā Serviss.', ['url'], 'a domain with "punkts" written out'),
  lv('Labdien, veidlapa ir pieejama www elektronams lv sadaļā Serviss.', ['url'], '"www" and spaces for dots'),
  lv('Labdien, video par uzstādīšanu: youtu.be/Xy12AbCdE9f, lūdzu, noskatieties.', ['url'], 'a short link'),
  lv(
    'Labdien, lūdzu, veiciet pārskaitījumu uz kontu LV92 HABA 0551 0203 0405 0, un prece tiks nosūtīta.',
    ['iban', 'off-platform'],
    'a Latvian IBAN and a request to pay by transfer',
  ),
  lv('Labdien, mūsu konts: LV04UNLA0050012345678, maksājuma mērķī norādiet vārdu.', ['iban', 'off-platform'], 'an IBAN without spaces'),
  lv('Labdien, piemaksu varat pārskaitīt uz LV87 HABA 0551 0123 4567 8.', ['iban', 'off-platform'], 'an IBAN for an extra payment'),
  lv('Labdien, fotoattēlus varat atsūtīt arī pa WhatsApp, tā būs vienkāršāk.', ['messenger'], 'WhatsApp after "pa"'),
  lv('Labdien, video nosūtīšu vacapā, lūdzu, apstipriniet.', ['messenger'], 'the slang "vacapā"'),
  lv('Labdien, esam arī Telegramā: t.me/elektronams, tur atbildam vakaros.', ['messenger', 'url'], 'Telegram and its link'),
  lv(
    'Labdien, atrodiet mūs feisbukā vai rakstiet Viberī, atbildēsim.',
    ['messenger', 'off-platform'],
    'Facebook and Viber in the locative',
  ),
  lv('Labdien, mūsu Instagram profils ir @elektronams_lv, tur ir video par uzstādīšanu.', ['messenger'], 'Instagram and a handle'),
  lv('Labdien, piezvaniet man pa Viber uz 26 543 210.', ['phone', 'messenger'], 'a Viber number'),
  lv('Labdien, sūtiet ziņu uz Signal, mans numurs ir +371 29 876 543.', ['phone', 'messenger'], 'a Signal number'),
  lv('Labdien, konta nr. LV80BANK0000435195001, lūdzu, norādiet pasūtījuma numuru.', ['iban', 'off-platform'], 'an IBAN after "konta nr."'),
  lv('Labdien, mūsu tālr. 67 000 000, zvaniet darba laikā.', ['phone', 'off-platform'], 'a landline after "tālr."'),
];

/** Latvian clean replies, with the traps. */
export const latvianCleanCorpus: CorpusCase[] = [
  lv(
    'Labdien, pasūtījums 20240384 ir nosūtīts, paredzamā piegāde ir 2 darba dienās.',
    [],
    'an order number that is also a valid Latvian mobile number',
  ),
  lv(
    'Labdien, paka tika nosūtīta šorīt, izsekošanas numurs: LV123456789. Paredzamais piegādes laiks ir 2 darba dienas.',
    [],
    'a tracking number',
  ),
  lv('Labdien, Omniva sūtījuma numurs ir CC123456789EE, paku varēsiet izņemt pakomātā.', [], 'a postal tracking number'),
  lv('Labdien, prece maksā 49,90 €, piegāde ir bez maksas.', [], 'a price'),
  lv('Labdien, atgriešanas termiņš beidzas 28.11.2026., lūdzu, iesniedziet pieteikumu līdz tam.', [], 'a date'),
  lv('Labdien, atgrieztā paka pie mums pienāca vakar. Naudu atmaksāsim 3 darba dienu laikā.', [], '"pie" as a preposition is not "@"'),
  lv(
    'Labdien, preci, lūdzu, nosūtiet uz atgriešanas centru: Krasta iela 52, Rīga, LV-1019.',
    [],
    "the returns centre's address and postal code",
  ),
  lv('Labdien, rēķins Nr. 2026-0412 ir pievienots pasūtījumam sadaļā Dokumenti.', [], 'an invoice number'),
  lv('Labdien, iepakojumā ir 2 x 250 ml un lietošanas instrukcija.', [], 'a quantity'),
  lv('Labdien, jūsu modelis ir WH-1000XM5, tam der oriģinālais lādētājs.', [], 'a model number'),
  lv('Labdien, naudu atmaksāsim uz kontu, no kura tika veikts maksājums, 5 darba dienu laikā.', [], '"kontu" in a refund'),
  lv('Labdien, signāls pazūd tikai pagrabā, citur ierīce strādā normāli.', [], '"signāls" is not the Signal app'),
  lv('Labdien, rekvizīti: PVN reģ. Nr. LV40003000000, reģ. Nr. 40003000000.', [], 'company numbers'),
  lv('Labdien, līguma Nr. 26012345 ir pievienots pasūtījumam.', [], 'a contract number that is also a valid mobile number'),
];
