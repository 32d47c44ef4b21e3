import type { CorpusCase } from './corpus-case';

const pl = (text: string, expect: CorpusCase['expect'], why: string): CorpusCase => ({ market: 'PL', text, expect, why });

/** Polish replies (market PL): contact data as sellers write it, and the digit strings they write every day. */
export const polishContactCorpus: CorpusCase[] = [
  pl(
    'Proszę napisać na sklep@elektro-dom.pl albo zadzwonić +48 600 100 200, lub WhatsApp.',
    ['email', 'phone', 'messenger', 'off-platform'],
    'the reply of issue 11: an address, an international number and a messenger',
  ),
  pl('Dzień dobry, proszę przesłać zdjęcia na adres reklamacje@elektro-dom.pl, od razu je obejrzymy.', ['email'], 'a plain address'),
  pl('Dzień dobry, zdjęcia proszę wysłać na jan (at) wp.pl, sprawdzę je jeszcze dziś.', ['email'], '"(at)" for "@"'),
  pl(
    'Dzień dobry, najlepiej pisać bezpośrednio: jan [małpa] wp pl, odpowiadam szybciej niż tutaj.',
    ['email', 'off-platform'],
    '"[małpa]" and a space for the dot, and an invitation to leave the platform',
  ),
  pl(
    'Dzień dobry, proszę o kontakt mailowy: jan małpa wp kropka pl, tam wyślę fakturę.',
    ['email', 'off-platform'],
    '"małpa" and "kropka" written out, and contact by e-mail asked for',
  ),
  pl(
    'Dzień dobry, mój prywatny adres to jan.kowalski at gmail dot com, proszę tam napisać.',
    ['email', 'off-platform'],
    '"at" and "dot" in English',
  ),
  pl('Dzień dobry, adres do korespondencji: serwis(at)elektro-dom(kropka)pl. Pozdrawiam.', ['email'], 'bracketed "at" and "kropka"'),
  pl(
    'Dzień dobry, proszę napisać na biuro @ elektro-dom . pl, przekażę sprawę serwisowi.',
    ['email', 'off-platform'],
    'spaces around "@" and the dot',
  ),
  pl(
    'Dzień dobry, fakturę wyślę na maila, proszę podać adres albo napisać na handlowy@sklep-agd.com.pl.',
    ['email', 'off-platform'],
    'an address in a two-level domain, and the buyer asked for an e-mail address',
  ),
  pl(
    'Dzień dobry, w razie pytań proszę dzwonić pod numer 600 100 200, jestem dostępny do 18.',
    ['phone', 'off-platform'],
    'a local mobile number, spaced',
  ),
  pl(
    'Dzień dobry, w sprawie montażu proszę dzwonić: 512-345-678. Pozdrawiam serdecznie.',
    ['phone', 'off-platform'],
    'a mobile number with dashes',
  ),
  pl(
    'Dzień dobry, proszę zadzwonić na infolinię serwisu: 22 123 45 67, od poniedziałku do piątku.',
    ['phone', 'off-platform'],
    'a Warsaw landline',
  ),
  pl('Dzień dobry, mój numer to 0048 789 012 345, proszę dzwonić po 16.', ['phone', 'off-platform'], '"0048" international prefix'),
  pl('Dzień dobry, tel. 123 456 789 – proszę dzwonić w godzinach pracy.', ['phone', 'off-platform'], 'a number after "tel."'),
  pl(
    'Dzień dobry, kurier jest pod numerem 600100200, proszę do niego zadzwonić rano.',
    ['phone', 'off-platform'],
    'a mobile number without spaces',
  ),
  pl('Dzień dobry, proszę wysłać SMS na +48 512 345 678 z numerem zamówienia, oddzwonię.', ['phone'], 'a number for an SMS'),
  pl('Dzień dobry, instrukcję montażu znajdzie Pan na https://elektro-dom.pl/instrukcje/vortex-s8.', ['url'], 'a link with a scheme'),
  pl(
    'Dzień dobry, więcej zdjęć produktu jest na naszej stronie www.elektro-dom.pl w zakładce Galeria.',
    ['url', 'marketing'],
    "a www address of the shop's own site",
  ),
  pl('Dzień dobry, pełny opis gwarancji jest na stronie sklep-agd.pl, zakładka Serwis.', ['url'], 'a bare domain'),
  pl('Dzień dobry, proszę wejść na www kropka sklep kropka pl i wypełnić formularz zwrotu.', ['url'], 'a domain with "kropka" written out'),
  pl('Dzień dobry, formularz reklamacyjny jest na stronie elektrodom dot pl w stopce.', ['url'], 'a domain with "dot" written out'),
  pl('Dzień dobry, filmik z instrukcją wrzuciłem tutaj: youtu.be/dQw4w9WgXcQ, proszę zobaczyć.', ['url'], 'a short link'),
  pl('Dzień dobry, wszystkie informacje są na naszej stronie: sklep . pl. Pozdrawiam.', ['url'], 'a domain with a spaced dot'),
  pl(
    'Dzień dobry, proszę o przelew na konto 61 1090 1014 0000 0712 1981 2874, wtedy wyślę od razu.',
    ['iban', 'off-platform'],
    'a Polish NRB and a request to pay by transfer',
  ),
  pl(
    'Dzień dobry, dopłatę proszę wpłacić na IBAN PL61 1090 1014 0000 0712 1981 2874 w tytule podając zamówienie.',
    ['iban', 'off-platform'],
    'an IBAN with spaces and a payment outside the platform',
  ),
  pl(
    'Dzień dobry, numer rachunku: 05114020040000310243211234. Dziękuję i pozdrawiam.',
    ['iban', 'off-platform'],
    'an NRB without spaces: payment outside the platform',
  ),
  pl(
    'Dzień dobry, zwrot mogę zrobić sam, proszę podać numer konta albo wpłacić różnicę na PL72249000050000460012345678.',
    ['iban', 'off-platform'],
    'an IBAN without spaces',
  ),
  pl(
    'Dzień dobry, przedpłata na 20 1020 5558 1111 1234 5678 9012, towar wyślę po zaksięgowaniu.',
    ['iban', 'off-platform'],
    'an NRB with no bank word before it',
  ),
  pl('Dzień dobry, proszę napisać do mnie na WhatsAppie, prześlę więcej zdjęć.', ['messenger', 'off-platform'], 'WhatsApp in the locative'),
  pl('Dzień dobry, łatwiej będzie na Messengerze, tam wyślę film z testu urządzenia.', ['messenger'], 'Messenger in the locative'),
  pl('Dzień dobry, proszę nas znaleźć na fejsie, tam odpowiadamy szybciej.', ['messenger'], 'the slang "fejs" for Facebook'),
  pl('Dzień dobry, zdjęcia może Pani podesłać na insta, nasz profil to @elektro_dom.', ['messenger'], '"insta" and a handle'),
  pl(
    'Dzień dobry, proszę o kontakt przez Viber albo Telegram, numer podam w odpowiedzi.',
    ['messenger', 'off-platform'],
    'Viber and Telegram by name',
  ),
  pl('Dzień dobry, jestem też na Signalu, jeśli woli Pan tak się kontaktować.', ['messenger', 'off-platform'], 'Signal after "na"'),
  pl('Dzień dobry, napiszę do Pana na Skypie, tam łatwiej pokazać ekran ustawień.', ['messenger', 'off-platform'], 'Skype in the locative'),
  pl('Dzień dobry, wysłałem link na wa.me/48600100200, proszę kliknąć.', ['url', 'messenger'], 'a WhatsApp link: a link and a messenger'),
  pl(
    'Dzień dobry, numer na whatsappa: 600 100 200, proszę pisać w każdej chwili.',
    ['messenger', 'phone', 'off-platform'],
    'a WhatsApp number',
  ),
  pl(
    'Dzień dobry, proszę dodać nas na Facebooku: facebook.com/elektrodom.sklep, tam są nowości.',
    ['messenger', 'url', 'marketing'],
    'a Facebook page: a link, a network and an invitation to follow',
  ),
  pl(
    'Dzień dobry, proszę o kontakt pod nr 604 55 66 77, najlepiej po południu.',
    ['phone', 'off-platform'],
    'a mobile number grouped 3-2-2-2',
  ),
  pl('Dzień dobry, tel:600100200 – proszę dzwonić po 16.', ['phone', 'off-platform'], '"tel:" glued to the digits'),
  pl('Dzień dobry, obsługa klienta: +48 (22) 123 45 67, od poniedziałku do piątku.', ['phone'], 'an area code in brackets'),
  pl(
    'Dzień dobry, proszę pisać na adres jan.kowalski gmail.com, odpiszę wieczorem.',
    ['email', 'off-platform'],
    'an address with the "@" left out',
  ),
  pl('Dzień dobry, adres: jan.kowalski (at) gmail (dot) com, czekam na zdjęcia.', ['email'], 'bracketed "at" and "dot"'),
  pl(
    'Dzień dobry, nr konta: 12 1020 5558 1111 1234 5678 9012, tytułem numer zamówienia.',
    ['iban', 'off-platform'],
    'an account number after "nr konta", checksum wrong',
  ),
  pl('Dzień dobry, jesteśmy na Facebooku i Instagramie, tam wrzucamy filmy z montażu.', ['messenger'], 'two networks in the locative'),
  pl('Dzień dobry, proszę napisać na WA, odpiszę od razu.', ['messenger', 'off-platform'], '"WA" for WhatsApp'),
  pl('Dzień dobry, odezwij się na FB, wyślę zdjęcia tabliczki znamionowej.', ['messenger'], '"FB" for Facebook'),
  pl('Dzień dobry, link do rozmowy: m.me/elektrodom.sklep', ['url', 'messenger'], 'a Messenger link'),
];

