import { useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { inboxPollChoices } from '../../sync/sync-settings';

function label(ms: number): string {
  return ms < 60_000 ? `${ms / 1000} seconds` : ms === 60_000 ? '1 minute' : `${ms / 60_000} minutes`;
}

/**
 * How often the console looks for new buyer messages while the inbox is on screen. When the
 * window is hidden or the seller idle it looks less often by itself; Mirakl's published call
 * frequencies set the floor.
 */
export function SyncSettings() {
  const { inboxPollMs, setInboxPollMs } = useConsoleData();
  const [value, setValue] = useState(inboxPollMs());
  const choices = inboxPollChoices.includes(value) ? inboxPollChoices : [...inboxPollChoices, value].sort((a, b) => a - b);
  return (
    <section className="settings sync-settings" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">Checking for new messages</h2>
      <label>
        While the inbox is on screen, check every{' '}
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
              {label(ms)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        When the window is hidden or nobody has used it for 10 minutes, the console checks every 5 minutes. Returns, incidents and reasons
        follow the marketplace's recommended frequencies.
      </p>
    </section>
  );
}
