import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Read-only access to the built renderer's files. */
export interface StaticFiles {
  /** The file's bytes for a URL path such as "/assets/index.js", or null when there is none. */
  read(urlPath: string): Promise<Uint8Array | null>;
}

/**
 * Files under `root`. A path that would leave `root` (.., encoded slashes, absolute paths, or a
 * symlink whose target lies outside the root's real location) reads as missing rather than as an
 * error, so probing reveals nothing.
 */
export function directoryFiles(root: string): StaticFiles {
  const base = resolve(root);
  return {
    async read(urlPath) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(urlPath);
      } catch {
        return null;
      }
      if (decoded.includes('\0')) return null;
      const full = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
      if (!isInside(full, base)) return null;
      try {
        // The check above is on the path as written; a symlink inside the folder can still point
        // anywhere (out/renderer/x -> /etc). Only the real location of both decides. The root is
        // resolved on every read because a rebuild may replace it.
        const real = await realpath(full);
        if (!isInside(real, await realpath(base))) return null;
        return await readFile(real);
      } catch {
        return null;
      }
    },
  };
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The Content-Type for a file name, by its extension. */
export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