/** Polish clean replies, with the traps: order, parcel and invoice numbers, prices, dates, addresses, models. */
export const polishCleanCorpus: CorpusCase[] = [
  pl(
    'Dzień dobry, zamówienie PL0240384-A zostało wysłane dzisiaj, kurier dostarczy je w ciągu dwóch dni roboczych.',
    [],
    'an order number is not a phone number or an IBAN',
  ),
  pl(
    'Dzień dobry, numer przesyłki to 00340434161234567890, paczkę można śledzić na stronie przewoźnika.',
    [],
    'a parcel number is not a phone number',
  ),
  pl('Dzień dobry, paczka została nadana, numer śledzenia: CX123456789PL. Dziękujemy za cierpliwość.', [], 'a postal tracking number'),
  pl('Dzień dobry, przesyłka kurierska ma numer JJD0000000123456 i jest już w sortowni.', [], 'a courier tracking number'),
  pl('Dzień dobry, cena odkurzacza wynosi 1 499,00 zł, a koszt wysyłki pokrywamy my.', [], 'a price in złoty'),
  pl('Dzień dobry, dostawa jest planowana na 28.11.2026 w godzinach 8:00–16:00.', [], 'a date and hours'),
  pl('Dzień dobry, zwrot zaksięgowaliśmy 2026-11-28, środki pojawią się w ciągu 3 dni roboczych.', [], 'an ISO date'),
  pl('Dzień dobry, w zestawie są 2 x 500 ml płynu i jeden filtr zapasowy.', [], 'a quantity'),
  pl(
    'Dzień dobry, zwrot prosimy odesłać na adres centrum zwrotów: ul. Magazynowa 12, 05-800 Pruszków, z numerem zamówienia na paczce.',
    [],
    "the platform's returns centre address",
  ),
  pl('Dzień dobry, pasujący model to Samsung SM-A556B, a słuchawki Sony WH-1000XM5 są na stanie.', [], 'product model numbers'),
  pl('Dzień dobry, reklamację z zamówienia 20240384 przyjęliśmy, naprawa potrwa do 14 dni.', [], 'an order number after "zamówienia"'),
  pl('Dzień dobry, faktura nr FV/2026/11/0412 jest dołączona do zamówienia w zakładce Dokumenty.', [], 'an invoice number'),
  pl('Dzień dobry, urządzenie traci sygnał Wi-Fi, proszę zresetować router i sprawdzić ponownie.', [], '"sygnał" is not the Signal app'),
  pl(
    'Dzień dobry, torba Messenger Urban jest w kolorze czarnym, inne kolory nie są dostępne.',
    [],
    'a messenger bag is not the Messenger app',
  ),
  pl('Dzień dobry, kod EAN produktu to 5901234123457, model i kolor zgadzają się z ofertą.', [], 'an EAN code is not a phone number'),
  pl(
    'Dzień dobry, instalacja trwa ok. 10 minut, np. według instrukcji z pudełka, tj. bez narzędzi.',
    [],
    'abbreviations with dots are not domains',
  ),
  pl(
    'Dzień dobry, kwota 249,90 zł zostanie zwrócona na konto, z którego dokonano płatności.',
    [],
    '"konto" in a refund is not an account number',
  ),
  pl('Dzień dobry, wymiary to 120 x 60 x 75 cm, a waga 2,5 kg, więc zmieści się w bagażniku.', [], 'dimensions and weight'),
  pl('Dzień dobry, numer listu przewozowego to 6201234567890123456789, paczka jest już w drodze.', [], 'a 22-digit waybill number'),
  pl('Dzień dobry, dane sprzedawcy: NIP 525-000-00-00, REGON 012345678, KRS 0000123456.', [], 'company numbers'),
  pl('Dzień dobry, IMEI urządzenia to 356938035643809, numer seryjny SN 1234567890.', [], 'IMEI and serial numbers'),
  pl('Dzień dobry, faktura VAT nr 2026/11/0412 została wystawiona na firmę.', [], 'an invoice number with slashes'),
  pl('Dzień dobry, przesyłkę DHL 1234567890 odbierze Pan jutro, a GLS 12345678901 w piątek.', [], "carriers' parcel numbers"),
  pl('Dzień dobry, w zestawie są m.in. kabel i ładowarka, tj. wszystko, co trzeba.', [], 'abbreviations with dots'),
  pl('Dzień dobry, numer reklamacji RMA-600100200 proszę podać na paczce.', [], 'a case number glued to letters'),
  pl('Dzień dobry, zwrot środków nastąpi na konto bankowe w ciągu 14 dni, zamówienie 2024038412.', [], '"konto" before an order number'),
];
