import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import type { TemplateLanguage, TemplateRecord } from '../../data/records';
import { saveTemplate } from '../../data/templates.queries';
import { useT } from '../../ui/i18n';
import { knownPlaceholderList, templateProblems, type TemplateProblem } from './template-validation';
import { templateLanguages } from './template-language';
import { messages } from './templates.messages';

/** A template as the editor opens it: a stored one (with its id), or a new one (a blank or a duplicate). */
export type EditedTemplate = Omit<TemplateRecord, 'id' | 'updatedAt'> & { id?: string };

/**
 * The template editor inside the picker's dialog: name, language and text with its placeholders.
 * Saving checks the template (templateProblems: name and text required, no unknown `{names}`), then
 * stores it in the profile's database and calls `onSaved`; what is wrong is said beside the form and
 * the cursor goes to the first field to fix.
 */
export function TemplateEditor({
  template,
  onSaved,
  onCancel,
}: {
  template: EditedTemplate;
  onSaved(record: TemplateRecord): void;
  onCancel(): void;
}) {
  const t = useT();
  const { db, now } = useConsoleData();
  const ids = { name: useId(), language: useId(), body: useId(), hint: useId(), problems: useId() };
  const [name, setName] = useState(template.name);
  const [language, setLanguage] = useState<TemplateLanguage>(template.language);
  const [body, setBody] = useState(template.body);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const bodyField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => nameField.current?.focus(), []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    // The dialog sits in the composer's React tree: its submit must not reach the composer's form.
    event.stopPropagation();
    const found = templateProblems({ name, body });
    setProblems(found);
    setFailure(null);
    if (found.length > 0) {
      (found[0]?.field === 'name' ? nameField : bodyField).current?.focus();
      return;
    }
    setSaving(true);
    try {
      const { id, ...fields } = template;
      const record = await saveTemplate(db, { ...fields, id: id ?? crypto.randomUUID(), name: name.trim(), language, body }, now());
      onSaved(record);
    } catch (error) {
      setFailure(t(messages.notSaved, { error: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const invalid = (field: 'name' | 'body'): boolean => problems.some((p) => p.field === field);
  const describedBy = (field: 'name' | 'body', more = ''): string | undefined =>
    `${invalid(field) ? ids.problems : ''} ${more}`.trim() || undefined;
  return (
    <form className="template-editor" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={ids.name}>{t(messages.name)}</label>
      <input
        id={ids.name}
        ref={nameField}
        type="text"
        value={name}
        maxLength={200}
        aria-invalid={invalid('name')}
        aria-describedby={describedBy('name')}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={ids.language}>{t(messages.templateLanguage)}</label>
      <select id={ids.language} value={language} onChange={(event) => setLanguage(event.target.value as TemplateLanguage)}>
        {templateLanguages.map((code) => (
          <option key={code} value={code}>
            {t(messages.language, { language: code })}
          </option>
        ))}
      </select>
      <label htmlFor={ids.body}>{t(messages.body)}</label>
      <textarea
        id={ids.body}
        ref={bodyField}
        rows={9}
        value={body}
        lang={language}
        aria-invalid={invalid('body')}
        aria-describedby={describedBy('body', ids.hint)}
        onChange={(event) => setBody(event.target.value)}
      />
      <p id={ids.hint} className="muted small">
        {t(messages.placeholdersHint, { names: knownPlaceholderList() })}
      </p>
      {(problems.length > 0 || failure) && (
        <ul id={ids.problems} className="template-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem.message.id}>{t(problem.message, problem.values)}</li>
          ))}
          {failure && <li>{failure}</li>}
        </ul>
      )}
      <div className="template-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t(messages.save)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(messages.cancel)}
        </button>
      </div>
    </form>
  );
}
