// The layer rules of DESIGN.md are errors, not advice: these tests feed code that breaks each rule
// through the project's real ESLint config and TypeScript configs and expect the error.
import { ESLint } from 'eslint';
import ts from 'typescript';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function lintMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules in lint', () => {
  it.each([
    ["import { app } from 'electron';", 'no Electron'],
    ["import { readFile } from 'node:fs';", 'no Node built-ins'],
    ["import { readFile } from 'fs';", 'no Node built-ins'],
    ["import { useState } from 'react';", 'no React'],
    ["import Dexie from 'dexie';", 'no Dexie'],
    ["import ky from 'ky';", 'no HTTP client'],
    ["import { x } from '../../renderer/src/x';", 'never imports renderer/ or electron/'],
    ["import { x } from '../electron/gateway/gateway';", 'never imports renderer/ or electron/'],
  ])('shared/ refuses %s', async (line, expected) => {
    const messages = await lintMessages('shared/example/example.ts', `${line}\nexport const y = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([['Date.now()'], ['new Date()'], ['Temporal.Now.instant()'], ['performance.now()']])(
    'shared/ never reads the clock: %s',
    async (expr) => {
      const messages = await lintMessages('shared/example/clock.ts', `export const t = ${expr};\n`);
      expect(messages.join('\n')).toContain('never reads the clock');
    },
  );

  it('shared/ may build a date from a value it is given', async () => {
    const messages = await lintMessages('shared/example/clock.ts', 'export const toDate = (ms: number) => new Date(ms);\n');
    expect(messages).toEqual([]);
  });

  it('renderer/ never imports electron/ or the electron module', async () => {
    const fromFolder = await lintMessages(
      'renderer/src/x.ts',
      "import { createGateway } from '../../electron/gateway/gateway';\nexport const g = createGateway;\n",
    );
    expect(fromFolder.join('\n')).toContain('renderer/ never imports electron/');
    const fromModule = await lintMessages('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n");
    expect(fromModule.join('\n')).toContain('only through the preload bridge');
  });

  it('electron/ never imports renderer/', async () => {
    const messages = await lintMessages('electron/main/x.ts', "import { App } from '../../renderer/src/app/App';\nexport const a = App;\n");
    expect(messages.join('\n')).toContain('electron/ never imports renderer/');
  });

  describe('renderer boundaries', () => {
    const use = (line: string) => `${line}\nexport const used = [x];\n`;

    it.each([
      ['renderer/src/features/outbox/ParkedActions.tsx', "import { x } from '../composer/RecipientPicker';"],
      ['renderer/src/features/thread/ThreadView.tsx', "export { x } from '../outbox/outbox-status';"],
      ['renderer/src/features/status/StatusBar.tsx', "const x = await import('../outbox/ParkedList');"],
      ['renderer/src/features/composer/Composer.tsx', "import { x } from '../../features/thread/participant-words';"],
      ['renderer/src/app/App.tsx', "import { x } from '../features/inbox/ThreadList';"],
      ['renderer/src/sync/x.ts', "import { x } from '../features/outbox/outbox-status';"],
    ])('%s may not reach into another feature: %s', async (file, line) => {
      const messages = await lintMessages(file, use(line));
      expect(messages.join('\n')).toContain('boundaries/feature-entry: ');
      expect(messages.join('\n')).toContain('reaches into the internals of features/');
    });

    it("a feature's CSS is its own too", async () => {
      const messages = await lintMessages(
        'renderer/src/features/outbox/ParkedActions.tsx',
        "import '../composer/composer.css';\nexport const y = 1;\n",
      );
      expect(messages.join('\n')).toContain('reaches into the internals of features/composer');
    });

    it.each([
      ['renderer/src/features/outbox/ParkedActions.tsx', "import { x } from '../composer';"],
      ['renderer/src/features/outbox/ParkedActions.tsx', "import { x } from '../composer/index';"],
      ['renderer/src/features/thread/ThreadView.tsx', "import { x } from './participant-words';"],
      ['renderer/src/features/composer/Composer.test.ts', "import { x } from './reply-options';"],
      ['renderer/src/app/App.tsx', "import { x } from '../features/inbox';"],
      ['renderer/src/features/inbox/ThreadList.tsx', "import { x } from '../../data/threads.queries';"],
    ])('%s may import %s (an entry file, or its own feature)', async (file, line) => {
      expect(await lintMessages(file, use(line))).toEqual([]);
    });

    it('only app/ and main.tsx import app/, the composition root', async () => {
      const fromFeature = await lintMessages(
        'renderer/src/features/thread/ThreadView.tsx',
        use("import { x } from '../../app/useMinuteClock';"),
      );
      expect(fromFeature.join('\n')).toContain('boundaries/composition-root: ');
      const fromData = await lintMessages('renderer/src/data/db.ts', use("import { x } from '../app/clock';"));
      expect(fromData.join('\n')).toContain('imports app/, the composition root');
      expect(await lintMessages('renderer/src/main.tsx', use("import { x } from './app/App';"))).toEqual([]);
      expect(await lintMessages('renderer/src/app/App.tsx', use("import { x } from './clock';"))).toEqual([]);
    });
  });

  it.each([
    ['JSX text', 'export const X = () => <p>No subject</p>;'],
    ['a string in JSX', "export const X = () => <p>{'No subject'}</p>;"],
    ['an accessible name', 'export const X = () => <section aria-label="Threads" />;'],
    ['a title', 'export const X = () => <button title="Fetch new messages now" />;'],
  ])('renderer components write no UI text as literals: %s', async (_, code) => {
    const messages = await lintMessages('renderer/src/features/example/Example.tsx', `${code}\n`);
    expect(messages.join('\n')).toContain('UI text is an ICU message');
  });

  it('renderer components may write punctuation, class names and messages', async () => {
    const code =
      "import { useT } from '../../ui/i18n';\nimport { messages } from './example.messages';\nexport function X() {\n  const t = useT();\n  return <p className=\"thread-row\" aria-label={t(messages.a)}>{t(messages.b)} · {' '}</p>;\n}\n";
    expect(await lintMessages('renderer/src/features/example/Example.tsx', code)).toEqual([]);
  });

  it('modules use named exports only', async () => {
    const messages = await lintMessages('shared/example/default.ts', 'export default 1;\n');
    expect(messages.join('\n')).toContain('no-restricted-exports');
  });
});

describe('layer rules in the compiler', () => {
  function compileWithConfig(configFile: string, fileName: string, code: string): string[] {
    const config = ts.readConfigFile(resolve(root, configFile), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const path = resolve(root, fileName);
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (resolve(name) === path ? code : readFile(name));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => resolve(name) === path || fileExists(name);
    const program = ts.createProgram([path], parsed.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('shared/ has no DOM types', () => {
    const errors = compileWithConfig('tsconfig.shared.json', 'shared/example/dom.ts', 'export const title = document.title;\n');
    expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('shared/ has no Node types', () => {
    const errors = compileWithConfig('tsconfig.shared.json', 'shared/example/node.ts', 'export const cwd = process.cwd();\n');
    expect(errors.join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('plain ES2022 code compiles under the shared/ config', () => {
    const errors = compileWithConfig('tsconfig.shared.json', 'shared/example/plain.ts', 'export const n: number = [1, 2].at(-1) ?? 0;\n');
    expect(errors).toEqual([]);
  });
});
