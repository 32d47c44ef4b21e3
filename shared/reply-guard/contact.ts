import { emailFindings, findEmails } from './rules/email';
import { findAccounts, ibanFindings } from './rules/iban';
import { findMessengers, messengerFindings } from './rules/messenger';
import { findPhones, phoneFindings } from './rules/phone';
import { dedupe } from './rules/text';
import { findLinks, urlFindings } from './rules/url';
import type { GuardFinding, RuleCheck } from './types';

/**
 * All five contact rules in one pass, because they explain each other's text: the digits of an
 * IBAN, an e-mail address or a link are not a phone number, the domain of an e-mail address is not
 * a link, an "@" inside an address is not a handle. Order: e-mail, links, bank accounts, phones,
 * messengers. A link to a messenger ("wa.me/…", "facebook.com/…") is both a link and a messenger.
 * Findings are offsets into `text` as typed (no rule rewrites the text), one per rule and stretch.
 */
export const checkContactData: RuleCheck = (text, context): GuardFinding[] => {
  const emails = findEmails(text);
  const links = findLinks(text, emails);
  const accounts = findAccounts(text).filter((a) => !emails.concat(links).some((s) => s.start < a.end && a.start < s.end));
  const phones = findPhones(text, context.market, [...emails, ...links, ...accounts]);
  const messengers = findMessengers(text, [...emails, ...links]);
  return dedupe([
    ...emailFindings(text, emails),
    ...urlFindings(links),
    ...ibanFindings(accounts),
    ...phoneFindings(phones),
    ...messengerFindings(messengers),
  ]);
};

/** The contact-data rules: e-mail addresses, phone numbers, links, IBANs and bank accounts, messengers. */
export const contactChecks: RuleCheck[] = [checkContactData];
