import { useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { inboxPollChoices } from '../../sync/sync-settings';
import { useT } from '../../ui/i18n';
import type { Translate } from '../../ui/translate';
import { messages } from './settings.messages';

function label(ms: number, t: Translate): string {
  return ms < 60_000 ? t(messages.seconds, { count: ms / 1000 }) : t(messages.minutes, { count: ms / 60_000 });
}

/**
 * How often the console looks for new buyer messages while the inbox is on screen. When the
 * window is hidden or the seller idle it looks less often by itself; Mirakl's published call
 * frequencies set the floor.
 */
export function SyncSettings() {
  const { inboxPollMs, setInboxPollMs } = useConsoleData();
  const [value, setValue] = useState(inboxPollMs());
  const t = useT();
  const choices = inboxPollChoices.includes(value) ? inboxPollChoices : [...inboxPollChoices, value].sort((a, b) => a - b);
  return (
    <section className="settings sync-settings" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">{t(messages.pollTitle)}</h2>
      <label>
        {t(messages.pollLabel)}{' '}
        <select
          value={value}
          onChange={(event) => {
            const ms = Number(event.target.value);
            setValue(ms);
            setInboxPollMs(ms);
          }}
        >
          {choices.map((ms) => (
            <option key={ms} value={ms}>
              {label(ms, t)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t(messages.pollNote)}</p>
    </section>
  );
}
