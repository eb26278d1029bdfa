/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a scorecard — a card with a blue header
 * and three rows, each a RAG dot (green, amber, red, in Excel's Good / Neutral / Bad colours) beside a
 * bar. Shapes are sampled 4×4 per pixel for smooth edges. Run: npx tsx scripts/draw-icons.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';

type RGBA = [number, number, number, number];
type Shape = { inside: (x: number, y: number) => boolean; colour: RGBA };

const hex = (h: string, a = 255): RGBA => [
  parseInt(h.slice(0, 2), 16),
  parseInt(h.slice(2, 4), 16),
  parseInt(h.slice(4, 6), 16),
  a,
];

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: RGBA): Shape {
  return {
    colour,
    inside: (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

function circle(cx: number, cy: number, r: number, colour: RGBA): Shape {
  return { colour, inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

/** The design on a 0…1 square; details drop out at 16 px where they would blur. */
function design(size: number): Shape[] {
  const small = size <= 16;
  const shapes: Shape[] = [
    roundRect(0.04, 0.04, 0.96, 0.96, 0.12, hex('1F4E78')),
    roundRect(0.1, 0.22, 0.9, 0.9, 0.06, hex('FFFFFF')),
  ];
  const rows = [hex('00A651'), hex('FFB900'), hex('D13438')];
  const top = 0.33;
  const step = 0.19;
  rows.forEach((colour, i) => {
    const cy = top + i * step + 0.04;
    shapes.push(circle(0.26, cy, small ? 0.085 : 0.07, colour));
    shapes.push(
      roundRect(
        0.4,
        cy - (small ? 0.045 : 0.035),
        small ? 0.82 : 0.8 - i * 0.08,
        cy + (small ? 0.045 : 0.035),
        0.03,
        hex(small ? '7F7F7F' : 'A6A6A6'),
      ),
    );
  });
  return shapes;
}

export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const shapes = design(size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const s of shapes) if (s.inside(x, y)) c = s.colour;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round(a / (n * n));
    }
  }
  return png;
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    fs.writeFileSync(path.join(dir, `icon-${size}.png`), PNG.sync.write(drawIcon(size)));
    console.log(`assets/icon-${size}.png`);
  }
}
