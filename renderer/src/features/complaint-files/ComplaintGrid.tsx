import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ComplaintField, RowCheck } from '../../../../shared/complaint-files';
import type { ComplaintRowRecord } from '../../data/records';
import { useT, type UiMessage } from '../../ui/i18n';
import { CellEditor } from './CellEditor';
import type { ColumnMap } from './complaint-file-model';
import { messages } from './complaint-grid.messages';
import { messages as filingMessages } from './complaint-filing.messages';
import { moveCell, type GridCell } from './grid-keys';
import { useProblemText } from './useProblemText';

type GridColumn =
  { key: 'row' | 'problems' | 'decision'; label: UiMessage } | { key: ComplaintField; label: UiMessage; editable?: boolean };

const gridColumns: readonly GridColumn[] = [
  { key: 'row', label: messages.colRow },
  { key: 'recordId', label: messages.colRecordId },
  { key: 'name', label: messages.colName },
  { key: 'phone', label: messages.colPhone },
  { key: 'email', label: messages.colEmail },
  { key: 'receivedOn', label: messages.colReceivedOn, editable: true },
  { key: 'reason', label: messages.colReason, editable: true },
  { key: 'problems', label: messages.colProblems },
  { key: 'decision', label: messages.colDecision },
];
const ROW_ESTIMATE = 40;
const PAGE_ROWS = 10;

/** The grid's input: the file's rows and checks, which of them are shown (indexes), and how a fix is stored. */
export interface ComplaintGridProps {
  label: string;
  /** The id of the text that explains the keys. */
  describedBy: string;
  rows: readonly ComplaintRowRecord[];
  checks: readonly RowCheck[];
  shown: readonly number[];
  columns: ColumnMap;
  onEdit(row: number, cells: Record<string, string>): void;
}

/**
 * A complaint file's rows as an ARIA grid, virtualized (only the rows in view are in the DOM, so 50,000
 * rows stay quick): one cell is tabbable at a time, arrows/Home/End/PageUp/PageDown move, Enter edits
 * the receipt date or the reason (CellEditor), Esc cancels. Row numbers are the file's, from 1.
 */
export function ComplaintGrid({ label, describedBy, rows, checks, shown, columns, onEdit }: ComplaintGridProps) {
  const t = useT();
  const problemText = useProblemText();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 1 });
  const [editing, setEditing] = useState(false);
  const [focusWanted, setFocusWanted] = useState(false);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const at = { row: Math.min(active.row, Math.max(0, shown.length - 1)), col: active.col };

  useEffect(() => {
    if (!focusWanted || editing) return;
    virtualizer.scrollToIndex(at.row);
    const frame = requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-cell="${at.row}-${at.col}"]`)?.focus();
      setFocusWanted(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusWanted, editing, at.row, at.col, virtualizer]);

  const cellText = (record: ComplaintRowRecord, key: GridColumn['key']): string => {
    if (key === 'row') return String(record.row + 1);
    if (key === 'decision') return record.decision ? t(filingMessages[record.decision]) : '';
    if (key === 'problems') {
      const problems = checks[record.row]?.problems ?? [];
      return problems.length === 0 ? t(messages.rowValid) : problems.map(problemText).join(' ');
    }
    const column = columns[key];
    return column === undefined ? '' : (record.cells[column] ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (editing) return;
    const column = gridColumns[at.col];
    if (event.key === 'Enter' && column && 'editable' in column && column.editable) {
      event.preventDefault();
      setEditing(true);
      return;
    }
    const next = moveCell(at, event.key, event.ctrlKey || event.metaKey, { rows: shown.length, cols: gridColumns.length, page: PAGE_ROWS });
    if (!next) return;
    event.preventDefault();
    setActive(next);
    setFocusWanted(true);
  };

  const finishEdit = (): void => {
    setEditing(false);
    setFocusWanted(true);
  };

  return (
    <div className="cf-grid-frame">
      <div
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-rowcount={shown.length + 1}
        aria-colcount={gridColumns.length}
        className="cf-grid"
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="cf-grid-head">
          <div role="row" aria-rowindex={1} className="cf-grid-row">
            {gridColumns.map((column, col) => (
              <div role="columnheader" key={column.key} aria-colindex={col + 1} className={`cf-cell cf-col-${column.key}`}>
                {t(column.label)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" ref={scroller} className="cf-grid-body">
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const record = rows[shown[item.index] ?? -1];
              if (!record) return null;
              const flagged = (checks[record.row]?.problems.length ?? 0) > 0;
              return (
                <div
                  role="row"
                  key={record.row}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  className={`cf-grid-row${flagged ? ' flagged' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                >
                  {gridColumns.map((column, col) => {
                    const isActive = item.index === at.row && col === at.col;
                    const editable = 'editable' in column && column.editable === true;
                    const columnName = editable ? columns[column.key as ComplaintField] : undefined;
                    return (
                      <div
                        role={col === 0 ? 'rowheader' : 'gridcell'}
                        key={column.key}
                        aria-colindex={col + 1}
                        aria-readonly={editable ? undefined : true}
                        data-cell={`${item.index}-${col}`}
                        tabIndex={isActive && !editing ? 0 : -1}
                        className={`cf-cell cf-col-${column.key}`}
                        onClick={() => setActive({ row: item.index, col })}
                        onDoubleClick={() => {
                          setActive({ row: item.index, col });
                          if (editable) setEditing(true);
                        }}
                      >
                        {isActive && editing && columnName !== undefined ? (
                          <CellEditor
                            kind={column.key === 'reason' ? 'reason' : 'receivedOn'}
                            row={record.row + 1}
                            value={record.cells[columnName] ?? ''}
                            onCommit={(value) => {
                              onEdit(record.row, { ...record.cells, [columnName]: value });
                              finishEdit();
                            }}
                            onCancel={finishEdit}
                          />
                        ) : (
                          cellText(record, column.key)
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
