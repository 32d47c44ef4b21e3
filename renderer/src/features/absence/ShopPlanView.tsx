import { useIntl } from 'react-intl';
import { ABSENCE_RULE, type ShopAbsencePlan } from '../../../../shared/absence';
import { useT } from '../../ui/i18n';
import { messages } from './absence.messages';
import { useDayFormat } from './useAbsences';

/** The rule a late or required notice follows, with its source. */
export function AbsenceRule() {
  const t = useT();
  return (
    <p className="absence-rule muted">
      {t(messages.rule, { threshold: ABSENCE_RULE.thresholdWorkingDays, lead: ABSENCE_RULE.leadCalendarDays, source: ABSENCE_RULE.source })}
    </p>
  );
}

/**
 * One shop's plan as the dates stand: its working days in its market's calendar, the weekend days
 * and the named holidays that were not counted, and whether a notice is required, by when, and
 * whether it is still in time (late: the date missed and the rule).
 */
export function ShopPlanView({ plan, shopName }: { plan: ShopAbsencePlan; shopName: string }) {
  const t = useT();
  const intl = useIntl();
  const day = useDayFormat();
  const problem =
    plan.error === 'END_BEFORE_START' ? messages.endBeforeStart : plan.error === 'OUT_OF_RANGE' ? messages.outOfRange : messages.badDate;
  return (
    <li className={`absence-shop-plan ${plan.status}`} data-shop={plan.shopId}>
      <h4>
        {shopName} <span className="badge market">{plan.market}</span>
      </h4>
      {plan.status === 'invalid' ? (
        <p className="error">{t(problem)}</p>
      ) : (
        <>
          <p>
            {t(messages.workingDays, { count: plan.workingDays, market: plan.market })}
            {plan.weekendDays > 0 && <> · {t(messages.weekendDays, { count: plan.weekendDays })}</>}
          </p>
          {plan.holidays.length > 0 && (
            <p className="absence-holidays">
              {t(messages.holidays, {
                list: intl.formatList(
                  plan.holidays.map((h) => t(messages.holiday, { local: h.localName, english: h.englishName, date: day(h.date) })),
                  { type: 'conjunction' },
                ),
              })}
            </p>
          )}
          {plan.status === 'not-required' && <p>{t(messages.notRequired, { threshold: ABSENCE_RULE.thresholdWorkingDays })}</p>}
          {plan.status === 'on-time' && <p className="absence-on-time">{t(messages.onTime, { fileBy: day(plan.fileBy ?? '') })}</p>}
          {plan.status === 'late' && (
            <>
              <p className="error absence-late">{t(messages.late, { fileBy: day(plan.fileBy ?? '') })}</p>
              <AbsenceRule />
            </>
          )}
        </>
      )}
    </li>
  );
}
