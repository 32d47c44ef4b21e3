// Contact data in a reply is also a proposal to continue off the platform when the seller offers it as a
// channel ("write to me at …", "pišite mi tamo", "escreva-me por lá"), and an account number given for
// a payment is a payment outside the platform (DOMAIN.md rule 2). Derived from the contact rules'
// findings, so the wording rules never parse addresses or numbers themselves.
import type { GuardFinding } from '../types';
import { foldWording } from '../wording-text';

const SOURCE = 'DOMAIN.md rule 2';

// Verbs and nouns that offer a channel, folded (lower case, no diacritics), as word starts, in the market
// languages and English: write, call, contact, message, reach.
const channelOffer =
  /\b(?:pisz|pisac|napisz|napisac|zadzwon|dzwon|kontakt|rakst|zvan|sazin|escrev|escreva|ligue|ligar|contact|contat|pisi|pisite|javi|nazov|kontaktir|write|call|text me|message me|reach|irj|hivj|schreib|rufen|volej|napiste|kontaktuj)[a-z]*/;

/**
 * Off-platform findings derived from contact findings: one on each account number, and one on the word
 * that offers a channel (e.g. "napisać") when the reply gives an e-mail address, phone number or messenger.
 * Offsets hold because foldWording keeps the text's length.
 */
export function offPlatformFromContact(text: string, contact: readonly GuardFinding[]): GuardFinding[] {
  const out: GuardFinding[] = [];
  for (const f of contact) {
    if (f.rule !== 'iban') continue;
    out.push({
      rule: 'off-platform',
      severity: 'block',
      start: f.start,
      end: f.end,
      message: `An account number for a payment outside the platform: buyers pay only through the platform (${SOURCE}).`,
    });
  }
  if (contact.some((f) => f.rule === 'email' || f.rule === 'phone' || f.rule === 'messenger')) {
    const offer = channelOffer.exec(foldWording(text));
    if (offer) {
      out.push({
        rule: 'off-platform',
        severity: 'block',
        start: offer.index,
        end: offer.index + offer[0].length,
        message: `Contact offered outside the platform ("${text.slice(offer.index, offer.index + offer[0].length)}"): buyers may be contacted only through the platform (${SOURCE}).`,
      });
    }
  }
  return out;
}
