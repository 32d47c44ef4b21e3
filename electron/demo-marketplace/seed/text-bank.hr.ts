import type { LanguageBank } from './text-bank';

/** Croatian buyers (market HR). */
export const croatianBank: LanguageBank = {
  language: 'hr',
  female: {
    first: ['Ana', 'Ivana', 'Marija', 'Petra', 'Maja', 'Lucija', 'Katarina', 'Martina'],
    last: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković'],
  },
  male: {
    first: ['Ivan', 'Marko', 'Luka', 'Josip', 'Tomislav', 'Ante', 'Matej', 'Filip'],
    last: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković'],
  },
  addresses: [
    { city: 'Zagreb', street: 'Ilica 25', zip: '10000' },
    { city: 'Split', street: 'Put Firula 14', zip: '21000' },
    { city: 'Rijeka', street: 'Korzo 8', zip: '51000' },
    { city: 'Osijek', street: 'Europska avenija 3', zip: '31000' },
  ],
  products: [
    { title: 'Bežični usisavač Vortex S8', category: 'Kućanski aparati' },
    { title: 'Bežične slušalice SoundAir Pro', category: 'Audio' },
    { title: 'Aparat za kavu Barista 1500', category: 'Kućanski aparati' },
    { title: 'LED stolna svjetiljka Lumo', category: 'Rasvjeta' },
    { title: 'Planinarski ruksak Trail 40 l', category: 'Sport' },
    { title: 'Pametni sat FitPulse 3', category: 'Elektronika' },
  ],
  buyer: {
    WARRANTY: [
      'Poštovani, {kupio|kupila} sam kod vas proizvod „{product}” (narudžba {order}) i nakon tri tjedna prestao je raditi – uopće se ne uključuje. {Želio|Željela} bih iskoristiti jamstvo. Kako trebam postupiti?',
      'Dobar dan, uređaj iz narudžbe {order} počeo je čudno zujati i jako se grije tijekom rada. Mogu li ga poslati na jamstveni popravak? Šaljem fotografiju u privitku.',
      'Pozdrav, nakon ažuriranja „{product}” se stalno ponovno pokreće. Možete li mi reći pokriva li jamstvo popravak i koliko će trajati?',
    ],
    MISSING_ITEM: [
      'Dobar dan, danas sam {preuzeo|preuzela} paket s narudžbom {order}, ali u njemu nema punjača koji bi prema opisu trebao biti u kompletu. Molim vas da pošaljete dio koji nedostaje.',
      'Pozdrav, {naručio|naručila} sam dva komada, a u paketu je bio samo jedan. Što se dogodilo s drugim? Narudžba {order}.',
      'Dobar dan, u pošiljci nije bilo ni uputa za uporabu ni jamstvenog lista. Možete li ih poslati?',
    ],
    WRONG_ITEM_SENT: [
      'Poštovani, {naručio|naručila} sam proizvod „{product}” u crnoj boji, a stigao je bijeli. Molim zamjenu za ispravan proizvod.',
      'Dobar dan, {dobio|dobila} sam potpuno drugi proizvod od naručenog – u kutiji je drugi model. Kako ga mogu vratiti i dobiti ono što sam {kupio|kupila}?',
      'Pozdrav, poslali ste veličinu M umjesto L. Mogu li zamoliti zamjenu? Narudžba {order}.',
    ],
    DELIVERY: [
      'Dobar dan, narudžba {order} trebala je stići u ponedjeljak, a status je i dalje „u pripremi”. Kada mogu očekivati slanje?',
      'Pozdrav, broj za praćenje ne radi na stranici dostavne službe. Je li paket zaista poslan?',
      'Poštovani, je li moguće promijeniti adresu dostave na paketomat? Ovaj tjedan neću biti kod kuće.',
    ],
    RETURN: [
      'Dobar dan, želim vratiti proizvod „{product}” u skladu s pravom na jednostrani raskid ugovora – nekorišten je i u originalnom pakiranju. Kakav je postupak?',
      'Pozdrav, {vratio|vratila} sam proizvod prije tjedan dana, a povrat novca još nisam {dobio|dobila}. Je li paket stigao do vas?',
      'Poštovani, proizvod „{product}” ne odgovara mom modelu. Mogu li ga vratiti i na koju adresu?',
    ],
  },
  buyerFollowUps: [
    'Ima li kakvih novosti o mom upitu?',
    'Dobar dan, još uvijek čekam odgovor. Molim vas da mi se javite.',
    'Šaljem još jednu fotografiju da se bolje vidi problem.',
    'Prošlo je već nekoliko dana, a još ne znam što je s mojom reklamacijom.',
    'Hvala na odgovoru, ali to ne rješava problem – uređaj i dalje ne radi.',
  ],
  buyerThanks: ['Hvala lijepa, sve je jasno!', 'Paket je stigao, hvala na pomoći.', 'Odlično, hvala na brzoj reakciji.'],
  shop: {
    WARRANTY: [
      'Poštovani, žao nam je zbog kvara. Molimo pošaljite proizvod „{product}” zajedno s računom – troškove dostave snosimo mi. Jamstveni popravak obično traje do 14 radnih dana.',
      'Dobar dan, hvala na prijavi. Možete li nam poslati kratki video ili fotografiju na kojoj se vidi problem? Na temelju toga odlučit ćemo o popravku ili zamjeni.',
    ],
    MISSING_ITEM: [
      'Dobar dan, ispričavamo se zbog pogreške pri pakiranju. Dio koji nedostaje šaljemo sutra, a broj pošiljke javit ćemo u ovom razgovoru.',
      'Poštovani, provjerili smo težinu paketa i doista je nešto nedostajalo. Dio koji nedostaje šaljemo bez dodatnih troškova.',
    ],
    WRONG_ITEM_SENT: [
      'Dobar dan, ispričavamo se zbog zamjene. Molimo vratite primljeni proizvod – naljepnica za povrat nalazi se u privitku – a ispravan ćemo poslati odmah.',
      'Poštovani, potvrđujemo pogrešku u skladištu. Ispravan proizvod je već poslan, a pogrešan možete vratiti u roku od 14 dana o našem trošku.',
    ],
    DELIVERY: [
      'Dobar dan, paket je poslan jutros, broj za praćenje: {tracking}. Očekivana dostava je za 2 radna dana.',
      'Poštovani, ispričavamo se zbog kašnjenja – čekali smo isporuku od proizvođača. Narudžbu šaljemo najkasnije u petak.',
    ],
    RETURN: [
      'Dobar dan, povrat je naravno moguć. Prijavite ga u kartici Povrati u detaljima narudžbe – naljepnica će se izraditi automatski.',
      'Poštovani, povratni paket stigao je k nama jučer. Novac ćemo vratiti u roku od 3 radna dana.',
    ],
  },
  shopProactive: [
    'Dobar dan, obavještavamo vas da smo zaprimili vraćeni proizvod i predali ga servisu.',
    'Dobar dan, popravak je završen i uređaj pripremamo za slanje.',
    'Dobar dan, zamjenski proizvod je poslan, broj za praćenje: {tracking}, očekivana dostava: {date}.',
  ],
  shopSignOff: 'Srdačan pozdrav, tim {shop}',
  operatorTakeover: [
    'Dobar dan, ovdje tim korisničke podrške platforme. Budući da prodavatelj nije odgovorio na vrijeme, preuzimamo ovaj slučaj i javit ćemo vam se u roku od 48 sati.',
    'Poštovani, platforma preuzima rješavanje ove reklamacije. Molimo prodavatelja da u ovom razgovoru dostavi dokumentaciju o popravku.',
    'Dobar dan, budući da postoji spor oko sukladnosti proizvoda s opisom, slučaj preuzima platforma.',
  ],
  shopToOperator: [
    'Dobar dan, kupac traži da ga nazovemo u vezi s reklamacijom. Smijemo li ga nazvati ili odgovaramo samo ovdje?',
    'Dobar dan, planiramo godišnji odmor od 1. do 14. kolovoza. Kako prijaviti odsutnost da kupci i dalje dobivaju odgovore?',
  ],
  operatorToShop: [
    'Dobar dan, sva komunikacija s kupcem mora se odvijati putem platforme. Molimo odgovorite u razgovoru o narudžbi.',
    'Dobar dan, odsutnost dulju od 5 radnih dana treba prijaviti najmanje dva tjedna unaprijed. Molimo navedite datume.',
  ],
  contactLeaks: [
    'Najbrže me možete dobiti na broj 091 234 5678.',
    'Pišite mi na ivana.horvat@gmail.com, tamo brže odgovaram.',
    'Fotografije sam {stavio|stavila} ovdje: https://imgur.com/a/Hr7Tz2m',
    'Nazovite me na +385 98 765 4321 poslije 17 sati.',
  ],
  freeTopics: { DELIVERY: 'Upit o dostavi', RETURN: 'Povrat proizvoda', OPERATOR: 'Pitanje operateru' },
  openReasons: {
    WARRANTY: 'Jamstvena reklamacija',
    MISSING_ITEM: 'Nedostaje dio narudžbe',
    WRONG_ITEM_SENT: 'Poslan pogrešan proizvod',
    DAMAGED_ITEM: 'Oštećen proizvod',
    NOT_RECEIVED: 'Pošiljka nije primljena',
  },
  closeReasons: {
    REPLACEMENT_SENT: 'Poslan zamjenski proizvod',
    REFUND_ISSUED: 'Novac vraćen',
    ITEM_DELIVERED: 'Pošiljka dostavljena',
    REPAIRED_UNDER_WARRANTY: 'Popravljeno u jamstvu',
    NO_DEFECT_FOUND: 'Nije utvrđen nedostatak',
  },
  operatorName: 'Korisnička podrška platforme',
};
