// Reading the built renderer's files from a temporary root: paths that would leave the root read as
// missing, and a secret file placed next to the root is never returned, not even through a symlink.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, directoryFiles } from './static-files';

const secret = 'TOP-SECRET-NEVER-SERVED';
let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-files-test-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Console</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(root, 'assets', 'file name.txt'), 'spaced');
  await writeFile(join(dir, 'secret.txt'), secret);
  await writeFile(join(dir, 'package.json'), secret);
  await mkdir(join(dir, 'renderer-evil'));
  await writeFile(join(dir, 'renderer-evil', 'x.js'), secret);
  // Links a build (or someone with write access to out/) could leave in the renderer folder.
  await symlink(dir, join(root, 'outside'), 'dir');
  await symlink(join(dir, 'secret.txt'), join(root, 'leak.txt'), 'file');
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'), 'file');
  await symlink(root, join(dir, 'linked-root'), 'dir');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));

describe('directoryFiles', () => {
  it('reads files under the root', async () => {
    const files = directoryFiles(root);
    expect(text(await files.read('/index.html'))).toBe('<!doctype html><title>Console</title>');
    expect(text(await files.read('/assets/app.js'))).toBe('console.log("app");');
    expect(text(await files.read('assets/app.js'))).toBe('console.log("app");');
    expect(text(await files.read('/assets/file%20name.txt'))).toBe('spaced');
  });

  it('reads a missing file, or a directory, as null', async () => {
    const files = directoryFiles(root);
    expect(await files.read('/missing.js')).toBeNull();
    expect(await files.read('/assets')).toBeNull();
    expect(await files.read('/')).toBeNull();
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/package.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%2F..%2Fpackage.json',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../renderer-evil/x.js',
    '/%2e%2e/renderer-evil/x.js',
    `/${'../'.repeat(20)}<DIR>/secret.txt`,
    '/<DIR>/secret.txt',
    '/..<DIR>/secret.txt',
    '/index.html%00',
    '/index.html\0.js',
    '/%00/../secret.txt',
    '/%E0%A4%A',
    '/%',
  ])('never reads outside the root: %j', async (pattern) => {
    // <DIR> is the temporary directory holding the root and the secret (known only once it exists).
    const urlPath = pattern.replace('<DIR>', dir.slice(1));
    const bytes = await directoryFiles(root).read(urlPath);
    expect(text(bytes) ?? '').not.toContain(secret);
    if (urlPath.includes('..') || urlPath.includes('%2e') || urlPath.includes('%2E') || urlPath.includes('\0') || urlPath.includes('%00')) {
      expect(bytes).toBeNull();
    }
  });
});

describe('directoryFiles and symlinks', () => {
  it.each(['/outside/secret.txt', '/outside/renderer-evil/x.js', '/leak.txt', '/outside/linked-root/outside/secret.txt'])(
    'never follows a symlink out of the root: %j',
    async (urlPath) => {
      expect(text(await directoryFiles(root).read(urlPath))).toBeNull();
    },
  );

  it('serves a symlink that stays inside the root, and a root that is itself a symlink', async () => {
    expect(text(await directoryFiles(root).read('/alias.js'))).toBe('console.log("app");');
    const linked = directoryFiles(join(dir, 'linked-root'));
    expect(text(await linked.read('/assets/app.js'))).toBe('console.log("app");');
    expect(text(await linked.read('/leak.txt'))).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.MJS', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/manifest.json', 'application/json; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml'],
    ['/logo.png', 'image/png'],
    ['/favicon.ico', 'image/x-icon'],
    ['/font.woff2', 'font/woff2'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/assets/app.js.map', 'application/json; charset=utf-8'],
    ['/download.bin', 'application/octet-stream'],
    ['/noextension', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentTypeOf(path)).toBe(type);
  });
});
