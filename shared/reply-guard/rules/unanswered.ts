// Unanswered questions (DOMAIN.md rule 3: do not ignore part of what the buyer asked). The buyer's last
// message is split into questions (a question mark, or an interrogative opener without one); a question
// counts as addressed when the reply shares one of its content words (light stemming: diacritics folded,
// first five letters, numbers whole) or, for "when" and "how much" questions, gives a time or a figure.
// Questions with no content word left ("Co dalej?") are not judged. A list for the seller, never a block.
import type { GuardContext, GuardFinding } from '../types';
import { foldWording, quote, stemOf, wordsOf } from '../wording-text';

const SOURCE = 'DOMAIN.md rule 3';

// Openers that make a sentence a question even without "?", in PL, LV, PT, HR/BS and English.
const strongOpener =
  /^(?:czy|dlaczego|czemu|ile|jak (?:dlugo|mam|moge|mozna|szybko)|vai|kapec|cik|ka (?:man|varu|lai)|quanto|quantos|quantas|sera que|podem|pode|como (?:posso|devo|faco)|zasto|koliko|je li|da li|moze li|mogu li|mozete li|hoce li|kako (?:mogu|da|trebam)|why|how (?:long|much|many|do|can|should)|can you|could you|will you|would you|is it|are you|do you|does|did)\b/;
// Weaker openers, also conjunctions ("Kiedy otworzyłem paczkę, …"): a question only without a comma.
const weakOpener =
  /^(?:kiedy|gdzie|jak|co|jaki|jaka|jakie|ktory|ktora|ktore|kto|kad|kur|ka|kas|kurs|kura|quando|onde|qual|quais|porque|por que|como|o que|quem|kada|kad|gdje|kako|sto|sta|tko|koji|koja|koje|when|where|what|how|which|who)\b/;
// An indirect question after a comma ("Proszę o informację, czy …").
const indirect = /,\s*(?:czy|vai|je li|da li|whether|se)\s/;

// Words every message has, in every language: they say nothing about what was asked.
const stopwords = new Set(
  (
    'czy jak jaki jaka jakie kiedy gdzie ile dlaczego czemu co kto ktory ktora ktore moge mozna mozecie moga jest sa byl byla bylo bedzie beda ' +
    'mam mamy macie ma sie nie tak to ten ta te tego tej tym jego jej ich moj moja moje mnie mi nam nas wam was pan pani panstwo panstwa prosze ' +
    'dzien dobry witam dziekuje pozdrawiam bardzo jeszcze juz tez takze oraz albo lub ale czyli wiec dla przez przy pod nad bez od do na za po ' +
    'zamowienie zamowienia zamowieniu produkt produktu produkty paczka paczki paczke sprawa sprawie informacje informacja ' +
    'vai ka kad kur cik kapec kas kurs kura es mes jus man mums jums ir bija bus var varu varat lai par uz no pie ar bet un tas ta to ' +
    'labdien sveiki paldies ludzu pasutijums pasutijuma pasutijumu prece preci preces paka paku ' +
    'como quando onde quanto quantos quantas porque que qual quais quem pode podem posso e o a os as um uma de do da dos das em no na para por com ' +
    'sem mais ja nao sim bom dia obrigado obrigada ola encomenda produto ' +
    'sto sta sto kako kada kad gdje koliko zasto tko koji koja koje je li da mogu moze mozete jesam su sam smo ste biti bit ce hoce ' +
    'i u s sa na za od do iz se ne da ali ili dobar dan postovani pozdrav hvala molim narudzba narudzbe narudzbu proizvod proizvoda paket paketa ' +
    'what when where how why which who is are was were will would can could do does did the a an of to in on for with my your it this that ' +
    'please hello hi thanks thank you order product parcel package ' +
    'zrobic zrobie robic trzeba musze nalezy darit rikoties fazer faco ucinit uciniti napraviti postupiti'
  ).split(' '),
);

// Answers to "when" and "how much" questions: a date, a weekday, a figure, a span of days.
const whenQuestion = /\b(?:kiedy|jak dlugo|kad|cik ilgi|quando|quanto tempo|kada|kad|koliko dugo|when|how long)\b/;
const muchQuestion = /\b(?:ile|cik|quanto|quantos|quantas|koliko|how much|how many)\b/;
const timeAnswer =
  /\b\d{1,2}[./:]\d{1,2}\b|\b(?:dzis\w*|jutro|pojutrze|poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*|sobot\w*|niedziel\w*|dni|dzien|tydzien|tygodni\w*|godzin\w*|sodien|rit|parit|pirmdien\w*|otrdien\w*|tresdien\w*|ceturtdien\w*|piektdien\w*|dien\w*|nedel\w*|stund\w*|hoje|amanha|segunda|terca|quarta|quinta|sexta|dias?|semana\w*|horas?|danas|sutra|prekosutra|ponedjelj\w*|utor\w*|srijed\w*|cetvrt\w*|petak|petka|dana|tjed\w*|sat\w*|today|tomorrow|monday|tuesday|wednesday|thursday|friday|days?|weeks?|hours?)\b/;
const figureAnswer = /\d|\b(?:zl|pln|eur|euro|eura|kn|darmo|bezplat\w*|bezmaks\w*|gratis|gratuit\w*|besplat\w*|free)\b/;

/** The buyer's questions, in order, as (original sentence, folded sentence). */
export function questionsOf(message: string): Array<{ text: string; folded: string }> {
  const folded = foldWording(message);
  const out: Array<{ text: string; folded: string }> = [];
  const sentence = /[^.!?\n]+[.!?\n]*/g;
  for (let m = sentence.exec(folded); m; m = sentence.exec(folded)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const f = raw.trim().replace(/^(?:i|a|oraz|un|e|and|also|i jeszcze|a takze)\s+/, '');
    const isQuestion = f.includes('?') || strongOpener.test(f) || (weakOpener.test(f) && !f.includes(',')) || indirect.test(f);
    if (isQuestion && f.replace(/[^\p{L}]/gu, '').length > 2) {
      out.push({ text: message.slice(m.index + lead, m.index + raw.length).trim(), folded: f });
    }
  }
  return out;
}

function contentStems(folded: string): string[] {
  return wordsOf(folded)
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !stopwords.has(w))
    .map(stemOf);
}

/** One whole-reply finding per question of `context.buyerMessage` that the reply does not address. */
export function checkUnanswered(text: string, folded: string, context: GuardContext): GuardFinding[] {
  if (!context.buyerMessage) return [];
  const questions = questionsOf(context.buyerMessage);
  if (questions.length === 0) return [];
  const replyStems = new Set(contentStems(folded));
  const findings: GuardFinding[] = [];
  for (const q of questions) {
    const stems = contentStems(q.folded);
    if (stems.length === 0) continue;
    if (stems.some((s) => replyStems.has(s))) continue;
    if (whenQuestion.test(q.folded) && timeAnswer.test(folded)) continue;
    if (muchQuestion.test(q.folded) && figureAnswer.test(folded)) continue;
    findings.push({
      rule: 'unanswered',
      severity: 'warn',
      start: 0,
      end: 0,
      message: `The buyer's question seems unanswered: "${quote(q.text, 120)}" (${SOURCE})`,
    });
  }
  return findings;
}
