import { mkdir, readFile, rename, writeFile, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';

/** A small text file written whole and atomically. */
export interface TextFile {
  /** The file's text, or null when it does not exist yet. */
  read(): Promise<string | null>;
  /** Replaces the file's text; after a crash the file holds either the old or the new text, never half. */
  write(text: string): Promise<void>;
}

/**
 * A TextFile on disk: written to a temporary file beside it, flushed, then renamed over the original,
 * so a crash or a full disk mid-write leaves the previous version intact (the write then rejects with
 * the system error, e.g. ENOSPC). Files are created with mode 0600 because they may hold secrets.
 * `temporaryPath` names the temporary file (tests use it to make a write fail).
 */
export function atomicTextFile(path: string, options: { temporaryPath?: () => string } = {}): TextFile {
  // Each write gets its own temporary name, so concurrent writes never rename each other's file.
  const temporaryPath = options.temporaryPath ?? (() => `${path}.${process.pid}.${randomUUID()}.tmp`);
  return {
    async read() {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(text) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = temporaryPath();
      await writeFile(temporary, text, { mode: 0o600 });
      const handle = await open(temporary, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    },
  };
}

/** A TextFile in memory, for tests and for hosts that must not persist anything. */
export function memoryTextFile(initial: string | null = null): TextFile & { text: string | null } {
  const file = {
    text: initial,
    async read() {
      return file.text;
    },
    async write(text: string) {
      file.text = text;
    },
  };
  return file;
}
