#!/usr/bin/env node
// Draws the four tab-bar icons (81×81 PNG, grey and brand red) so no binary asset has to be fetched.
// Run once after changing a shape; the PNGs are committed under src/assets/tabbar/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const OUT = fileURLToPath(new URL('../src/assets/tabbar/', import.meta.url));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(inside, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) {
      if (inside(x / SIZE, y / SIZE)) row.set([r, g, b, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const box = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const SHAPES = {
  // a house: roof triangle and walls with a door
  home: (x, y) =>
    (y >= 0.15 && y <= 0.45 && Math.abs(x - 0.5) <= (y - 0.15) * 1.3) ||
    (box(x, y, 0.25, 0.45, 0.75, 0.85) && !box(x, y, 0.43, 0.6, 0.57, 0.85)),
  // an open book
  training: (x, y) =>
    (box(x, y, 0.12, 0.22, 0.47, 0.8) || box(x, y, 0.53, 0.22, 0.88, 0.8)) &&
    !box(x, y, 0.2, 0.3, 0.4, 0.34),
  // a briefcase with a handle
  jobs: (x, y) =>
    box(x, y, 0.14, 0.35, 0.86, 0.82) ||
    (box(x, y, 0.36, 0.18, 0.64, 0.35) && !box(x, y, 0.43, 0.25, 0.57, 0.35)),
  // a person: head and shoulders
  mine: (x, y) =>
    (x - 0.5) ** 2 + (y - 0.32) ** 2 <= 0.028 ||
    (y >= 0.58 && y <= 0.85 && (x - 0.5) ** 2 + (y - 0.85) ** 2 <= 0.09),
};

mkdirSync(OUT, { recursive: true });
for (const [name, inside] of Object.entries(SHAPES)) {
  writeFileSync(`${OUT}${name}.png`, png(inside, [0x99, 0x99, 0x99]));
  writeFileSync(`${OUT}${name}-active.png`, png(inside, [0xc8, 0x16, 0x1d]));
}
console.log(`wrote ${Object.keys(SHAPES).length * 2} icons to ${OUT}`);
