import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { acceptedCategories } from '../../../../shared/complaint-files';
import { useT } from '../../ui/i18n';
import { messages as gridMessages } from './complaint-grid.messages';
import { messages as reasonMessages } from './complaint-reasons.messages';

/** What a cell editor edits, the row it is on (numbered from 1), and where its value goes. */
export interface CellEditorProps {
  kind: 'reason' | 'receivedOn';
  row: number;
  value: string;
  onCommit(value: string): void;
  onCancel(): void;
}

/**
 * The editor of one grid cell: the receipt date as text, or the reason as free text with a select of
 * the accepted reasons in the UI language (picking one writes its label, which classifyReason reads).
 * Enter saves (except on the select, where it picks), Esc cancels; keys never reach the grid meanwhile.
 */
export function CellEditor({ kind, row, value, onCommit, onCancel }: CellEditorProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    event.stopPropagation();
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && target.tagName === 'INPUT') {
      event.preventDefault();
      onCommit(text.trim());
    }
  };
  return (
    <div className="cf-editor" onKeyDown={onKeyDown}>
      {kind === 'reason' && (
        <select
          aria-label={t(gridMessages.pickReason, { row })}
          value=""
          onChange={(event) => {
            setText(event.target.value);
            input.current?.focus();
          }}
        >
          <option value="">{t(gridMessages.pickPrompt)}</option>
          {acceptedCategories.map((category) => (
            <option key={category} value={t(reasonMessages[category])}>
              {t(reasonMessages[category])}
            </option>
          ))}
        </select>
      )}
      <input
        ref={input}
        type="text"
        aria-label={kind === 'reason' ? t(gridMessages.editReason, { row }) : t(gridMessages.editReceivedOn, { row })}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="button" onClick={() => onCommit(text.trim())}>
        {t(gridMessages.save)}
      </button>
      <button type="button" onClick={onCancel}>
        {t(gridMessages.cancel)}
      </button>
    </div>
  );
}
