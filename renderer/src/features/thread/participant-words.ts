/** The seller's words for the authors and participants of a thread (the records carry Mirakl's types). */
import { createIntl } from 'react-intl';
import type { ThreadParticipantRecord } from '../../data/records';
import type { UiMessage } from '../../ui/i18n';
import { messages } from './thread.messages';

/** A text function like `useT()`'s. */
export type Translate = (message: UiMessage, values?: Record<string, string | number>) => string;

const knownTypes = new Set(['customer', 'shop', 'operator']);

// Without the UI's text function (a caller not converted yet), the catalogue's English text.
const english = createIntl({ locale: 'en', defaultLocale: 'en', messages: {}, onError: () => undefined });
const englishSender: Translate = (message, values) => english.formatMessage(message, values);

/**
 * The CSS class suffix of a message author: Mirakl types message authors CUSTOMER_USER,
 * SHOP_USER, OPERATOR_USER while participants are CUSTOMER, SHOP, OPERATOR; both map to
 * customer / shop / operator, so `from-customer` etc. work for either.
 */
export function senderClass(fromType: string): string {
  return fromType.replace(/_USER$/, '').toLowerCase() || 'unknown';
}

/**
 * The seller's word for an author or participant type ("Buyer", "You", "Platform" in the UI language
 * through `t`); an unknown type as it is. Without `t` (callers not converted yet) the English word.
 */
export function senderLabel(type: string, t: Translate = englishSender): string {
  const key = senderClass(type);
  return knownTypes.has(key) ? t(messages.sender, { type: key }) : type;
}

/**
 * Each participant's name and role as the header lists them ("Anna K." Buyer, "Elektro-Dom" You);
 * a nameless one is named by its role. Names stay apart from the roles so the view can isolate each.
 */
export function participantLabels(participants: readonly ThreadParticipantRecord[], t: Translate): { name: string; role: string }[] {
  return participants.map((p) => ({ name: p.name || senderLabel(p.type, t), role: senderLabel(p.type, t) }));
}
