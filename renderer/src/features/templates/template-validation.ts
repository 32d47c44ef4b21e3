import type { UiMessage } from '../../ui/i18n';
import type { TextValues } from '../../ui/translate';
import { placeholderNames, unknownPlaceholders } from './placeholders';
import { messages } from './templates.messages';

/** What the editor checks: the fields a seller fills. */
export interface TemplateFields {
  name: string;
  body: string;
}

/** One problem with a template being edited: the field it is about, and its message with values. */
export interface TemplateProblem {
  field: keyof TemplateFields;
  message: UiMessage;
  values?: TextValues;
}

/**
 * The problems that keep a template from being saved: a blank name or body, and brace names that are
 * not placeholders (`{foo}`), which would never be filled and so would reach a buyer as written.
 * Empty when it may be saved.
 */
export function templateProblems(fields: TemplateFields): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (fields.name.trim() === '') problems.push({ field: 'name', message: messages.nameRequired });
  if (fields.body.trim() === '') problems.push({ field: 'body', message: messages.bodyRequired });
  const unknown = unknownPlaceholders(fields.body);
  if (unknown.length > 0) {
    problems.push({
      field: 'body',
      message: messages.unknownPlaceholders,
      values: { names: unknown.join(', '), known: knownPlaceholderList() },
    });
  }
  return problems;
}

/** The placeholders as the seller writes them, for hints: `{buyer}, {order}, …`. */
export function knownPlaceholderList(): string {
  return placeholderNames.map((name) => `{${name}}`).join(', ');
}
