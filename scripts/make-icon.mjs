// Draws images/icon.png (128×128, the Marketplace size): a RACI matrix, three rows of four cells on
// the banner's navy, one cell per row lit as the accountable one. No image library: raw RGBA rows,
// deflated into a PNG by hand. Run `node scripts/make-icon.mjs` after changing it.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 128;
const NAVY = [0x1f, 0x3a, 0x5f, 255];
const CELL = [0x5b, 0x7d, 0xa8, 255];
const GOLD = [0xf2, 0xb7, 0x05, 255];
const CLEAR = [0, 0, 0, 0];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
const set = (x, y, color) => pixels.set(color, (y * SIZE + x) * 4);

// A rounded square background.
const radius = 22;
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const dx = Math.max(radius - x, x - (SIZE - 1 - radius), 0);
    const dy = Math.max(radius - y, y - (SIZE - 1 - radius), 0);
    set(x, y, dx * dx + dy * dy <= radius * radius ? NAVY : CLEAR);
  }
}

// Three rows of four cells; the accountable cell of each row in gold.
const accountable = [0, 2, 1];
const cell = 20;
const gap = 6;
const left = (SIZE - (4 * cell + 3 * gap)) / 2;
const top = (SIZE - (3 * cell + 2 * gap)) / 2;
for (let row = 0; row < 3; row++) {
  for (let column = 0; column < 4; column++) {
    const color = column === accountable[row] ? GOLD : CELL;
    for (let y = 0; y < cell; y++) {
      for (let x = 0; x < cell; x++) set(left + column * (cell + gap) + x, top + row * (cell + gap) + y, color);
    }
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
