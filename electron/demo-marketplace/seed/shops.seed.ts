import { createHash } from 'node:crypto';
import type { Market, ShopRecord } from '../model';
import type { LanguageBank } from './text-bank';
import { croatianBank } from './text-bank.hr';
import { latvianBank } from './text-bank.lv';
import { polishBank } from './text-bank.pl';
import { portugueseBank } from './text-bank.pt';

/**
 * Derives a shop's API key from the marketplace's base secret: a UUID-shaped digest of
 * `<key>:<shopId>`, so the same base key always yields the same shop keys and no shop's key reveals
 * another's.
 */
export function deriveShopKey(baseKey: string, shopId: number): string {
  const h = createHash('sha256').update(`${baseKey}:${shopId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

interface ShopDefinition {
  id: number;
  name: string;
  market: Market;
  bank: LanguageBank;
  timeZone: string;
  currency: string;
  countryIso3: string;
  contact: ShopRecord['contact'];
  description: string;
  returnPolicy: string;
  webSite: string;
}

const definitions: ShopDefinition[] = [
  {
    id: 2001,
    name: 'Elektro-Dom Kraków',
    market: 'PL',
    bank: polishBank,
    timeZone: 'Europe/Warsaw',
    currency: 'PLN',
    countryIso3: 'POL',
    contact: {
      firstname: 'Agnieszka',
      lastname: 'Malinowska',
      email: 'sklep@elektro-dom.example.pl',
      phone: '+48 12 345 67 89',
      street1: 'ul. Wielicka 44',
      city: 'Kraków',
      zip: '30-552',
    },
    description: 'Sprzęt AGD i elektronika z wysyłką w 24 godziny.',
    returnPolicy: 'Zwrot w ciągu 30 dni od otrzymania towaru.',
    webSite: 'https://elektro-dom.example.pl',
  },
  {
    id: 2002,
    name: 'Baltic Home Rīga',
    market: 'LV',
    bank: latvianBank,
    timeZone: 'Europe/Riga',
    currency: 'EUR',
    countryIso3: 'LVA',
    contact: {
      firstname: 'Ilze',
      lastname: 'Kalniņa',
      email: 'veikals@baltichome.example.lv',
      phone: '+371 67 123 456',
      street1: 'Krasta iela 68',
      city: 'Rīga',
      zip: 'LV-1019',
    },
    description: 'Mājai un brīvajam laikam – preces ar piegādi visā Latvijā.',
    returnPolicy: 'Preci var atgriezt 14 dienu laikā pēc saņemšanas.',
    webSite: 'https://baltichome.example.lv',
  },
  {
    id: 2003,
    name: 'Casa Lusitana',
    market: 'PT',
    bank: portugueseBank,
    timeZone: 'Europe/Lisbon',
    currency: 'EUR',
    countryIso3: 'PRT',
    contact: {
      firstname: 'Teresa',
      lastname: 'Almeida',
      email: 'loja@casalusitana.example.pt',
      phone: '+351 21 123 4567',
      street1: 'Avenida da República 50',
      city: 'Lisboa',
      zip: '1050-196',
    },
    description: 'Eletrodomésticos e artigos para o lar com entrega em todo o país.',
    returnPolicy: 'Devolução gratuita até 30 dias após a entrega.',
    webSite: 'https://casalusitana.example.pt',
  },
  {
    id: 2004,
    name: 'Jadran Tehnika',
    market: 'HR',
    bank: croatianBank,
    timeZone: 'Europe/Zagreb',
    currency: 'EUR',
    countryIso3: 'HRV',
    contact: {
      firstname: 'Davor',
      lastname: 'Perić',
      email: 'trgovina@jadrantehnika.example.hr',
      phone: '+385 1 234 5678',
      street1: 'Savska cesta 41',
      city: 'Zagreb',
      zip: '10000',
    },
    description: 'Tehnika i oprema za dom uz brzu dostavu diljem Hrvatske.',
    returnPolicy: 'Povrat u roku od 14 dana od primitka.',
    webSite: 'https://jadrantehnika.example.hr',
  },
];

/** The four seeded shops (PL, LV, PT, HR), their keys derived from `baseKey`, dated relative to `startMs`. */
export function seedShops(baseKey: string, startMs: number): ShopRecord[] {
  const day = 86_400_000;
  return definitions.map((d, i) => ({
    ...d,
    key: deriveShopKey(baseKey, d.id),
    isProfessional: true,
    dateCreated: Math.floor((startMs - (800 + 90 * i) * day) / 1000) * 1000,
    lastUpdated: Math.floor((startMs - (20 + i) * day) / 1000) * 1000,
    closedFrom: null,
    closedTo: null,
    responseDelaySeconds: [14_400, 22_300, 9_800, 31_000][i] ?? 14_400,
  }));
}
