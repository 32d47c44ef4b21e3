// Off-platform proposals (DOMAIN.md rule 2): paying, delivering, returning, meeting or agreeing anything
// outside the platform's helpdesk. Patterns are written for the folded text (see wording-text.ts) in
// Polish, Latvian, Portuguese, Croatian/Bosnian and English, with the other markets' commonest phrasing.
// The other engineer's contact rules find addresses, numbers and IBANs; these find the proposal itself.
import type { GuardContext, GuardFinding } from '../types';
import { findPhrases, type PhrasePattern } from './phrase-rule';

const SOURCE = 'DOMAIN.md rule 2';

// The platform named as the channel ("through the platform", "platforma zwróci"): the clause keeps to it.
const platformChannel = /\b(?:platform\w*|plataform\w*|plattform\w*|platvorm\w*|marketplace\w*|helpdesk\w*|portal\w*)\b/;
// A carrier doing the calling or the handing over ("the courier will call before delivery").
const carrier =
  /\b(?:kurier\w*|przewoznik\w*|kurjer\w*|parvadataj\w*|estafeta\w*|transportador\w*|ctt|kurir\w*|dostavljac\w*|prijevoznik\w*|courier\w*|carrier\w*|driver\w*|inpost|dpd|gls|dhl|ups|omniva|fedex|paczkomat\w*|pakomat\w*)\b/;
// Money going back to the buyer through the platform's refund is not a payment request.
const refund =
  /\b(?:zwrot\w*|zwroc\w*|zwraca\w*|refund\w*|atmaks\w*|atgriez\w*|reembols\w*|devolu\w*|devolv\w*|povrat\w*|vrati\w*|vracen\w*|erstatt\w*|vraceni\w*|vratenie|grazin\w*|rambursa\w*)\b/;
const platformOrRefund = new RegExp(`${platformChannel.source}|${refund.source}`);
const platformOrCarrier = new RegExp(`${platformChannel.source}|${carrier.source}`);

// "Directly" is a proposal only next to paying, buying, agreeing or meeting, or next to the seller as
// the other party ("directly to me"); "directly after the refund" is a time phrase.
const directDeal =
  /\b(?:zaplac\w*|placi\w*|platnos\w*|oplac\w*|wplac\w*|przelew\w*|przelej\w*|przelac|kupi\w*|kupuj\w*|sprzeda\w*|rozlicz\w*|umowmy|umowimy|umowic|dogada\w*|dogadaj\w*|ustali\w*|ustalmy|zalatwi\w*|spotka\w*|samaks\w*|maksa\w*|parskait\w*|nopirk\w*|pirkt\w*|vienoj\w*|norun\w*|sarun\w*|satik\w*|paga\w*|pague\w*|pagamento\w*|transfer\w*|compra\w*|combin\w*|acord\w*|acert\w*|platit\w*|platite|platiti|uplat\w*|kupit\w*|kupite|dogovor\w*|nagod\w*|sastan\w*|pay|paying|payment|paid|buy|buying|purchase|deal|agree|arrange|settle|meet|bezahl\w*|kaufen|zaplat\w*|koupit|kupte|sumok\w*|plati)\b/;
const sellerAsParty =
  /\b(?:do mnie|ze mna|do nas|z nami|u nas|u mnie|ar mani|ar mums|pie mums|pie manis|mums|man|comigo|connosco|conosco|para mim|a mim|sa mnom|s nama|sa nama|kod nas|kod mene|meni|nama|with me|with us|to me|to us|from us|from me|me|us|mit uns|bei uns|s nami|u nas)\b/;
const directDealOrSeller = new RegExp(`${directDeal.source}|${sellerAsParty.source}`);
const timeAfterDirect = /^\s*(?:po|przed|od razu|after|upon|once|before|pec|apos|antes|depois|nakon|prije|poslije|nach|vor|pred|dopo)\b/;

// Handing over in person: "osobiście" alone is also "I personally checked"; it counts next to a handover.
const handover =
  /\b(?:odebra\w*|odbier\w*|odbior\w*|przywio\w*|przywie\w*|dowio\w*|dowie\w*|dostarcz\w*|przekaz\w*|odda\w*|przyjad\w*|zawio\w*|zawie\w*|sanem\w*|panem\w*|nodo\w*|atved\w*|aizved\w*|atbrauk\w*|entreg\w*|levant\w*|recolh\w*|busca\w*|buscar|preuz\w*|predat\w*|preda\w*|donije\w*|donese\w*|dostav\w*|pick\w*|collect\w*|deliver\w*|drop\w*|hand\w*|abhol\w*|vyzvednout|prevzat\w*|atsiimt\w*)\b/;

