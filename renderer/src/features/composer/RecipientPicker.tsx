import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { messages } from './composer.messages';
import type { ReplyOptions } from './reply-options';

interface Props {
  options: ReplyOptions;
  /** The buyer's name, when known. */
  customerName: string;
  includeOperator: boolean;
  onIncludeOperator: (include: boolean) => void;
  disabled?: boolean;
}

/**
 * Who receives the reply: the buyer, with the option to include the platform's support; only the
 * platform once it has taken the thread over (and why). Used by the composer and by "edit and
 * retry" of a refused reply, so both offer the same choice.
 */
export function RecipientPicker({ options, customerName, includeOperator, onIncludeOperator, disabled }: Props) {
  const t = useT();
  if (options.mode === 'operator-only') {
    return (
      <p className="recipients">
        {t(messages.to)} <strong>{t(messages.platformSupport)}</strong>
        {options.why === 'takeover' && <span className="muted">{t(messages.takenOver)}</span>}
      </p>
    );
  }
  if (options.mode !== 'customer') return null;
  return (
    <div className="recipients">
      <span>
        {t(messages.to)}{' '}
        <strong>
          {t(messages.buyer)}
          {customerName && (
            <>
              {' ('}
              <SafeName text={customerName} />)
            </>
          )}
        </strong>
      </span>
      <label>
        <input
          type="checkbox"
          checked={includeOperator}
          disabled={disabled}
          onChange={(event) => onIncludeOperator(event.target.checked)}
        />{' '}
        {t(messages.includeOperator)}
      </label>
    </div>
  );
}
