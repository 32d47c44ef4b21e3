import { mainText, type MainLanguage } from '../desktop/main-texts';
import { checkExternalUrl } from './external-url-policy';

/** What happened to a request to open an address outside the console. */
export type ExternalOpenOutcome = 'opened' | 'refused' | 'declined' | 'failed';

export interface ExternalOpenerDeps {
  /** Asks the seller whether to open `url` (a main-process dialog); resolves true only on an explicit yes. */
  confirm(url: string): Promise<boolean>;
  /** Electron's `shell.openExternal`. */
  openExternal(url: string): Promise<void>;
  log(message: string, error?: unknown): void;
}

/**
 * Opens an address in the system browser only when it passes the external-URL policy (https that
 * parses, no credentials) and the seller confirms; the confirmation shows the normalised address.
 * Never throws: a refused, declined or failed open is answered as such (and a failure logged
 * without the address, which may carry a buyer's data in its query).
 */
export function createExternalOpener(deps: ExternalOpenerDeps): (raw: unknown) => Promise<ExternalOpenOutcome> {
  return async (raw) => {
    const verdict = checkExternalUrl(raw);
    if (!verdict.ok) return 'refused';
    try {
      if (!(await deps.confirm(verdict.url))) return 'declined';
      await deps.openExternal(verdict.url);
      return 'opened';
    } catch (error) {
      deps.log('An address could not be opened in the browser', error instanceof Error ? error.name : undefined);
      return 'failed';
    }
  };
}

/**
 * The dialog options the confirmation shows (Electron's `dialog.showMessageBox`), Cancel by default,
 * in the open profile's `language` (main-texts.ts).
 */
export function confirmOpenDialogOptions(url: string, language: MainLanguage = 'en') {
  return {
    type: 'question' as const,
    buttons: [mainText('openExternalOpen', language), mainText('cancel', language)],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: mainText('openExternalTitle', language),
    message: mainText('openExternalMessage', language),
    detail: url,
  };
}