// A contact channel named next to a contact verb ("proszę napisać na maila", "call me by phone").
const channel =
  /\b(?:telefonicz\w*|na (?:maila?|e-?maila?|meila|priv\w*|prywatn\w*|(?:moj|nasz|naš|nas)\w* (?:numer|broj)\w*|numer (?:telefonu|komorki)|telefon\w*|komork\w*|sms\w*|mobitel\w*)|przez (?:telefon|sms|maila?|e-?mail)|mailow\w*|e-?mailem|mailem|smsem|pa telefonu|telefonisk\w*|uz e-?pastu|ar e-?pastu|pa e-?pastu|ar sms|por (?:telefone|e-?mail|sms|telemovel)|telefonicamente|para o (?:meu )?(?:e-?mail|telemovel|numero)|telefonom|putem (?:telefona|maila|e-?maila|sms\w*|poruka)|mailom|sms-om|by (?:phone|e-?mail|text|sms)|over the phone|via (?:e-?mail|sms|phone)|to my (?:e-?mail|number|phone|mobile)|on my (?:phone|mobile|cell))\b/g;
const contactVerb =
  /\b(?:napis\w*|pisz\w*|pisa\w*|zadzwon\w*|dzwon\w*|kontakt\w*|skontakt\w*|wysl\w*|przesl\w*|odezw\w*|poda\w*|rozmaw\w*|rakst\w*|zvan\w*|piezvan\w*|sazin\w*|sut\w*|nosut\w*|liga\w*|ligue\w*|contact\w*|contat\w*|envi\w*|escrev\w*|fala\w*|pis\w*|nazov\w*|nazvat\w*|zov\w*|javi\w*|posalj\w*|salj\w*|razgovar\w*|call\w*|write|email\w*|e-mail\w*|text\w*|reach\w*|send\w*|talk\w*|message\w*|phone\w*|ring\w*)\b/;

