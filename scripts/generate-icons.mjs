// Draws the app icon without any image tool (only Node's zlib): a teal rounded square with a white
// speech bubble and an amber due-soon dot, rendered from signed distances (anti-aliased) at each size.
// Writes resources/icon.png (1024, electron-builder makes the macOS .icns from it), resources/icons/
// <n>x<n>.png for Linux, and resources/icon.ico (16-256, PNG-compressed entries) for Windows.
// Run: node scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

/** Signed distance to a rounded box centred at (cx, cy) with half-size (hx, hy) and radius r (units of 1). */
function roundedBox(x, y, cx, cy, hx, hy, r) {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

/** Distance to the triangle (tail of the bubble): the max of its three edge half-planes (approximate). */
function triangle(x, y, points) {
  let d = -Infinity;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % 3];
    const [ox, oy] = points[(i + 2) % 3];
    let nx = by - ay;
    let ny = -(bx - ax);
    const length = Math.hypot(nx, ny);
    nx /= length;
    ny /= length;
    // Point the normal away from the opposite vertex.
    if ((ox - ax) * nx + (oy - ay) * ny > 0) {
      nx = -nx;
      ny = -ny;
    }
    d = Math.max(d, (x - ax) * nx + (y - ay) * ny);
  }
  return d;
}

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const px = 1 / size; // one pixel in unit coordinates
  const coverage = (d) => Math.min(1, Math.max(0, 0.5 - d / px));
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      const back = coverage(roundedBox(x, y, 0.5, 0.5, 0.46, 0.46, 0.2));
      // Background: teal, slightly lighter at the top.
      let color = mix([16, 122, 128], [10, 84, 99], y);
      const bubble = Math.min(
        roundedBox(x, y, 0.47, 0.45, 0.27, 0.19, 0.09),
        triangle(x, y, [
          [0.3, 0.58],
          [0.44, 0.6],
          [0.27, 0.75],
        ]),
      );
      color = mix(color, [255, 255, 255], coverage(bubble));
      // Three lines of text in the bubble.
      const lines = Math.min(
        roundedBox(x, y, 0.45, 0.37, 0.16, 0.022, 0.022),
        roundedBox(x, y, 0.43, 0.45, 0.14, 0.022, 0.022),
        roundedBox(x, y, 0.4, 0.53, 0.11, 0.022, 0.022),
      );
      color = mix(color, [10, 84, 99], coverage(lines));
      // The due-soon dot with a teal ring.
      color = mix(color, [10, 84, 99], coverage(circle(x, y, 0.75, 0.28, 0.13)));
      color = mix(color, [245, 166, 35], coverage(circle(x, y, 0.75, 0.28, 0.1)));
      const o = (j * size + i) * 4;
      pixels[o] = Math.round(color[0]);
      pixels[o + 1] = Math.round(color[1]);
      pixels[o + 2] = Math.round(color[2]);
      pixels[o + 3] = Math.round(back * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) pixels.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

mkdirSync(join(root, 'icons'), { recursive: true });
writeFileSync(join(root, 'icon.png'), png(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(root, 'icons', `${size}x${size}.png`), png(size));
writeFileSync(join(root, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(size) }))));
console.log(`Icons written to ${root}`);
