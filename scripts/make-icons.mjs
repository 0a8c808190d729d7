// Draws the Review Lens icon (a lens over a star on a rounded square) into public/icons/icon-<size>.png.
// Run it only when the design changes: `node scripts/make-icons.mjs`. Pure Node: zlib + a hand-written PNG encoder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes as signed distances in a 0..1 square (negative = inside).
const roundedSquare = (x, y) => {
  const r = 0.2;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (x, y) => Math.abs(Math.hypot(x - 0.43, y - 0.43) - 0.22) - 0.055;
const handle = (x, y) => {
  // capsule from (0.6,0.6) to (0.8,0.8)
  const t = Math.min(Math.max(((x - 0.6) * 0.2 + (y - 0.6) * 0.2) / 0.08, 0), 1);
  return Math.hypot(x - (0.6 + 0.2 * t), y - (0.6 + 0.2 * t)) - 0.065;
};
// Five-point star polygon, tested by ray casting (the icon is supersampled, so a boolean test is enough).
const STAR_POINTS = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 ? 0.062 : 0.15;
  const a = (i * Math.PI) / 5 - Math.PI / 2;
  return [0.43 + r * Math.cos(a), 0.445 + r * Math.sin(a)];
});
const inStar = (x, y) => {
  let inside = false;
  for (let i = 0, j = STAR_POINTS.length - 1; i < STAR_POINTS.length; j = i++) {
    const [xi, yi] = STAR_POINTS[i];
    const [xj, yj] = STAR_POINTS[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const BG = [14, 116, 144];
const FG = [255, 255, 255];
const STAR = [251, 191, 36];
for (const size of [16, 32, 48, 128]) {
  const buf = Buffer.alloc(size * size * 4);
  const aa = 1 / size;
  const cover = (d) => Math.min(Math.max(0.5 - d / aa, 0), 1);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let rgb = BG;
      const lens = cover(Math.min(ring(x, y), handle(x, y)));
      let st = 0;
      if (size >= 32)
        for (let s = 0; s < 16; s++)
          st += inStar(x + ((s % 4) - 1.5) / (4 * size), y + (Math.floor(s / 4) - 1.5) / (4 * size))
            ? 1 / 16
            : 0;
      const mix = (a, b, t) => a.map((v, i) => Math.round(v * (1 - t) + b[i] * t));
      rgb = mix(mix(rgb, STAR, st), FG, lens);
      const o = (py * size + px) * 4;
      buf[o] = rgb[0];
      buf[o + 1] = rgb[1];
      buf[o + 2] = rgb[2];
      buf[o + 3] = Math.round(255 * cover(roundedSquare(x, y)));
    }
  }
  mkdirSync('public/icons', { recursive: true });
  writeFileSync(`public/icons/icon-${size}.png`, png(size, buf));
}
console.log('icons written to public/icons');
