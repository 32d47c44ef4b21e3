import type { Translate } from '../../ui/translate';
import { messages } from './settings.messages';

/** The part of a schema issue the form reads: which field, and which check failed. */
export interface FormIssue {
  path: readonly PropertyKey[];
  code: string;
}

/**
 * The first problem of the "Connect a Mirakl shop" form in the seller's language. The input schema
 * (shared/ipc connectShopInputSchema) words its problems in English for the host's logs; the form
 * says them per field, in the UI language.
 */
export function formProblemText(issues: readonly FormIssue[], t: Translate): string {
  const issue = issues[0];
  if (!issue) return t(messages.checkForm);
  switch (issue.path[0]) {
    case 'label':
      return issue.code === 'too_big' ? t(messages.nameTooLong, { max: 80 }) : t(messages.nameMissing);
    case 'baseUrl':
      return t(messages.addressInvalid);
    case 'key':
      return t(issue.code === 'too_big' ? messages.keyTooLong : messages.keyTooShort);
    case 'miraklShopId':
      return t(messages.shopIdInvalid);
    case 'market':
      return t(messages.marketInvalid);
    default:
      return t(messages.checkForm);
  }
}

/**
 * Why the host did not connect the shop, in the seller's language, by the contract's error code
 * (electron/shops/shop-key-check.ts: INVALID_KEY, UNREACHABLE, UNEXPECTED_ANSWER). Any other error is
 * shown as the host said it.
 */
export function connectErrorText(error: { code?: string; message: string }, address: string, t: Translate): string {
  switch (error.code) {
    case 'INVALID_KEY':
      return t(messages.keyRefused);
    case 'UNREACHABLE':
      return t(messages.unreachable, { address });
    case 'UNEXPECTED_ANSWER': {
      const status = /answered (\d{3})/.exec(error.message)?.[1];
      return status ? t(messages.unexpectedAnswer, { status }) : error.message;
    }
    default:
      return error.message;
  }
}
