// The messenger rule: messengers and social networks by name in the markets' spellings and
// declensions (PL "na whatsappie", "na fejsie", "insta"; LV "vacapā", "feisbukā"; PT "zap",
// "zapzap"; HR "vajber", "preko vibera", "na fejsu"), their short links (wa.me, t.me, m.me) and
// "@handle"s. Names that are also ordinary words ("Signal", a "messenger" bag, PT "zap"/"whats",
// PT "face") count only where the reply points the buyer to them: after "na", "przez", "preko",
// "pelo", "on", "via"…, before "app", or next to another messenger.
import type { GuardFinding } from '../types';
import { WORD, before, finding, overlapsAny, type Span } from './text';

interface Channel {
  name: string;
  re: RegExp;
  /** Whether the name alone is enough, or it needs a pointing word before it (see `pointedAt`). */
  always: boolean;
  /** The pointing words for this name when not the common ones. */
  pointing?: RegExp;
}

/** Words that point to PT "face" (Facebook): "no face", "pelo face"; not EN "on face" (a cream). */
const PT_POINTING = /(?<![\p{L}\p{N}_])(?:no|pelo|meu|nosso)\s+$/iu;

const word = (source: string, flags = 'giu') => new RegExp(`(?<![${WORD}])(?:${source})(?![${WORD}])`, flags);

// Case-sensitive where the innocent word is lower case and the app's name is capitalised.
const CHANNELS: Channel[] = [
  {
    name: 'WhatsApp',
    re: word(
      String.raw`(?:what['’]?s\s?app|wats?app|whatsap|watsap|łotsap|lotsap|wacap|vacap|vocap|vatsap|votsap|uatsap|wasap|wassap)(?:['’]?\p{L}{1,6})?|zap\s?zap`,
    ),
    always: true,
  },
  { name: 'WhatsApp', re: /(?<![\p{L}\p{N}_.-])(?:wa|api\.whatsapp|chat\.whatsapp)\.(?:me|com)(?=\/)/giu, always: true },
  { name: 'WhatsApp', re: word('whats|zap|wpp'), always: false },
  { name: 'WhatsApp', re: word('WA', 'gu'), always: false },
  { name: 'Viber', re: word(String.raw`(?:viber|vajber|vaiber|wajber)\p{L}{0,6}`), always: true },
  { name: 'Telegram', re: word(String.raw`telegram\p{L}{0,6}|t\.me(?=\/)`), always: true },
  { name: 'Signal', re: word(String.raw`Signal(?:u|a|em|om|ā|i)?`, 'gu'), always: false },
  { name: 'Messenger', re: word(String.raw`messenger(?:ze|a|em|u|om|ā|ī|i|ov|y|e)|m\.me(?=\/)`), always: true },
  { name: 'Messenger', re: word('messenger'), always: false },
  { name: 'Messenger', re: word(String.raw`mesend[żz]er\p{L}{0,4}|mesend[žz]er\p{L}{0,4}|mesind[žz]er\p{L}{0,4}`), always: true },
  {
    name: 'Instagram',
    re: word(String.raw`instagram\p{L}{0,6}|insta|instę|insty|instu|inście|instą|ig\.me(?=\/)`),
    always: true,
  },
  {
    name: 'Facebook',
    re: word(String.raw`facebook\p{L}{0,6}|fejsbuk\p{L}{0,6}|feisbuk\p{L}{0,6}|fejs(?:ie|a|u|em|om)?|fb(?![\-]\d)`),
    always: true,
  },
  { name: 'Facebook', re: word('face'), always: false, pointing: PT_POINTING },
  { name: 'Instagram', re: word('IG', 'gu'), always: false },
  { name: 'Skype', re: word(String.raw`skype\p{L}{0,6}|skyp(?:ie|a|em|u|om)|skajp\p{L}{0,6}`), always: true },
  { name: 'WeChat', re: word(String.raw`wechat\p{L}{0,6}|weixin`), always: true },
  {
    name: 'a social network',
    re: word(String.raw`tiktok\p{L}{0,6}|snapcha\p{L}{0,6}|linkedin\p{L}{0,6}|twitter\p{L}{0,6}|imessage|threema`),
    always: true,
  },
];

