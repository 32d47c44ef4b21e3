import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TemplateRecord, ThreadRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { fillPlaceholders } from './placeholders';
import { TemplateBrowser } from './TemplateBrowser';
import { TemplateEditor, type EditedTemplate } from './TemplateEditor';
import { orderForThread, templateLanguageOf } from './template-language';
import { useTemplates } from './useTemplates';
import { useThreadValues } from './useThreadValues';
import { messages } from './templates.messages';
import './templates.css';

/**
 * The composer's "Templates" button (in a span of its own, so the composer's layout of its buttons
 * leaves it where it stands) and its modal dialog: the profile's templates, the thread's
 * language first, searched as the seller types, each previewed as filled from this thread; Enter (or
 * Insert) gives `onInsert` the template's text with every placeholder the thread fills filled (the
 * rest stay as tokens for the seller to type over). The same dialog creates, edits, duplicates and
 * deletes templates. A native `<dialog>` opened with showModal(): the console behind is inert, Esc
 * closes it and the focus goes back where it was. Rendered into the document's body, so its forms
 * never sit inside the composer's form; its submit events stop at its own forms.
 */
export function TemplatePicker({
  thread,
  onInsert,
  disabled,
}: {
  thread: ThreadRecord;
  onInsert: (text: string) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<EditedTemplate | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const templates = useTemplates(open);
  const values = useThreadValues(thread, open);
  const language = templateLanguageOf(thread.market);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const close = (): void => dialog.current?.close();
  const insert = (template: TemplateRecord): void => {
    close();
    onInsert(fillPlaceholders(template.body, values));
  };

  return (
    <span className="template-picker">
      <button type="button" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {t(messages.open)}
      </button>
      {createPortal(
        <dialog
          ref={dialog}
          className="modal-dialog template-dialog"
          aria-labelledby={titleId}
          onClose={() => {
            setOpen(false);
            setEditing(null);
            if (returnTo.current?.isConnected) returnTo.current.focus();
            returnTo.current = null;
          }}
        >
          <h2 id={titleId}>{t(editing ? (editing.id ? messages.editTitle : messages.newTemplate) : messages.title)}</h2>
          {open &&
            (editing ? (
              <TemplateEditor
                template={editing}
                onSaved={(record) => {
                  setActiveId(record.id);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <TemplateBrowser
                templates={templates && orderForThread(templates, language)}
                threadLanguage={language}
                values={values}
                activeId={activeId}
                onActive={setActiveId}
                onInsert={insert}
                onEdit={(template) => setEditing(template)}
                onDuplicate={(template) =>
                  setEditing({ name: t(messages.copyName, { name: template.name }), language: template.language, body: template.body })
                }
                onNew={() => setEditing({ name: '', language: language ?? 'en', body: '' })}
                onClose={close}
              />
            ))}
        </dialog>,
        document.body,
      )}
    </span>
  );
}
