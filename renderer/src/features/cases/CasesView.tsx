import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { casesList } from '../../data/cases.queries';
import { useConsoleData } from '../../data/console-data-context';
import { useT } from '../../ui/i18n';
import type { ThreadKey } from '../inbox';
import { PhoneComplaintIntake } from '../phone-complaints';
import { useAssignments } from '../workstation';
import { CaseDetailPane } from './CaseDetail';
import { CaseList } from './CaseList';
import { CasesToolbar, ShopCounts } from './CasesToolbar';
import { filterCases, shopCounts, sortCases } from './case-filters';
import { messages } from './cases.messages';
import { useCasesFilters } from './cases-filters.store';
import './cases.css';

function isTyping(target: HTMLElement): boolean {
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

/**
 * The Cases view (issue 13): every incident, return, complaint thread and phone complaint of the
 * connected shops, with the open ones counted per shop, filters, search and sort, keyboard as the inbox
 * (j/k or arrows, Enter opens), a case's detail beside the list, and the phone complaint intake.
 */
export function CasesView({ now, onOpenThread }: { now: number; onOpenThread(selection: ThreadKey): void }) {
  const t = useT();
  const { db, shops } = useConsoleData();
  const shopKey = shops.map((s) => `${s.id}\n${s.label}\n${s.market}`).join('\n\n');
  // The key stands for the shops' content; the array's identity changes on every render.
  const caseShops = useMemo(() => shops.map((s) => ({ id: s.id, label: s.label, market: s.market })), [shopKey]);
  const items = useLiveQuery(() => casesList(db, caseShops), [db, caseShops]);
  const { filters, sort, query, selected, select } = useCasesFilters();
  const [intake, setIntake] = useState(false);
  const [justTaken, setJustTaken] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const assignments = useAssignments();
  const shown = useMemo(
    () => sortCases(filterCases(items ?? [], filters, query, assignments), sort),
    [items, filters, query, sort, assignments],
  );
  const current = items?.find((i) => i.summary.key === selected);
  useEffect(() => {
    if (!justTaken || !items) return;
    const taken = items.find((i) => i.summary.kind === 'phone-complaint' && i.summary.id === justTaken);
    if (taken) {
      select(taken.summary.key);
      setJustTaken(null);
    }
  }, [justTaken, items, select]);
  useEffect(() => {
    // As in the inbox: "/" anywhere but in a text box goes to the search.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target as HTMLElement)) return;
      e.preventDefault();
      document.getElementById('cases-search')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const open = (key: string) => {
    select(key);
    requestAnimationFrame(() => detailRef.current?.querySelector<HTMLElement>('h2')?.focus());
  };
  const back = () => {
    const key = selected;
    select(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.case-row[data-case-key="${CSS.escape(key ?? '')}"]`)?.focus());
  };
  return (
    <div
      className="cases-view"
      onKeyDown={(e) => {
        // As in the inbox: Escape leaves a case's detail for its row in the list (not from a text box).
        if (e.key === 'Escape' && selected && !isTyping(e.target as HTMLElement) && !e.defaultPrevented) back();
      }}
    >
      <header className="cases-header">
        <h1>{t(messages.title)}</h1>
        <button type="button" className="primary" onClick={() => setIntake(true)} disabled={intake}>
          {t(messages.takePhone)}
        </button>
      </header>
      {intake && (
        <PhoneComplaintIntake
          now={now}
          onDone={(id) => {
            setIntake(false);
            if (id) setJustTaken(id);
          }}
        />
      )}
      {!items ? (
        <p role="status">{t(messages.loading)}</p>
      ) : (
        <>
          <ShopCounts counts={shopCounts(items, caseShops)} />
          <CasesToolbar shops={caseShops} assignable={assignments !== null} />
          <p className="cases-shown" role="status">
            {t(messages.shownCount, { count: shown.length })}
          </p>
          <p className="cases-hint">{t(messages.listHint)}</p>
          <div className={current ? 'cases-body with-detail' : 'cases-body'}>
            <CaseList items={shown} selected={selected} now={now} onOpen={open} />
            <div ref={detailRef} className="cases-detail-pane">
              {current && <CaseDetailPane key={current.summary.key} item={current} now={now} onOpenThread={onOpenThread} onBack={back} />}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
