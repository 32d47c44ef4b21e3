import { defineMessages } from './i18n';

/** Text of the shared UI pieces in ui/ (SafeName). */
export const messages = defineMessages('ui', {
  hiddenDirectionTitle: {
    en: 'This name contains hidden direction characters, shown here as ⟪…⟫ markers. They make text display in another order than it is written, which can disguise what a file really is.',
    pl: 'Ta nazwa zawiera ukryte znaki kierunku tekstu, pokazane tutaj jako znaczniki ⟪…⟫. Sprawiają one, że tekst wyświetla się w innej kolejności, niż został zapisany, co może ukryć, czym naprawdę jest plik.',
    lv: 'Šajā nosaukumā ir slēptas teksta virziena rakstzīmes, kas šeit parādītas kā ⟪…⟫ atzīmes. Tās liek tekstam parādīties citā secībā, nekā tas uzrakstīts, un tā var noslēpt, kas fails patiesībā ir.',
    pt: 'Este nome contém caracteres ocultos de direção do texto, aqui mostrados como marcas ⟪…⟫. Fazem o texto aparecer numa ordem diferente daquela em que foi escrito, o que pode disfarçar o que um ficheiro realmente é.',
    hr: 'Ovaj naziv sadrži skrivene znakove smjera teksta, ovdje prikazane kao oznake ⟪…⟫. Zbog njih se tekst prikazuje drugim redoslijedom nego što je napisan, što može prikriti što datoteka zapravo jest.',
  },
  realTypeTitle: {
    en: "This file's real type is {type}.",
    pl: 'Prawdziwy typ tego pliku to {type}.',
    lv: 'Šī faila patiesais tips ir {type}.',
    pt: 'O tipo real deste ficheiro é {type}.',
    hr: 'Stvarna vrsta ove datoteke je {type}.',
  },
  hiddenDirectionSpoken: {
    en: 'This name contains hidden direction characters',
    pl: 'Ta nazwa zawiera ukryte znaki kierunku tekstu',
    lv: 'Šajā nosaukumā ir slēptas teksta virziena rakstzīmes',
    pt: 'Este nome contém caracteres ocultos de direção do texto',
    hr: 'Ovaj naziv sadrži skrivene znakove smjera teksta',
  },
  hiddenDirectionNote: {
    en: 'hidden direction characters',
    pl: 'ukryte znaki kierunku tekstu',
    lv: 'slēptas teksta virziena rakstzīmes',
    pt: 'caracteres ocultos de direção do texto',
    hr: 'skriveni znakovi smjera teksta',
  },
  realTypeNote: {
    en: ', real type {type}',
    pl: ', prawdziwy typ {type}',
    lv: ', patiesais tips {type}',
    pt: ', tipo real {type}',
    hr: ', stvarna vrsta {type}',
  },
});