/** Words that point the buyer to a channel named right after them, in the markets' languages and English. */
const POINTING = new RegExp(
  `(?<![${WORD}])(?:${[
    ...['na', 'przez', 'po', 'w', 'we', 'via', 'mój', 'moj', 'mojego', 'moim', 'nasz', 'naszego', 'naszym', 'napisz', 'pisz', 'dodaj'],
    ...['pa', 'uz', 'caur', 'ar', 'manā', 'mūsu', 'rakstiet', 'raksti'],
    ...['no', 'pelo', 'pela', 'por', 'meu', 'nosso', 'o', 'ao', 'escreva', 'chama', 'manda', 'mande'],
    ...['preko', 'putem', 'u', 'kroz', 'moj', 'naš', 'pišite', 'javite', 'piši', 'dodajte'],
    ...['on', 'through', 'over', 'using', 'my', 'our', 'add', 'message', 'write', 'text', 'facebook', 'fb'],
  ].join('|')})[\\s:]+$`,
  'iu',
);

/** What follows an innocent "signal" or "messenger": a signal's strength, a messenger bag. */
const INNOCENT_AFTER =
  /^\s*(?:strength|level|quality|booster|bag|torb\p{L}*|bols\p{L}*|som\p{L}*|tašk\p{L}*|jačin\p{L}*|wi-?fi|gsm|lte|[345]g\b|tv|cable|kab\p{L}*)/iu;
/** An app word after the name: "Signal app", "aplikacja Signal" reads the other way round but "Signal (aplikacja)" this. */
const APP_AFTER = /^\s*(?:\(?(?:app|aplikac\p{L}*|aplikāc\p{L}*|lietotn\p{L}*|aplicação|aplikacij\p{L}*)|:\s*[+\d@])/iu;

const HANDLE = new RegExp(
  `(?<![${WORD}.%+\\-@])@(?=[A-Za-z0-9_.]{0,29}[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![${WORD}@])`,
  'gu',
);

/** Whether the reply points the buyer to an ambiguous name at `span` (see the module comment). */
function pointedAt(text: string, span: Span, named: readonly Span[], pointing = POINTING): boolean {
  const tail = text.slice(span.end, span.end + 24);
  if (INNOCENT_AFTER.test(tail)) return false;
  if (pointing.test(before(text, span.start, 24)) || APP_AFTER.test(tail)) return true;
  return named.some((n) => Math.abs(n.start - span.end) < 40 || Math.abs(span.start - n.end) < 40);
}

export interface MessengerSpan extends Span {
  name: string;
}

/**
 * Every messenger, social network and handle in `text`, as spans of the reply with the channel's
 * name; handles inside e-mail addresses or links already found (`taken`) are not handles.
 */
export function findMessengers(text: string, taken: readonly Span[]): MessengerSpan[] {
  const named: MessengerSpan[] = [];
  for (const c of CHANNELS.filter((ch) => ch.always)) {
    for (const m of text.matchAll(c.re)) named.push({ start: m.index, end: m.index + m[0].length, name: c.name });
  }
  const found = [...named];
  for (const c of CHANNELS.filter((ch) => !ch.always)) {
    for (const m of text.matchAll(c.re)) {
      const span = { start: m.index, end: m.index + m[0].length, name: c.name };
      if (!overlapsAny(span, found) && pointedAt(text, span, named, c.pointing)) found.push(span);
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    const span = { start: m.index, end: m.index + m[0].length, name: 'a handle' };
    if (!overlapsAny(span, taken)) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The messenger findings of a reply. */
export function messengerFindings(spans: readonly MessengerSpan[]): GuardFinding[] {
  return spans.map((s) =>
    finding(
      'messenger',
      s,
      s.name === 'a handle'
        ? 'A social-media handle: buyers may be contacted only through the platform, not on social networks (DOMAIN.md rule 2).'
        : `A messenger or social network (${s.name}): buyers may be contacted only through the platform (DOMAIN.md rule 2).`,
    ),
  );
}
