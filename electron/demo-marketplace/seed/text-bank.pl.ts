import type { LanguageBank } from './text-bank';

/** Polish buyers (market PL). */
export const polishBank: LanguageBank = {
  language: 'pl',
  female: {
    first: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Marta', 'Joanna', 'Ewa', 'Natalia'],
    last: ['Nowak', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamińska', 'Lewandowska', 'Zielińska', 'Dąbrowska'],
  },
  male: {
    first: ['Piotr', 'Tomasz', 'Krzysztof', 'Michał', 'Paweł', 'Jakub', 'Marcin', 'Łukasz'],
    last: ['Nowak', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Dąbrowski'],
  },
  addresses: [
    { city: 'Kraków', street: 'ul. Długa 12/4', zip: '31-147' },
    { city: 'Warszawa', street: 'ul. Grójecka 88', zip: '02-101' },
    { city: 'Gdańsk', street: 'ul. Grunwaldzka 210', zip: '80-266' },
    { city: 'Wrocław', street: 'ul. Legnicka 35/12', zip: '53-671' },
    { city: 'Poznań', street: 'os. Bolesława Chrobrego 7', zip: '60-681' },
  ],
  products: [
    { title: 'Odkurzacz bezprzewodowy Vortex S8', category: 'AGD' },
    { title: 'Słuchawki bezprzewodowe SoundAir Pro', category: 'Audio' },
    { title: 'Ekspres do kawy Barista 1500', category: 'AGD' },
    { title: 'Lampka biurkowa LED Lumo', category: 'Oświetlenie' },
    { title: 'Plecak turystyczny Trail 40 l', category: 'Sport' },
    { title: 'Smartwatch FitPulse 3', category: 'Elektronika' },
  ],
  buyer: {
    WARRANTY: [
      'Dzień dobry, {kupiłem|kupiłam} u Państwa produkt „{product}” (zamówienie {order}) i po trzech tygodniach przestał działać – w ogóle się nie włącza. Chciał{bym|abym} skorzystać z gwarancji. Jak mam to zrobić?',
      'Witam, urządzenie z zamówienia {order} zaczęło wydawać dziwne dźwięki i mocno się nagrzewa. Czy mogę odesłać je do naprawy gwarancyjnej? Załączam zdjęcie.',
      'Dzień dobry, po aktualizacji „{product}” ciągle się restartuje. Proszę o informację, czy naprawa będzie w ramach gwarancji i ile potrwa.',
    ],
    MISSING_ITEM: [
      'Dzień dobry, dzisiaj {odebrałem|odebrałam} paczkę z zamówieniem {order}, ale w środku brakuje ładowarki, która według opisu powinna być w zestawie. Proszę o dosłanie brakującego elementu.',
      'Witam, {zamawiałem|zamawiałam} dwie sztuki, a w paczce była tylko jedna. Co się stało z drugą? Zamówienie {order}.',
      'Dzień dobry, w przesyłce nie było instrukcji obsługi ani karty gwarancyjnej. Czy mogą Państwo je przesłać?',
    ],
    WRONG_ITEM_SENT: [
      'Dzień dobry, {zamówiłem|zamówiłam} produkt „{product}” w kolorze czarnym, a przyszedł biały. Proszę o wymianę na właściwy egzemplarz.',
      'Witam, {otrzymałem|otrzymałam} zupełnie inny produkt niż zamówiony – w pudełku jest inny model. Jak mogę go odesłać i dostać to, co {kupiłem|kupiłam}?',
      'Dzień dobry, przyszedł rozmiar M zamiast L. Czy mogę prosić o wymianę? Zamówienie {order}.',
    ],
    DELIVERY: [
      'Dzień dobry, zamówienie {order} miało dotrzeć w poniedziałek, a status nadal pokazuje „w przygotowaniu”. Kiedy mogę się spodziewać wysyłki?',
      'Witam, numer śledzenia nie działa na stronie przewoźnika. Czy paczka na pewno została nadana?',
      'Dzień dobry, czy jest możliwość zmiany adresu dostawy na paczkomat? Nie będzie mnie w domu w tym tygodniu.',
    ],
    RETURN: [
      'Dzień dobry, chciał{bym|abym} zwrócić produkt „{product}” w ramach odstąpienia od umowy – jest nieużywany, w oryginalnym opakowaniu. Jak wygląda procedura?',
      'Witam, {odesłałem|odesłałam} zwrot tydzień temu i nadal nie {dostałem|dostałam} pieniędzy. Czy paczka do Państwa dotarła?',
      'Dzień dobry, produkt „{product}” nie pasuje do mojego modelu. Czy mogę go odesłać i na jaki adres?',
    ],
  },
  buyerFollowUps: [
    'Czy jest już jakaś informacja w mojej sprawie?',
    'Dzień dobry, nadal czekam na odpowiedź. Proszę o kontakt.',
    'Przesyłam jeszcze zdjęcie, żeby było lepiej widać problem.',
    'Minęło już kilka dni, a ja wciąż nie wiem, co dalej z reklamacją.',
    'Dziękuję za odpowiedź, ale to nie rozwiązuje problemu – urządzenie dalej nie działa.',
  ],
  buyerThanks: ['Dziękuję bardzo, wszystko jasne!', 'Paczka dotarła, dziękuję za pomoc.', 'Super, dziękuję za szybką reakcję.'],
  shop: {
    WARRANTY: [
      'Dzień dobry, przykro nam z powodu usterki. Prosimy o odesłanie produktu „{product}” wraz z dowodem zakupu – koszt przesyłki pokrywamy my. Naprawa gwarancyjna trwa zwykle do 14 dni roboczych.',
      'Dzień dobry, dziękujemy za zgłoszenie. Czy może nam Pan/Pani przesłać krótki film lub zdjęcie pokazujące problem? Na tej podstawie zdecydujemy o naprawie albo wymianie.',
    ],
    MISSING_ITEM: [
      'Dzień dobry, bardzo przepraszamy za pomyłkę przy pakowaniu. Brakujący element wyślemy jutro, numer przesyłki podamy w tym wątku.',
      'Dzień dobry, sprawdziliśmy wagę paczki i rzeczywiście czegoś brakowało. Dosyłamy brakującą część bez dodatkowych kosztów.',
    ],
    WRONG_ITEM_SENT: [
      'Dzień dobry, przepraszamy za zamianę. Prosimy odesłać otrzymany produkt – etykietę zwrotną dołączamy w załączniku – a właściwy wyślemy od razu.',
      'Dzień dobry, potwierdzamy błąd magazynu. Prawidłowy produkt jest już w drodze, a niewłaściwy można odesłać w ciągu 14 dni na nasz koszt.',
    ],
    DELIVERY: [
      'Dzień dobry, paczka została nadana dziś rano, numer śledzenia: {tracking}. Przewidywany termin doręczenia to 2 dni robocze.',
      'Dzień dobry, przepraszamy za opóźnienie – czekaliśmy na dostawę od producenta. Zamówienie wyślemy najpóźniej w piątek.',
    ],
    RETURN: [
      'Dzień dobry, zwrot jest jak najbardziej możliwy. Prosimy zgłosić go w zakładce Zwroty w szczegółach zamówienia – etykieta wygeneruje się automatycznie.',
      'Dzień dobry, paczka zwrotna dotarła do nas wczoraj. Pieniądze zwrócimy w ciągu 3 dni roboczych.',
    ],
  },
  shopProactive: [
    'Dzień dobry, informujemy, że otrzymaliśmy zwrócony produkt i przekazaliśmy go do serwisu.',
    'Dzień dobry, naprawa została zakończona, urządzenie przygotowujemy do wysyłki.',
    'Dzień dobry, wysłaliśmy produkt zastępczy, numer przesyłki: {tracking}, przewidywana dostawa: {date}.',
  ],
  shopSignOff: 'Pozdrawiamy, zespół {shop}',
  operatorTakeover: [
    'Dzień dobry, tu zespół obsługi klienta platformy. Ponieważ sprzedawca nie odpowiedział w terminie, przejmujemy tę sprawę i skontaktujemy się z Państwem w ciągu 48 godzin.',
    'Szanowni Państwo, platforma przejmuje obsługę tej reklamacji. Sprzedawcę prosimy o przesłanie dokumentacji naprawy w tym wątku.',
    'Dzień dobry, w związku ze sporem dotyczącym zgodności produktu z opisem sprawę rozpatrzy platforma.',
  ],
  shopToOperator: [
    'Dzień dobry, klient prosi o kontakt telefoniczny w sprawie reklamacji. Czy możemy do niego zadzwonić, czy odpowiadamy tylko tutaj?',
    'Dzień dobry, planujemy urlop od 1 do 14 sierpnia. Jak zgłosić nieobecność, aby klienci nadal otrzymywali odpowiedzi?',
  ],
  operatorToShop: [
    'Dzień dobry, cała komunikacja z klientem musi odbywać się przez platformę. Prosimy odpowiedzieć w wątku zamówienia.',
    'Dzień dobry, nieobecność dłuższą niż 5 dni roboczych należy zgłosić co najmniej dwa tygodnie wcześniej. Prosimy o podanie dat.',
  ],
  contactLeaks: [
    'Najszybciej złapią mnie Państwo pod numerem 601 234 567.',
    'Proszę pisać na jan.kowalski@gmail.com, tam szybciej odpowiem.',
    'Zdjęcia {wrzuciłem|wrzuciłam} tutaj: https://imgur.com/a/Xk3pQ9z',
    'Można do mnie dzwonić po 17:00: +48 512 345 678.',
  ],
  freeTopics: { DELIVERY: 'Pytanie o dostawę', RETURN: 'Zwrot towaru', OPERATOR: 'Pytanie do operatora' },
  openReasons: {
    WARRANTY: 'Reklamacja gwarancyjna',
    MISSING_ITEM: 'Brakujący element zamówienia',
    WRONG_ITEM_SENT: 'Wysłano niewłaściwy produkt',
    DAMAGED_ITEM: 'Produkt uszkodzony',
    NOT_RECEIVED: 'Przesyłka nie dotarła',
  },
  closeReasons: {
    REPLACEMENT_SENT: 'Wysłano produkt zastępczy',
    REFUND_ISSUED: 'Zwrócono pieniądze',
    ITEM_DELIVERED: 'Przesyłka doręczona',
    REPAIRED_UNDER_WARRANTY: 'Naprawiono w ramach gwarancji',
    NO_DEFECT_FOUND: 'Nie stwierdzono wady',
  },
  operatorName: 'Obsługa klienta platformy',
};
