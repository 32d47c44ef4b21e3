import { useEffect, useId, useRef } from 'react';
import type { GuardFinding } from '../../../../shared/reply-guard';
import { useT } from '../../ui/i18n';
import { ruleNames } from './guard-text';
import { messages } from './guard.messages';

interface Props {
  warnings: readonly GuardFinding[];
  reason: string;
  onReason: (reason: string) => void;
  reasonMissing: boolean;
  onSendAnyway: () => void;
  onCancel: () => void;
  disabled?: boolean;
}

/**
 * Asked when Send is pressed while warnings stand: send anyway, with a reason (required), which is
 * kept with the reply for the audit. Inline, inside the composer's form, so the seller keeps the
 * reply in view; the reason box takes the focus when it opens.
 */
export function OverrideForm({ warnings, reason, onReason, reasonMissing, onSendAnyway, onCancel, disabled }: Props) {
  const t = useT();
  const ids = { reason: useId(), help: useId(), missing: useId(), legend: useId() };
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="guard-override" role="group" aria-labelledby={ids.legend}>
      <p id={ids.legend}>
        <strong>{t(messages.overrideLegend)}</strong> {ruleNames(warnings, t)}
      </p>
      <p id={ids.help} className="small muted">
        {t(messages.overrideHelp)}
      </p>
      <label htmlFor={ids.reason}>{t(messages.reasonLabel)}</label>
      <textarea
        id={ids.reason}
        ref={box}
        rows={2}
        required
        value={reason}
        disabled={disabled}
        aria-invalid={reasonMissing}
        aria-describedby={`${ids.help}${reasonMissing ? ` ${ids.missing}` : ''}`}
        onChange={(event) => onReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSendAnyway();
          }
        }}
      />
      {reasonMissing && (
        <p id={ids.missing} className="composer-problem" role="alert">
          {t(messages.reasonRequired)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={disabled} onClick={onSendAnyway}>
          {t(messages.sendAnyway)}
        </button>
        <button type="button" disabled={disabled} onClick={onCancel}>
          {t(messages.backToReply)}
        </button>
      </div>
    </div>
  );
}
