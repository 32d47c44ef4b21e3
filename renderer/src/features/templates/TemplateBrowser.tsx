import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import type { TemplateLanguage, TemplateRecord } from '../../data/records';
import { deleteTemplate } from '../../data/templates.queries';
import { useT } from '../../ui/i18n';
import { fillPlaceholders, placeholderSpans, unfilledPlaceholders, type PlaceholderValues } from './placeholders';
import { searchTemplates } from './template-language';
import { messages } from './templates.messages';

interface Props {
  /** The templates in the order to list them (undefined while read). */
  templates: readonly TemplateRecord[] | undefined;
  threadLanguage: TemplateLanguage | null;
  values: PlaceholderValues;
  activeId: string | null;
  onActive(id: string): void;
  onInsert(template: TemplateRecord): void;
  onEdit(template: TemplateRecord): void;
  onDuplicate(template: TemplateRecord): void;
  onNew(): void;
  onClose(): void;
}

/**
 * The picker's list: a search field that keeps the focus (a combobox: ↑/↓ move the active template,
 * Enter inserts it), the templates found, the active one's preview as filled from the thread with
 * what is left to fill marked, and the actions on it (insert, edit, duplicate, delete after a
 * confirmation, new).
 */
export function TemplateBrowser({
  templates,
  threadLanguage,
  values,
  activeId,
  onActive,
  onInsert,
  onEdit,
  onDuplicate,
  onNew,
  onClose,
}: Props) {
  const t = useT();
  const { db } = useConsoleData();
  const ids = { list: useId(), hint: useId(), preview: useId() };
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const found = templates ? searchTemplates(templates, query) : [];
  const index = Math.max(
    0,
    found.findIndex((template) => template.id === activeId),
  );
  const active = found[index];
  const optionId = (i: number): string => `${ids.list}-${i}`;

  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    if (active) document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  });

  const move = (to: number): void => {
    const next = found[Math.max(0, Math.min(found.length - 1, to))];
    if (next) onActive(next.id);
    setConfirming(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + 5, PageUp: index - 5 };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key] ?? index);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) onInsert(active);
    }
  };

  const preview = active ? fillPlaceholders(active.body, values) : '';
  const toFill = unfilledPlaceholders(preview);
  return (
    <div className="template-browser">
      <p id={ids.hint} className="muted small">
        {t(messages.keyboardHint)}
      </p>
      <input
        ref={search}
        data-autofocus
        type="text"
        role="combobox"
        aria-label={t(messages.search)}
        aria-expanded={found.length > 0}
        aria-controls={ids.list}
        aria-activedescendant={active ? optionId(index) : undefined}
        aria-describedby={ids.hint}
        aria-autocomplete="list"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setConfirming(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="template-panes">
        <ul id={ids.list} role="listbox" aria-label={t(messages.list)} className="template-list">
          {found.map((template, i) => (
            <li
              key={template.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === index}
              className={i === index ? 'active' : undefined}
              onClick={() => onActive(template.id)}
              onDoubleClick={() => onInsert(template)}
            >
              <span className="template-name">{template.name}</span>{' '}
              <span className="template-language muted small">
                {t(messages.language, { language: template.language })}
                {template.language === threadLanguage && ` · ${t(messages.threadLanguage)}`}
              </span>
            </li>
          ))}
        </ul>
        <section className="template-preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview}>{t(messages.preview)}</h3>
          {templates === undefined && <p className="muted">{t(messages.loading)}</p>}
          {templates?.length === 0 && <p className="muted">{t(messages.noneYet)}</p>}
          {templates && templates.length > 0 && !active && <p className="muted">{t(messages.noneFound, { query })}</p>}
          {active && (
            <>
              <p className="template-text" lang={active.language}>
                <MarkedPlaceholders text={preview} />
              </p>
              <p className="muted small" aria-live="polite">
                {toFill.length > 0 ? t(messages.toFill, { names: toFill.join(', ') }) : t(messages.allFilled)}
              </p>
            </>
          )}
        </section>
      </div>
      {confirming && active ? (
        <div className="confirm" role="alertdialog" aria-label={t(messages.deleteQuestion, { name: active.name })}>
          <p>{t(messages.deleteQuestion, { name: active.name })}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void deleteTemplate(db, active.id).then(() => search.current?.focus());
            }}
          >
            {t(messages.confirmDelete)}
          </button>
          <button
            type="button"
            autoFocus
            onClick={() => {
              setConfirming(false);
              search.current?.focus();
            }}
          >
            {t(messages.cancel)}
          </button>
        </div>
      ) : (
        <div className="template-actions">
          <button type="button" className="primary" disabled={!active} onClick={() => active && onInsert(active)}>
            {t(messages.insert)}
          </button>
          <button type="button" disabled={!active} onClick={() => active && onEdit(active)}>
            {t(messages.edit)}
          </button>
          <button type="button" disabled={!active} onClick={() => active && onDuplicate(active)}>
            {t(messages.duplicate)}
          </button>
          <button type="button" disabled={!active} onClick={() => setConfirming(true)}>
            {t(messages.delete)}
          </button>
          <button type="button" onClick={onNew}>
            {t(messages.newTemplate)}
          </button>
          <button type="button" onClick={onClose}>
            {t(messages.close)}
          </button>
        </div>
      )}
    </div>
  );
}

/** The text with each placeholder still in it marked, so the seller sees what is left to fill. */
function MarkedPlaceholders({ text }: { text: string }) {
  const parts: (string | { token: string; at: number })[] = [];
  let from = 0;
  for (const span of placeholderSpans(text)) {
    parts.push(text.slice(from, span.start), { token: text.slice(span.start, span.end), at: span.start });
    from = span.end;
  }
  parts.push(text.slice(from));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark key={`${part.at}-${i}`} className="template-unfilled">
            {part.token}
          </mark>
        ),
      )}
    </>
  );
}
