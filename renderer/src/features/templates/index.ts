/**
 * Reply templates: canned replies per market language with placeholders (`{buyer}`, `{order}`,
 * `{tracking}`, `{carrier}`, `{date}`) filled from the thread, kept per profile with a starter set in
 * the five languages. The composer shows the picker, inserts what it gives through
 * insertIntoReplyBox, and refuses a reply with placeholders left unfilled (unfilledPlaceholderProblem).
 */
export { TemplatePicker } from './TemplatePicker';
export { insertIntoReplyBox, insertTemplate, type Insertion } from './insertion';
export { unfilledPlaceholderProblem } from './unfilled-check';
export { fillPlaceholders, placeholderNames, unfilledPlaceholders, type PlaceholderName, type PlaceholderValues } from './placeholders';
export { starterTemplates } from './starter-set';
