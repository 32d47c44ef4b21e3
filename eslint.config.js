// Lint rules, including the layer rules of DESIGN.md as errors:
// - shared/ imports nothing from electron, node:*, Node built-ins, react, dexie or ky, nor from the
//   renderer/ or electron/ folders, and never reads the clock (time is passed in as `now`);
// - renderer/ never imports electron/ (nor the electron module);
// - electron/ never imports renderer/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

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

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'test/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
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
    rules: {
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
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)renderer/', message: 'electron/ never imports renderer/.' }] },
      ],
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
