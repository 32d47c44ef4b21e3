// The buyer messages of the case stages, one set per reply language (DOMAIN.md rule 4: the language of
// the market). Placeholders: {order} (the order reference of `orderRef`, or nothing when the label is
// unknown), {carrier}, {tracking}, {date}. No links and no contact data: the reply guard blocks them.

/** The stages of a case the buyer must be told about (DOMAIN.md rule 5, seed 003). */
export type StageCode = 'return-received' | 'repair-started' | 'replacement-started' | 'ready-to-ship' | 'shipped';

/** One language's texts: a greeting, a sentence per stage, a sign-off, and how an order label is quoted. */
export interface StageLanguageTexts {
  greeting: string;
  stages: Record<StageCode, string>;
  signOff: string;
  /** Appended after the word for "order" (or wherever {order} stands); {label} is the order's label. */
  orderRef: string;
}

/**
 * The texts by language subtag (the market's BCP 47 language without region). Every market of
 * shared/working-time has its own language here; English is the fallback for a market not listed.
 */
export const stageTexts: Readonly<Record<string, StageLanguageTexts>> = {
  en: {
    greeting: 'Hello,',
    stages: {
      'return-received':
        'We have received the product you returned from your order{order}. We will now check it and let you know about the next steps.',
      'repair-started': 'The repair of the product from your order{order} has started. We will let you know as soon as it is finished.',
      'replacement-started': 'We have started preparing a replacement for your order{order}. We will let you know when it is on its way.',
      'ready-to-ship': 'The product from your order{order} is ready and is now being prepared for shipping.',
      shipped:
        'The product from your order{order} has been shipped with {carrier}. Tracking number: {tracking}. Expected delivery: {date}.',
    },
    signOff: 'Kind regards',
    orderRef: ' {label}',
  },
  pl: {
    greeting: 'Dzień dobry,',
    stages: {
      'return-received':
        'Otrzymaliśmy zwrócony produkt z zamówienia{order}. Sprawdzimy go teraz i poinformujemy Państwa o kolejnych krokach.',
      'repair-started': 'Rozpoczęliśmy naprawę produktu z zamówienia{order}. Damy Państwu znać, gdy tylko naprawa zostanie zakończona.',
      'replacement-started':
        'Rozpoczęliśmy przygotowanie produktu zastępczego do zamówienia{order}. Poinformujemy Państwa, gdy zostanie wysłany.',
      'ready-to-ship': 'Produkt z zamówienia{order} jest gotowy i przygotowujemy go teraz do wysyłki.',
      shipped:
        'Produkt z zamówienia{order} został wysłany przez {carrier}. Numer przesyłki: {tracking}. Przewidywana data doręczenia: {date}.',
    },
    signOff: 'Pozdrawiamy serdecznie',
    orderRef: ' nr {label}',
  },
  lv: {
    greeting: 'Labdien!',
    stages: {
      'return-received':
        'Esam saņēmuši atpakaļ nosūtīto preci no pasūtījuma{order}. Tagad to pārbaudīsim un informēsim Jūs par turpmākajiem soļiem.',
      'repair-started': 'Esam sākuši preces remontu no pasūtījuma{order}. Paziņosim Jums, tiklīdz remonts būs pabeigts.',
      'replacement-started': 'Esam sākuši sagatavot aizstājošo preci pasūtījumam{order}. Paziņosim Jums, kad tā būs nosūtīta.',
      'ready-to-ship': 'Prece no pasūtījuma{order} ir gatava, un tagad to sagatavojam nosūtīšanai.',
      shipped:
        'Prece no pasūtījuma{order} ir nosūtīta ar {carrier}. Sūtījuma izsekošanas numurs: {tracking}. Paredzamais piegādes datums: {date}.',
    },
    signOff: 'Ar cieņu',
    orderRef: ' Nr. {label}',
  },
  lt: {
    greeting: 'Laba diena,',
    stages: {
      'return-received': 'Gavome grąžintą prekę iš užsakymo{order}. Dabar ją patikrinsime ir informuosime Jus apie tolesnius veiksmus.',
      'repair-started': 'Pradėjome prekės iš užsakymo{order} remontą. Pranešime Jums, kai tik remontas bus baigtas.',
      'replacement-started': 'Pradėjome ruošti pakaitinę prekę užsakymui{order}. Pranešime Jums, kai ji bus išsiųsta.',
      'ready-to-ship': 'Prekė iš užsakymo{order} yra paruošta, ir dabar ją ruošiame siuntimui.',
      shipped: 'Prekė iš užsakymo{order} išsiųsta per {carrier}. Siuntos sekimo numeris: {tracking}. Numatoma pristatymo data: {date}.',
    },
    signOff: 'Pagarbiai',
    orderRef: ' Nr. {label}',
  },
  et: {
    greeting: 'Tere!',
    stages: {
      'return-received':
        'Oleme kätte saanud tellimuse{order} tagastatud toote. Kontrollime selle nüüd üle ja anname Teile edasistest sammudest teada.',
      'repair-started': 'Oleme alustanud tellimuse{order} toote parandamist. Anname Teile teada, kui parandus on lõpetatud.',
      'replacement-started':
        'Oleme hakanud tellimuse{order} jaoks asendustoodet ette valmistama. Anname Teile teada, kui see on teele pandud.',
      'ready-to-ship': 'Tellimuse{order} toode on valmis ja valmistame seda nüüd saatmiseks ette.',
      shipped:
        'Tellimuse{order} toode on saadetud vedajaga {carrier}. Saadetise jälgimisnumber: {tracking}. Eeldatav kohaletoimetamise kuupäev: {date}.',
    },
    signOff: 'Lugupidamisega',
    orderRef: ' nr {label}',
  },
  pt: {
    greeting: 'Olá,',
    stages: {
      'return-received': 'Recebemos o produto devolvido da encomenda{order}. Vamos agora verificá-lo e informá-lo dos próximos passos.',
      'repair-started': 'Iniciámos a reparação do produto da encomenda{order}. Informaremos assim que a reparação estiver concluída.',
      'replacement-started': 'Começámos a preparar um produto de substituição para a encomenda{order}. Avisaremos quando for enviado.',
      'ready-to-ship': 'O produto da encomenda{order} está pronto e está agora a ser preparado para envio.',
      shipped:
        'O produto da encomenda{order} foi enviado pela {carrier}. Número de seguimento: {tracking}. Data de entrega prevista: {date}.',
    },
    signOff: 'Com os melhores cumprimentos',
    orderRef: ' n.º {label}',
  },
  hr: {
    greeting: 'Poštovani,',
    stages: {
      'return-received':
        'Zaprimili smo vraćeni proizvod iz narudžbe{order}. Sada ćemo ga pregledati i obavijestiti Vas o sljedećim koracima.',
      'repair-started': 'Započeli smo popravak proizvoda iz narudžbe{order}. Javit ćemo Vam čim popravak bude gotov.',
      'replacement-started': 'Započeli smo pripremu zamjenskog proizvoda za narudžbu{order}. Javit ćemo Vam kada bude poslan.',
      'ready-to-ship': 'Proizvod iz narudžbe{order} je spreman i sada ga pripremamo za slanje.',
      shipped:
        'Proizvod iz narudžbe{order} poslan je putem dostavne službe {carrier}. Broj za praćenje pošiljke: {tracking}. Očekivani datum dostave: {date}.',
    },
    signOff: 'Srdačan pozdrav',
    orderRef: ' br. {label}',
  },
  bs: {
    greeting: 'Poštovani,',
    stages: {
      'return-received':
        'Zaprimili smo vraćeni proizvod iz narudžbe{order}. Sada ćemo ga pregledati i obavijestiti Vas o narednim koracima.',
      'repair-started': 'Započeli smo popravku proizvoda iz narudžbe{order}. Javit ćemo Vam čim popravka bude završena.',
      'replacement-started': 'Započeli smo pripremu zamjenskog proizvoda za narudžbu{order}. Javit ćemo Vam kada bude poslan.',
      'ready-to-ship': 'Proizvod iz narudžbe{order} je spreman i sada ga pripremamo za slanje.',
      shipped:
        'Proizvod iz narudžbe{order} je poslan putem kurirske službe {carrier}. Broj za praćenje pošiljke: {tracking}. Očekivani datum dostave: {date}.',
    },
    signOff: 'Srdačan pozdrav',
    orderRef: ' br. {label}',
  },
  cs: {
    greeting: 'Dobrý den,',
    stages: {
      'return-received':
        'Obdrželi jsme vrácený produkt z objednávky{order}. Nyní ho zkontrolujeme a budeme Vás informovat o dalším postupu.',
      'repair-started': 'Zahájili jsme opravu produktu z objednávky{order}. Dáme Vám vědět, jakmile bude oprava dokončena.',
      'replacement-started': 'Začali jsme připravovat náhradní produkt k objednávce{order}. Dáme Vám vědět, až bude odeslán.',
      'ready-to-ship': 'Produkt z objednávky{order} je připraven a nyní ho chystáme k odeslání.',
      shipped:
        'Produkt z objednávky{order} byl odeslán přepravcem {carrier}. Číslo zásilky pro sledování: {tracking}. Předpokládané datum doručení: {date}.',
    },
    signOff: 'S pozdravem',
    orderRef: ' č. {label}',
  },
  sk: {
    greeting: 'Dobrý deň,',
    stages: {
      'return-received':
        'Prijali sme vrátený produkt z objednávky{order}. Teraz ho skontrolujeme a budeme Vás informovať o ďalšom postupe.',
      'repair-started': 'Začali sme opravu produktu z objednávky{order}. Dáme Vám vedieť, hneď ako bude oprava dokončená.',
      'replacement-started': 'Začali sme pripravovať náhradný produkt k objednávke{order}. Dáme Vám vedieť, keď bude odoslaný.',
      'ready-to-ship': 'Produkt z objednávky{order} je pripravený a teraz ho chystáme na odoslanie.',
      shipped:
        'Produkt z objednávky{order} bol odoslaný prepravcom {carrier}. Číslo zásielky na sledovanie: {tracking}. Predpokladaný dátum doručenia: {date}.',
    },
    signOff: 'S pozdravom',
    orderRef: ' č. {label}',
  },
  ro: {
    greeting: 'Bună ziua,',
    stages: {
      'return-received': 'Am primit produsul returnat din comanda{order}. Îl vom verifica acum și vă vom informa despre pașii următori.',
      'repair-started': 'Am început repararea produsului din comanda{order}. Vă vom anunța imediat ce reparația este finalizată.',
      'replacement-started': 'Am început pregătirea unui produs de înlocuire pentru comanda{order}. Vă vom anunța când va fi expediat.',
      'ready-to-ship': 'Produsul din comanda{order} este gata și îl pregătim acum pentru expediere.',
      shipped:
        'Produsul din comanda{order} a fost expediat prin {carrier}. Numărul de urmărire: {tracking}. Data estimată a livrării: {date}.',
    },
    signOff: 'Cu stimă',
    orderRef: ' nr. {label}',
  },
  hu: {
    greeting: 'Jó napot kívánunk!',
    stages: {
      'return-received': 'Megkaptuk a visszaküldött terméket{order}. Most átvizsgáljuk, és tájékoztatjuk a további lépésekről.',
      'repair-started': 'Megkezdtük a termék javítását{order}. Értesítjük, amint a javítás elkészült.',
      'replacement-started': 'Megkezdtük a cseretermék előkészítését{order}. Értesítjük, amikor feladtuk.',
      'ready-to-ship': 'A termék{order} elkészült, és most készítjük elő a feladásra.',
      shipped: 'A terméket{order} feladtuk, a szállító: {carrier}. Nyomkövetési szám: {tracking}. Várható kézbesítés: {date}.',
    },
    signOff: 'Üdvözlettel',
    orderRef: ' (rendelésszám: {label})',
  },
  de: {
    greeting: 'Guten Tag,',
    stages: {
      'return-received':
        'wir haben das zurückgesendete Produkt aus Ihrer Bestellung{order} erhalten. Wir prüfen es jetzt und informieren Sie über die nächsten Schritte.',
      'repair-started':
        'die Reparatur des Produkts aus Ihrer Bestellung{order} hat begonnen. Wir melden uns, sobald sie abgeschlossen ist.',
      'replacement-started':
        'wir bereiten ein Ersatzprodukt für Ihre Bestellung{order} vor. Wir informieren Sie, sobald es versendet wurde.',
      'ready-to-ship': 'das Produkt aus Ihrer Bestellung{order} ist fertig und wird jetzt für den Versand vorbereitet.',
      shipped:
        'das Produkt aus Ihrer Bestellung{order} wurde mit {carrier} versendet. Sendungsnummer: {tracking}. Voraussichtliches Lieferdatum: {date}.',
    },
    signOff: 'Mit freundlichen Grüßen',
    orderRef: ' Nr. {label}',
  },
};
