// The atomic text file on a real temporary directory: reads, whole writes, 0600 mode, and a failed
// write that leaves the previous content intact.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicTextFile, memoryTextFile } from './atomic-file';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-file-test-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomicTextFile', () => {
  it('reads null when the file does not exist yet', async () => {
    expect(await atomicTextFile(join(dir, 'missing.json')).read()).toBeNull();
  });

  it('writes and reads back the text, UTF-8 included', async () => {
    const path = join(dir, 'shops.json');
    const file = atomicTextFile(path);
    await file.write('{"label":"Boutique été ✓"}');
    expect(await file.read()).toBe('{"label":"Boutique été ✓"}');
    expect(await readFile(path, 'utf8')).toBe('{"label":"Boutique été ✓"}');
    await file.write('second');
    expect(await atomicTextFile(path).read()).toBe('second');
  });

  it('creates the file with mode 0600 and missing parents with 0700', async () => {
    const path = join(dir, 'nested', 'deeper', 'shops.json');
    await atomicTextFile(path).write('secret');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested', 'deeper'))).mode & 0o777).toBe(0o700);
  });

  it('leaves no temporary file behind after a write', async () => {
    const path = join(dir, 'shops.json');
    await atomicTextFile(path).write('one');
    await atomicTextFile(path).write('two');
    expect(await readdir(dir)).toEqual(['shops.json']);
  });

  it('rejects a failed write and leaves the old content intact', async () => {
    const path = join(dir, 'shops.json');
    const file = atomicTextFile(path, { temporaryPath: () => `${path}.fixed.tmp` });
    await file.write('old content');
    // A directory where the temporary file would go: the write fails, even for root.
    await mkdir(`${path}.fixed.tmp`);
    await expect(file.write('new content')).rejects.toThrow(/EISDIR|EEXIST|directory/i);
    expect(await readFile(path, 'utf8')).toBe('old content');
    expect(await file.read()).toBe('old content');
  });

  it('rejects a write whose target is a directory, leaving the directory as it was', async () => {
    const path = join(dir, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    await expect(atomicTextFile(path).write('text')).rejects.toThrow();
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('rethrows read errors other than a missing file', async () => {
    await expect(atomicTextFile(dir).read()).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('memoryTextFile', () => {
  it('starts from its initial text and keeps what is written', async () => {
    const empty = memoryTextFile();
    expect(await empty.read()).toBeNull();
    const file = memoryTextFile('start');
    expect(await file.read()).toBe('start');
    await file.write('next');
    expect(await file.read()).toBe('next');
    expect(file.text).toBe('next');
  });
});
