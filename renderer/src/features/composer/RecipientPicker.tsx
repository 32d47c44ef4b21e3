import { SafeName } from '../../ui/SafeName';
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
  if (options.mode === 'operator-only') {
    return (
      <p className="recipients">
        To: <strong>the platform's support</strong>
        {options.why === 'takeover' && (
          <span className="muted"> (the platform has taken this thread over, so the buyer cannot be written to from here)</span>
        )}
      </p>
    );
  }
  if (options.mode !== 'customer') return null;
  return (
    <div className="recipients">
      <span>
        To:{' '}
        <strong>
          the buyer
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
        Also send to the platform's support
      </label>
    </div>
  );
}