/** The off-platform phrases, in the order they are tried (exported for the benchmark's raw-pattern baseline). */
export const offPlatformPatterns: readonly PhrasePattern[] = [
  {
    what: 'A proposal to deal outside the platform',
    re: /\b(?:poza|izvan|arpus|outside(?: of)?|off|fora d[aoe]s?|in afara|valjaspool|au(?:ss|ß)erhalb(?: der| von)?|mimo)\s+(?:(?:the|a|da|de|der|our|nasz\w*|nase\w*)\s+)?(?:platform\w*|plataform\w*|plattform\w*|platvorm\w*|marketplace\w*|portal\w*|helpdesk\w*|serwis\w* (?:platform\w*|allegro)|allegro|emag)|\boff-platform\b|\bplatformon kivul\b|\buz platformos rib\w*/g,
  },
  {
    what: 'A proposal to bypass the platform',
    re: /\b(?:bez (?:posrednictwa |udzialu |uzycia |korzystania z |zglaszania (?:przez |w )?)?(?:platform\w*|portalu|systemu platform\w*|allegro)|omijaj\w* platform\w*|z pominieciem platform\w*|bez platformas(?: starpniecibas)?|apiet\w* platform\w*|sem (?:passar pela |usar a |recurso a |recorrer a )?plataforma|contornando a plataforma|bez platforme|zaobilaz\w* platform\w*|without (?:using |going through |involving )?the (?:platform|marketplace)|bypass\w* the (?:platform|marketplace)|ohne (?:die )?plattform)\b/g,
  },
  {
    what: 'A proposal to settle without the platform’s commission',
    re: /\b(?:bez prowizji|bez komisijas(?: maksas)?|sem comiss(?:ao|oes)|bez provizij\w*|without (?:the )?(?:platform'?s? )?(?:fee|fees|commission)|ohne provision|bez provize|bez provizie)\b/g,
  },
  {
    what: 'A proposal to pay in cash',
    re: /\b(?:gotowk\w*|w gotowce|in cash|cash (?:payment|on pickup|in hand)|pay(?:ing)? cash|skaidra nauda|skaidras naudas|skaidraja nauda|em (?:dinheiro|numerario)|a dinheiro|u gotovini|gotovin\w*|in bar|barzahlung|bar bezahl\w*|v hotovosti|hotove|grynaisiais|in numerar|keszpenz\w*|sularahas)\b/g,
    unless: platformChannel,
  },
  {
    what: 'A request to pay by bank transfer outside the platform',
    re: /\b(?:(?:przelew\w*|przelej\w*|przelac|wplac\w*|wplat\w*)\s+(?:\S+\s+){0,2}?na\s+(?:\S+\s+)?(?:konto|rachunek|rachunku)|(?:numer\w*|dane)\s+(?:do\s+przelewu|konta|rachunku)|prosze o (?:dokonanie )?przelew\w*|(?:parskait\w*|iemaks\w*)\s+(?:\S+\s+){0,2}?uz\s+(?:\S+\s+)?(?:kont\w*|rekin\w*)|bankas parskaitijum\w*|konta numur\w*|(?:bankas|musu|mani) rekvizit\w*|transferencia bancaria|transferencia para a (?:nossa |minha )?conta|(?:numero|dados) da (?:nossa |minha )?conta|mb ?way|(?:uplat\w*|upla\w*)\s+(?:\S+\s+){0,2}?na\s+(?:\S+\s+)?racun\w*|bankovn\w* (?:transfer\w*|doznak\w*|uplat\w*)|broj\w* (?:naseg |mog )?(?:tekuceg |ziro )?racuna|uplatnic\w*|virman\w*|bank transfer\w*|wire (?:transfer|the money)|transfer (?:\S+\s+){0,2}?to (?:our|my) (?:bank )?account|(?:our|my) (?:bank )?account (?:number|details)|bank details|pay(?:ment)? (?:\S+\s+)?(?:to|into) (?:our|my) account|uberweisung\w*|auf unser konto|kontonummer|bankverbindung|bankovnim prevodem|na nas ucet|cislo uctu|pavedimu|saskaitos numer\w*|transfer bancar|contul nostru|atutalas\w*|bankszamla\w*)/g,
    unless: platformOrRefund,
  },
  {
    what: 'A request to talk privately, off the platform',
    re: /\b(?:prywatnie|prywatn\w* (?:wiadomosc\w*|numer\w*|mail\w*|e-?mail\w*|kontakt\w*|czat\w*|komunikator\w*)|na priv\w*|privati|privat\w* (?:zin\w*|sarakst\w*|kontakt\w*)|em privado|por privado|mensage\w* privad\w*|contact\w* privad\w*|privatno|privatn\w* (?:poruk\w*|kontakt\w*|broj\w*|mail\w*)|privately|private (?:message|chat|email|e-mail|number|contact)|dm me|privat (?:schreiben|kontaktieren))\b/g,
  },
  {
    what: 'A proposal to deal directly with the seller, around the platform',
    re: /\b(?:bezposrednio|tiesi|tiesiogiai|diretamente|directamente|izravno|direktno|directly|direkt|primo|priamo|kozvetlenul|otse)\b/g,
    needs: directDealOrSeller,
    unless: platformOrCarrier,
    notBefore: timeAfterDirect,
  },
  {
    what: 'A proposal to hand the goods over in person',
    re: /\b(?:odbior\w* osobist\w*|osobist\w* odbior\w*|osobisc\w*|personig\w*|klatiene|pessoalmente|em maos?|entrega em mao|em pessoa|osobno preuz\w*|preuz\w* osobno|osobni preuzim\w*|na ruke|uzivo|in person|personally|(?:personal|local) (?:pickup|pick-up|collection)|selbstabholung|personlich|osobni odber|osobny odber|asmeniskai|ridicare personala|szemelyes atvetel)\b/g,
    needs: handover,
    unless: carrier,
  },
  {
    what: 'A proposal to meet the buyer',
    re: /\b(?:spotkajmy sie|mozemy sie spotkac|spotkac sie|satiksimies|varam satikties|satiksim\w*|encontrar-nos|encontramo-nos|nos encontrar\w*|nademo se|nadimo se|mozemo se naci|sastanimo se|(?:let's|we can|we could|i can) meet|meet (?:up|in person)|treffen wir uns)\b/g,
    unless: platformChannel,
  },
  {
    what: 'A proposal to continue by phone, e-mail or text message',
    re: channel,
    needs: contactVerb,
    unless: platformOrCarrier,
  },
];

/** Findings of the off-platform rule: one span per proposal found. */
export function checkOffPlatform(text: string, folded: string, _context: GuardContext): GuardFinding[] {
  return findPhrases(text, folded, offPlatformPatterns, 'off-platform', SOURCE);
}
