import type { CorpusCase } from './corpus-case';

const hr = (text: string, expect: CorpusCase['expect'], why: string): CorpusCase => ({ market: 'HR', text, expect, why });

/** Croatian replies (market HR): contact data as sellers write it. */
export const croatianContactCorpus: CorpusCase[] = [
  hr('Poštovani, fotografije pošaljite na trgovina@elektro-dom.hr, odgovorit ćemo danas.', ['email'], 'a plain address'),
  hr(
    'Poštovani, moj mail je ivan majmunče gmail točka com, pišite mi tamo.',
    ['email', 'off-platform'],
    '"majmunče" and "točka" written out',
  ),
  hr('Poštovani, račun vam mogu poslati na marko (at) net.hr, samo potvrdite.', ['email'], '"(at)" for "@"'),
  hr('Poštovani, adresa je servis [et] elektrodom [točka] hr.', ['email'], 'bracketed "et" and "točka"'),
  hr(
    'Poštovani, javite se na ana.horvat@t-com.hr za detalje o jamstvu.',
    ['email', 'off-platform'],
    'a plain address at a Croatian provider',
  ),
  hr(
    'Poštovani, pišite na prodaja majmun elektrodom tocka hr, odgovaramo brzo.',
    ['email', 'off-platform'],
    '"majmun" and "tocka" without diacritics',
  ),
  hr('Poštovani, za pomoć pri postavljanju nazovite 091 234 5678.', ['phone', 'off-platform'], 'a mobile number'),
  hr('Poštovani, naš servis je na broju 01 2345 678, radnim danom od 8 do 16.', ['phone'], 'a Zagreb landline'),
  hr('Poštovani, mob: 098-765-432, zovite nakon 17 sati.', ['phone'], 'a mobile number with dashes'),
  hr('Poštovani, kontakt +385 99 123 4567, slobodno nazovite.', ['phone', 'off-platform'], 'an international number'),
  hr('Poštovani, pošaljite SMS na 095 123 4567 s brojem narudžbe.', ['phone'], 'a number for an SMS'),
  hr('Poštovani, upute su na https://elektrodom.hr/upute.', ['url'], 'a link with a scheme'),
  hr('Poštovani, više informacija je na www.elektrodom.hr u rubrici Servis.', ['url'], 'a www address'),
  hr('Poštovani, obrazac je na elektrodom točka hr, pod Reklamacije.', ['url'], 'a domain with "točka" written out'),
  hr('Poštovani, video upute su na youtube.com/watch?v=abc123XYZ.', ['url'], 'a video link'),
  hr('Poštovani, slike sam stavio na imgur.com/a/Xy12Ab, pogledajte.', ['url'], 'an image-hosting link'),
  hr(
    'Poštovani, uplatu izvršite na IBAN HR12 1001 0051 8630 0016 0, poziv na broj 20240384.',
    ['iban', 'off-platform'],
    'a Croatian IBAN and a request to pay',
  ),
  hr('Poštovani, naš žiro račun je HR5223400091110123456.', ['iban', 'off-platform'], 'an IBAN without spaces'),
  hr('Poštovani, razliku uplatite na račun 2484008-1105123456.', ['iban', 'off-platform'], 'a domestic account number after "račun"'),
  hr('Poštovani, pišite mi na vajber, tamo ću poslati slike.', ['messenger', 'off-platform'], 'the spelling "vajber"'),
  hr('Poštovani, javite se preko Vibera ili WhatsAppa.', ['messenger', 'off-platform'], 'Viber and WhatsApp in the genitive'),
  hr(
    'Poštovani, naša stranica na fejsu ima sve upute za montažu.',
    ['messenger', 'marketing'],
    'the slang "fejs"; an invitation to the shop\'s own page',
  ),
  hr('Poštovani, pošaljite poruku na Instagramu na @elektrodom_hr.', ['messenger'], 'Instagram and a handle'),
  hr('Poštovani, možemo se čuti na Signalu ako vam odgovara.', ['messenger'], 'Signal in the locative'),
  hr('Poštovani, moj Viber je 091 234 5678.', ['phone', 'messenger'], 'a Viber number'),
  hr('Poštovani, broj mobitela: 091/234-5678, zovite radnim danom.', ['phone'], 'a mobile number with a slash'),
  hr('Poštovani, IBAN: HR1723600001101234565, u opis upišite broj narudžbe.', ['iban', 'off-platform'], 'an IBAN without spaces'),
  hr('Poštovani, broj računa: 2484008-1105123456, uplatite razliku.', ['iban', 'off-platform'], 'a domestic account after "broj računa"'),
  hr('Poštovani, javite se na Viber-u, poslat ću vam upute.', ['messenger', 'off-platform'], '"Viber-u" with a hyphen'),
];

/** Croatian clean replies, with the traps. */
export const croatianCleanCorpus: CorpusCase[] = [
  hr('Poštovani, narudžba HR0240384-A poslana je danas, dostava je za dva radna dana.', [], 'an order number'),
  hr('Poštovani, broj pošiljke je RR123456789HR, možete je pratiti na stranici Hrvatske pošte.', [], 'a tracking number'),
  hr('Poštovani, cijena je 49,90 € s dostavom.', [], 'a price'),
  hr('Poštovani, dostava je planirana za 28.11.2026. između 8 i 16 sati.', [], 'a date'),
  hr('Poštovani, uređaj gubi signal u podrumu, to je normalno za ovaj model.', [], '"signal" as a word'),
  hr('Poštovani, slab signal preko Bluetootha rješava se ažuriranjem programa.', [], '"signal preko" is not a messenger'),
  hr(
    'Poštovani, povrat pošaljite na adresu centra za povrate: Ulica grada Vukovara 271, 10000 Zagreb.',
    [],
    "the returns centre's address",
  ),
  hr('Poštovani, vaš OIB 12345678901 upisan je na račun.', [], 'a tax number before "račun"'),
  hr('Poštovani, u paketu su 2 x 500 ml i rezervni filtar.', [], 'a quantity'),
  hr('Poštovani, odgovarajući model je SM-A556B, punjač je isti.', [], 'a model number'),
  hr('Poštovani, novac ćemo vratiti na račun s kojeg je plaćeno, najkasnije za 14 dana.', [], '"račun" in a refund'),
  hr('Poštovani, dostava je 28. 11. 2026. između 8 i 16 sati.', [], 'a date with spaces'),
  hr('Poštovani, tvrtka je d.o.o., a npr. jamstvo traje dvije godine.', [], 'abbreviations with dots'),
];
