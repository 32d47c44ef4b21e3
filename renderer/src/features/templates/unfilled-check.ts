import type { Translate } from '../../ui/translate';
import { unfilledPlaceholders } from './placeholders';
import { messages } from './templates.messages';

/**
 * Why a reply may not be sent because of template placeholders still in it (`{buyer}`, `{order}`,
 * `{tracking}`, `{carrier}`, `{date}` as exact tokens), naming them, in the UI language; null when it
 * holds none. The composer's reply check calls it, so a template inserted and sent unfilled never
 * reaches the buyer; the reply guard (shared/reply-guard) warns of the same as `generic`.
 */
export function unfilledPlaceholderProblem(body: string, t: Translate): string | null {
  const names = unfilledPlaceholders(body);
  return names.length === 0 ? null : t(messages.unfilled, { names: names.join(', ') });
}
