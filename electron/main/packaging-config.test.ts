// The packaging config (electron-builder.yml): every target the README promises, icons that exist and
// are real images of the right size, the deep-link scheme, and each Electron fuse set as hardened.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deepLinkScheme } from '../desktop/deep-link';

const root = join(import.meta.dirname, '..', '..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown>>;

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('sets every fuse the hardening asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Only-from-ASAR and integrity validation need the app packed into an ASAR archive.
    expect((config as Record<string, unknown>).asar).toBe(true);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('points each platform at icons that exist: a 1024 PNG for macOS, 16–512 PNGs for Linux, a 256 ICO for Windows', () => {
    expect(pngSize(join(root, String(config.mac?.icon)))).toEqual({ width: 1024, height: 1024 });
    const linuxIcons = join(root, String(config.linux?.icon));
    expect(statSync(linuxIcons).isDirectory()).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    const ico = readFileSync(join(root, String(config.win?.icon)));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
  });

  it('ships the tray icon and registers the deep-link scheme', () => {
    const extra = (config as Record<string, unknown>).extraResources as { from: string; to: string }[];
    expect(extra).toContainEqual(expect.objectContaining({ to: 'icon.png' }));
    for (const entry of extra) expect(existsSync(join(root, entry.from)), entry.from).toBe(true);
    const protocols = (config as Record<string, unknown>).protocols as { schemes: string[] }[];
    expect(protocols.flatMap((p) => p.schemes)).toEqual([deepLinkScheme]);
  });
});
