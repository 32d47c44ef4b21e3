import type { LanguageBank } from './text-bank';

/** Latvian buyers (market LV). */
export const latvianBank: LanguageBank = {
  language: 'lv',
  female: {
    first: ['Anna', 'Laura', 'Elīna', 'Ieva', 'Kristīne', 'Līga', 'Santa', 'Zane'],
    last: ['Bērziņa', 'Kalniņa', 'Ozola', 'Jansone', 'Liepiņa', 'Krūmiņa', 'Zariņa', 'Vītola'],
  },
  male: {
    first: ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis', 'Raivis', 'Toms', 'Artūrs'],
    last: ['Bērziņš', 'Kalniņš', 'Ozols', 'Jansons', 'Liepiņš', 'Krūmiņš', 'Zariņš', 'Vītols'],
  },
  addresses: [
    { city: 'Rīga', street: 'Brīvības iela 45-12', zip: 'LV-1010' },
    { city: 'Daugavpils', street: 'Rīgas iela 18', zip: 'LV-5401' },
    { city: 'Liepāja', street: 'Graudu iela 7-3', zip: 'LV-3401' },
    { city: 'Jelgava', street: 'Lielā iela 22', zip: 'LV-3001' },
  ],
  products: [
    { title: 'Bezvadu putekļsūcējs Vortex S8', category: 'Sadzīves tehnika' },
    { title: 'Bezvadu austiņas SoundAir Pro', category: 'Audio' },
    { title: 'Kafijas automāts Barista 1500', category: 'Sadzīves tehnika' },
    { title: 'LED galda lampa Lumo', category: 'Apgaismojums' },
    { title: 'Tūrisma mugursoma Trail 40 l', category: 'Sports' },
    { title: 'Viedpulkstenis FitPulse 3', category: 'Elektronika' },
  ],
  buyer: {
    WARRANTY: [
      'Labdien! Nopirku pie jums preci „{product}” (pasūtījums {order}), un pēc trim nedēļām tā pārstāja darboties – vispār neieslēdzas. Vēlos izmantot garantiju. Kā man rīkoties?',
      'Sveiki, ierīce no pasūtījuma {order} sāka dīvaini trokšņot un darbības laikā ļoti sakarst. Vai varu to nosūtīt garantijas remontā? Pievienoju fotoattēlu.',
      'Labdien, pēc atjauninājuma „{product}” nepārtraukti restartējas. Lūdzu, pasakiet, vai remonts būs garantijas ietvaros un cik ilgi tas aizņems.',
    ],
    MISSING_ITEM: [
      'Labdien! Šodien saņēmu paku ar pasūtījumu {order}, bet tajā nav lādētāja, kam saskaņā ar aprakstu vajadzēja būt komplektā. Lūdzu, atsūtiet trūkstošo daļu.',
      'Sveiki, pasūtīju divus gabalus, bet pakā bija tikai viens. Kur palika otrs? Pasūtījums {order}.',
      'Labdien, sūtījumā nebija ne lietošanas instrukcijas, ne garantijas kartes. Vai varat tās atsūtīt?',
    ],
    WRONG_ITEM_SENT: [
      'Labdien, pasūtīju preci „{product}” melnā krāsā, bet atnāca balta. Lūdzu, apmainiet to pret pareizo.',
      'Sveiki, saņēmu pavisam citu preci, nekā pasūtīju – kastē ir cits modelis. Kā varu to nosūtīt atpakaļ un saņemt to, ko nopirku?',
      'Labdien, atsūtījāt M izmēru L vietā. Vai varu lūgt apmaiņu? Pasūtījums {order}.',
    ],
    DELIVERY: [
      'Labdien, pasūtījumam {order} bija jāpienāk pirmdien, bet statuss joprojām ir „sagatavošanā”. Kad varu gaidīt nosūtīšanu?',
      'Sveiki, izsekošanas numurs kurjera mājaslapā nedarbojas. Vai paka tiešām ir nosūtīta?',
      'Labdien, vai ir iespējams mainīt piegādes adresi uz pakomātu? Šonedēļ nebūšu mājās.',
    ],
    RETURN: [
      'Labdien, vēlos atgriezt preci „{product}”, atkāpjoties no līguma – tā nav lietota un ir oriģinālajā iepakojumā. Kā notiek atgriešana?',
      'Sveiki, pirms nedēļas nosūtīju preci atpakaļ, bet nauda vēl nav atmaksāta. Vai sūtījums jūs ir sasniedzis?',
      'Labdien, prece „{product}” neder manam modelim. Vai varu to atgriezt un uz kādu adresi?',
    ],
  },
  buyerFollowUps: [
    'Vai ir kāda informācija par manu jautājumu?',
    'Labdien, joprojām gaidu atbildi. Lūdzu, sazinieties ar mani.',
    'Pievienoju vēl vienu fotoattēlu, lai problēma būtu labāk redzama.',
    'Ir pagājušas jau vairākas dienas, bet es joprojām nezinu, kas notiek ar manu pretenziju.',
    'Paldies par atbildi, taču tas problēmu neatrisina – ierīce joprojām nedarbojas.',
  ],
  buyerThanks: ['Liels paldies, viss skaidrs!', 'Paka pienāca, paldies par palīdzību.', 'Lieliski, paldies par ātro reakciju.'],
  shop: {
    WARRANTY: [
      'Labdien! Mums žēl, ka radās bojājums. Lūdzu, nosūtiet preci „{product}” kopā ar pirkuma apliecinājumu – piegādes izmaksas sedzam mēs. Garantijas remonts parasti aizņem līdz 14 darba dienām.',
      'Labdien, paldies par ziņojumu! Vai varat atsūtīt īsu video vai fotoattēlu, kurā redzama problēma? Pēc tam lemsim par remontu vai apmaiņu.',
    ],
    MISSING_ITEM: [
      'Labdien, atvainojamies par kļūdu iepakošanā. Trūkstošo daļu nosūtīsim rīt, un sūtījuma numuru norādīsim šajā sarakstē.',
      'Labdien, pārbaudījām pakas svaru – tiešām kaut kā trūka. Trūkstošo daļu atsūtīsim bez papildu maksas.',
    ],
    WRONG_ITEM_SENT: [
      'Labdien, atvainojamies par sajaukšanu. Lūdzu, nosūtiet saņemto preci atpakaļ – atpakaļsūtīšanas uzlīme ir pielikumā –, un pareizo preci nosūtīsim uzreiz.',
      'Labdien, apstiprinām noliktavas kļūdu. Pareizā prece jau ir ceļā, bet nepareizo varat atgriezt 14 dienu laikā uz mūsu rēķina.',
    ],
    DELIVERY: [
      'Labdien, paka tika nosūtīta šorīt, izsekošanas numurs: {tracking}. Paredzamais piegādes laiks ir 2 darba dienas.',
      'Labdien, atvainojamies par kavēšanos – gaidījām piegādi no ražotāja. Pasūtījumu nosūtīsim vēlākais piektdien.',
    ],
    RETURN: [
      'Labdien, preci noteikti var atgriezt. Lūdzu, piesakiet atgriešanu pasūtījuma sadaļā „Atgriešana” – uzlīme tiks izveidota automātiski.',
      'Labdien, atgrieztā paka pie mums pienāca vakar. Naudu atmaksāsim 3 darba dienu laikā.',
    ],
  },
  shopProactive: [
    'Labdien, informējam, ka esam saņēmuši atgriezto preci un nodevuši to servisā.',
    'Labdien, remonts ir pabeigts, ierīci gatavojam nosūtīšanai.',
    'Labdien, aizvietojošā prece ir nosūtīta, izsekošanas numurs: {tracking}, paredzamā piegāde: {date}.',
  ],
  shopSignOff: 'Ar cieņu, {shop} komanda',
  operatorTakeover: [
    'Labdien, raksta platformas klientu atbalsta komanda. Tā kā pārdevējs nav atbildējis laikā, mēs pārņemam šo lietu un sazināsimies ar jums 48 stundu laikā.',
    'Labdien, platforma pārņem šīs pretenzijas izskatīšanu. Lūdzam pārdevēju šajā sarakstē iesniegt remonta dokumentāciju.',
    'Labdien, tā kā ir strīds par preces atbilstību aprakstam, lietu izskatīs platforma.',
  ],
  shopToOperator: [
    'Labdien, klients lūdz viņam piezvanīt par pretenziju. Vai drīkstam zvanīt, vai jāatbild tikai šeit?',
    'Labdien, plānojam atvaļinājumu no 1. līdz 14. augustam. Kā paziņot par prombūtni, lai klienti joprojām saņemtu atbildes?',
  ],
  operatorToShop: [
    'Labdien, visa saziņa ar klientu notiek tikai caur platformu. Lūdzu, atbildiet pasūtījuma sarakstē.',
    'Labdien, par prombūtni, kas ilgāka par 5 darba dienām, jāpaziņo vismaz divas nedēļas iepriekš. Lūdzu, norādiet datumus.',
  ],
  contactLeaks: [
    'Mani ātrāk var sazvanīt pa tālruni 29 123 456.',
    'Rakstiet man uz anna.berzina@inbox.lv, tur atbildēšu ātrāk.',
    'Fotoattēlus ieliku šeit: https://ibb.co/7QpLmZk',
    'Varat zvanīt uz +371 26 543 210 pēc plkst. 17.',
  ],
  freeTopics: { DELIVERY: 'Jautājums par piegādi', RETURN: 'Preces atgriešana', OPERATOR: 'Jautājums operatoram' },
  openReasons: {
    WARRANTY: 'Garantijas pretenzija',
    MISSING_ITEM: 'Trūkst pasūtījuma daļas',
    WRONG_ITEM_SENT: 'Nosūtīta nepareiza prece',
    DAMAGED_ITEM: 'Bojāta prece',
    NOT_RECEIVED: 'Sūtījums nav saņemts',
  },
  closeReasons: {
    REPLACEMENT_SENT: 'Nosūtīta aizvietojoša prece',
    REFUND_ISSUED: 'Nauda atmaksāta',
    ITEM_DELIVERED: 'Sūtījums piegādāts',
    REPAIRED_UNDER_WARRANTY: 'Salabots garantijas ietvaros',
    NO_DEFECT_FOUND: 'Defekts netika konstatēts',
  },
  operatorName: 'Platformas klientu atbalsts',
};
