import { useIntl } from 'react-intl';
import { useDeadlineView } from './CountdownClock';
import type { DeadlineInput } from './deadline-model';
import { deadlineText } from './deadline-text';
import './countdown.css';

/** What a thread's deadline cell needs: the cached thread's derived deadline fields, and where it is shown. */
export interface DueCountdownProps extends DeadlineInput {
  /** `row`: compact, for the inbox list; `header`: the thread header, with the due instant in full. */
  variant: 'row' | 'header';
}

/**
 * A thread's deadline: the working time left, overdue by how much (working time, as the model counts it), or
 * the clock stopped, why and until when; a thread not waiting shows its last activity, a waiting one without
 * a deadline says why. A waiting thread's cell is a `timer` with the state spelled out as its name, its state
 * in `data-state`, its market in `data-market`, the due instant in `data-due-at` and a `<time datetime>` (market time with its zone, and
 * the seller's own where it differs). It re-renders at the model's next change, and each minute only while
 * the clock runs, through the one scheduler of CountdownClockProvider.
 */
export function DueCountdown(props: DueCountdownProps) {
  const intl = useIntl();
  const { view, nowMs, sellerTimeZone } = useDeadlineView(props);
  const text = deadlineText(intl, view, props.variant, nowMs, sellerTimeZone);
  if (view.kind === 'activity') {
    return (
      <span className={`due-countdown ${props.variant} state-activity`} title={text.title}>
        <time dateTime={view.at}>{text.main}</time>
      </span>
    );
  }
  const state = view.kind === 'countdown' ? view.state : view.kind;
  return (
    <span
      role="timer"
      aria-label={text.label}
      title={text.title}
      className={`due-countdown ${props.variant} state-${state}`}
      data-state={state}
      data-due-at={text.instant}
      data-market={props.market}
    >
      <span className="countdown-main">{text.main}</span>
      {text.instant && (
        <>
          {' '}
          <time className="countdown-due" dateTime={text.instant}>
            {text.instantText}
          </time>
        </>
      )}
    </span>
  );
}
