import type { GuardFinding } from '../../../../shared/reply-guard';
import type { UnansweredTick } from '../../data/records';
import { useT } from '../../ui/i18n';
import { isWholeReply } from '../../sync/outbox/reply-guard.gate';
import type { QuestionTicks } from './guard-decision';
import { findingWords } from './guard-text';
import { messages } from './guard.messages';

interface Props {
  findings: readonly GuardFinding[];
  /** The text the findings are about (to quote each flagged stretch). */
  text: string;
  market: string;
  ticks: QuestionTicks;
  onTick: (question: string, tick: UnansweredTick) => void;
  /** The seller picked a finding: select its stretch in the reply box. */
  onPick: (index: number) => void;
  id?: string;
}

const tickOptions: { value: UnansweredTick; label: typeof messages.answeredElsewhere }[] = [
  { value: 'answered-elsewhere', label: messages.answeredElsewhere },
  { value: 'not-needed', label: messages.notNeeded },
];

/**
 * The guard's findings under the reply box: each with its rule, severity, why (in the UI language)
 * and source; a finding about a stretch of the reply is a button that selects that stretch. The
 * unanswered questions come as a list to tick off ("answered elsewhere", "not needed").
 */
export function GuardFindings({ findings, text, market, ticks, onTick, onPick, id }: Props) {
  const t = useT();
  if (findings.length === 0) return null;
  const questions = findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.rule === 'unanswered');
  const questionWords = questions[0] ? findingWords(questions[0].finding, t, market) : null;
  return (
    <div className="guard-findings" id={id}>
      <ul aria-label={t(messages.findingsLabel)}>
        {findings.map((finding, index) => {
          if (finding.rule === 'unanswered') return null;
          const words = findingWords(finding, t, market);
          const quoted = isWholeReply(finding) ? t(messages.wholeReply) : text.slice(finding.start, finding.end);
          return (
            <li
              key={`${finding.rule}-${finding.start}-${finding.end}-${index}`}
              className={`guard-finding ${finding.severity}`}
              data-rule={finding.rule}
            >
              <span className={`badge severity ${finding.severity}`}>{words.severity}</span>{' '}
              {isWholeReply(finding) ? (
                <strong>{words.name}</strong>
              ) : (
                <button type="button" className="link-button" title={t(messages.showInReply)} onClick={() => onPick(index)}>
                  <strong>{words.name}</strong>: <q>{quoted}</q>
                </button>
              )}
              <p className="small">{words.why}</p>
              <p className="small muted">{words.source}</p>
            </li>
          );
        })}
      </ul>
      {questions.length > 0 && (
        <fieldset className="guard-questions">
          <legend>{t(messages.questionsLegend)}</legend>
          <p className="small">
            <span className="badge severity warn">{questionWords?.severity}</span> {questionWords?.why}
          </p>
          <p className="small muted">{questionWords?.source}</p>
          {questions.map(({ finding, index }) => (
            <div
              key={`${finding.message}-${index}`}
              role="radiogroup"
              aria-label={finding.message}
              className="guard-question"
              data-rule="unanswered"
            >
              <q lang="en">{finding.message}</q>
              {tickOptions.map((option) => (
                <label key={option.value}>
                  <input
                    type="radio"
                    name={`question-${index}`}
                    checked={ticks[finding.message] === option.value}
                    onChange={() => onTick(finding.message, option.value)}
                  />{' '}
                  {t(option.label)}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
