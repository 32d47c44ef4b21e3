import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { UiMessage } from './define-messages';

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * The UI's text function: `t(messages.key, { count })` formats a message of the current language
 * (ICU plurals, numbers and dates through Intl in that language). Components never write text literals.
 */
export function useT(): (message: UiMessage, values?: Values) => string {
  const intl = useIntl();
  return useCallback((message: UiMessage, values?: Values) => intl.formatMessage(message, values), [intl]);
}
