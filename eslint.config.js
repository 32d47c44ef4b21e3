// Lint rules, including the layer rules of DESIGN.md as errors:
// - shared/ imports nothing from electron, node:*, Node built-ins, react, dexie or ky, nor from the
//   renderer/ or electron/ folders, and never reads the clock (time is passed in as `now`);
// - renderer/ never imports electron/ (nor the electron module);
// - electron/ never imports renderer/;
// - in renderer/src, a feature (features/<name>/) is reached only through its entry file
//   (features/<name>/index.ts), never its internals, and only app/ and main.tsx import app/ (the
//   composition root): the `boundaries/*` rules below;
// - renderer/ components write no UI text as literals: every word is an ICU message (five languages).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const sharedForbidden = {
  paths: [
    { name: 'electron', message: 'shared/ is pure TypeScript: no Electron.' },
    { name: 'react', message: 'shared/ is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'shared/ is pure TypeScript: no React.' },
    { name: 'dexie', message: 'shared/ is pure TypeScript: no Dexie.' },
    { name: 'ky', message: 'shared/ is pure TypeScript: no HTTP client.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node built-ins.' })),
  ],
  patterns: [
    { regex: '^node:', message: 'shared/ is pure TypeScript: no Node built-ins.' },
    { regex: '^(react|react-dom|dexie|ky|electron)/', message: 'shared/ imports no UI, storage, HTTP or Electron code.' },
    { regex: '(^|/)(renderer|electron)(/|$)', message: 'shared/ never imports renderer/ or electron/.' },
  ],
};

const clockReads = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'shared/ never reads the clock: take `now` as an argument.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'shared/ never reads the clock: take `now` as an argument.',
  },
  {
    selector: "MemberExpression[object.object.name='Temporal'][object.property.name='Now']",
    message: 'shared/ never reads the clock: take `now` as an argument.',
  },
  {
    selector: "MemberExpression[object.name='performance'][property.name='now']",
    message: 'shared/ never reads the clock: take `now` as an argument.',
  },
];

const uiTextMessage = 'UI text is an ICU message in every UI language: t(messages.key) from a *.messages.ts file, never a literal.';

const rendererRoot = resolve(import.meta.dirname, 'renderer', 'src');

/** Where a relative import of `file` lands, as a path inside renderer/src split in parts; null outside it. */
function rendererTarget(file, source) {
  if (typeof source !== 'string' || !source.startsWith('.')) return null;
  const rel = relative(rendererRoot, resolve(dirname(file), source));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep);
}

/**
 * A rule over every relative import, re-export and dynamic import of a renderer/src file: `refuse`
 * gets the importing file's folder and the target's path (both as parts inside renderer/src) and
 * returns the message's data when the import crosses a boundary, or null.
 */
function boundaryRule(description, message, refuse) {
  return {
    meta: { type: 'problem', docs: { description }, schema: [], messages: { crossed: message } },
    create(context) {
      const own = rendererTarget(context.filename, '.') ?? [];
      const check = (node) => {
        if (!node.source || node.source.type !== 'Literal') return;
        const target = rendererTarget(context.filename, node.source.value);
        const data = target && refuse(own, target);
        if (data) context.report({ node: node.source, messageId: 'crossed', data: { source: node.source.value, ...data } });
      };
      return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
    },
  };
}

/** Rules that keep the renderer's boundaries visible: features talk through entry files; nothing reaches into app/. */
const boundaries = {
  rules: {
    'feature-entry': boundaryRule(
      'Imports another feature only through its entry file (features/<name>/index.ts), never its internals.',
      "'{{source}}' reaches into the internals of features/{{feature}}: import its entry file ('features/{{feature}}') instead, and export what is needed there.",
      (own, target) => {
        const internal = target[0] === 'features' && target.length >= 3 && !(target.length === 3 && /^index(\.tsx?)?$/.test(target[2]));
        const ownFeature = own[0] === 'features' ? own[1] : null;
        return internal && target[1] !== ownFeature ? { feature: target[1] } : null;
      },
    ),
    // Files at the top of renderer/src (main.tsx, the entry point) and app/ itself may import app/.
    'composition-root': boundaryRule(
      'Only app/ and main.tsx import app/, the composition root; the rest get what they need passed in.',
      "'{{source}}' imports app/, the composition root: take the value as a prop or through ConsoleData instead.",
      (own, target) => (own.length > 0 && own[0] !== 'app' && target[0] === 'app' ? {} : null),
    ),
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'test/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', sharedForbidden],
      'no-restricted-syntax': ['error', ...clockReads],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'localStorage', 'indexedDB', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { boundaries },
    rules: {
      'boundaries/feature-entry': 'error',
      'boundaries/composition-root': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through the preload bridge.' }],
          patterns: [
            { regex: '^node:', message: 'The renderer runs in a browser: no Node built-ins.' },
            { regex: '(^|/)electron/', message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    // UI text is an ICU message in five languages (renderer/src/ui/i18n), never an English literal in JSX.
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: uiTextMessage },
        { selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z]{2,}/]', message: uiTextMessage },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]{2,}/]',
          message: uiTextMessage,
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)renderer/', message: 'electron/ never imports renderer/.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'test/**/*.ts', '*.config.{js,ts}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Config files are loaded by their tools through a default export.
    files: ['*.config.{js,ts}', 'electron.vite.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
