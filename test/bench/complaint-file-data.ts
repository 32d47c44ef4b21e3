// A complaint file of 50,000 rows for the complaint-file benchmarks: the platform's template with Polish
// headers, semicolons, UTF-8 with a BOM, a realistic mix of reasons (free text, codes, labels, refused
// and missing ones), receipt dates around `TODAY` (some past the 30-day window) and some duplicates.

export const ROWS = 50_000;
export const TODAY = '2026-11-28';

const reasons = [
  'numer nie istnieje',
  'Nieistniejący numer telefonu',
  'NON_EXISTENT_NUMBER',
  'numer należy do innej osoby',
  'Number of another person',
  'błędny adres',
  'WRONG_ADDRESS',
  'firma zlikwidowana',
  'Osoba twierdzi, że nie wyrażała zgody',
  'kontakt nie spełnia wymagań z umowy',
  'poczta głosowa',
  'nie odbiera',
  'not interested',
  '',
  'zły lead',
];

function day(offset: number): string {
  const date = new Date(Date.UTC(2026, 10, 28 - offset));
  return date.toISOString().slice(0, 10);
}

/** The file's bytes (UTF-8 with BOM) and text, deterministic. */
export function complaintFileBytes(): { bytes: Uint8Array; text: string } {
  const lines = ['ID rekordu;Imię i nazwisko;Telefon;E-mail;Adres;Firma;Data otrzymania;Przyczyna reklamacji;Komentarz'];
  for (let i = 0; i < ROWS; i += 1) {
    const id = i % 997 === 5 ? `R${i - 1}` : `R${i}`; // about 50 duplicate record ids
    const phone = `5${String(10_000_000 + i).padStart(8, '0')}`;
    const reason = reasons[i % reasons.length] ?? '';
    const received = day(i % 40); // a quarter past the 30-day window
    lines.push(`${id};Kontakt ${i} Łukasiewicz;${phone};kontakt${i}@example.pl;ul. Długa ${i % 200}, Łódź;;${received};${reason};`);
  }
  const text = `${lines.join('\r\n')}\r\n`;
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { bytes, text };
}
