import { getMarket } from '../../../../shared/working-time';
import type { TemplateLanguage, TemplateRecord } from '../../data/records';

/** The languages templates are written in, in the order the editor offers them. */
export const templateLanguages: readonly TemplateLanguage[] = ['pl', 'lv', 'pt', 'hr', 'en'];

const byPrimaryTag: Readonly<Record<string, TemplateLanguage>> = { pl: 'pl', lv: 'lv', pt: 'pt', hr: 'hr', bs: 'hr', sr: 'hr', en: 'en' };

/**
 * The template language of a market (the language its replies must be written in, from
 * shared/working-time's markets): Bosnia's replies use the Croatian templates, the platform treating
 * the two as one language. Null for a market with no template language (or an unknown market).
 */
export function templateLanguageOf(market: string): TemplateLanguage | null {
  try {
    const primary = getMarket(market).language.split('-')[0]?.toLowerCase() ?? '';
    return byPrimaryTag[primary] ?? null;
  } catch {
    return null;
  }
}

/**
 * Templates in the order the picker lists them: the thread's language first, then the others by
 * language (as templateLanguages orders them), each group by name in that language's collation.
 */
export function orderForThread(templates: readonly TemplateRecord[], language: TemplateLanguage | null): TemplateRecord[] {
  const rank = (t: TemplateRecord): number => (t.language === language ? -1 : templateLanguages.indexOf(t.language));
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, a.language) || a.id.localeCompare(b.id));
}

/**
 * The templates whose name or body holds every word of `query` (case and accents ignored: "zwrot"
 * finds "Zwrot", "sanemts" finds "saņemts"), in the order given.
 */
export function searchTemplates(templates: readonly TemplateRecord[], query: string): TemplateRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((t) => {
    const haystack = fold(`${t.name} ${t.body}`);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
