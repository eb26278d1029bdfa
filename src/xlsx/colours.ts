/**
 * Colours as the engine speaks them (RRGGBB, no "#") from ExcelJS colours, which come three ways:
 * an ARGB value; a theme colour with a tint (read from the workbook's own theme, else Office's
 * default theme); or an index into the legacy 56-colour palette. Index 64 is "automatic": null.
 * A custom indexed palette (rare, pre-2007 workbooks) is not read: the standard palette is assumed.
 */
import type ExcelJS from 'exceljs';
import { parseXml } from './package/xml';

/** Office's default theme (2013 onwards), in theme-index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
// prettier-ignore
export const OFFICE_THEME = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31',
  'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72',
];

/** The legacy 56-colour palette by index (0–7 and 8–15 repeat the eight basic colours, as Excel's do). */
// prettier-ignore
export const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/** A workbook's theme colours in theme-index order, read from its theme part when it has one. */
export function themeColours(workbook: ExcelJS.Workbook): string[] {
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  const xml = themes ? Object.values(themes)[0] : undefined;
  return (xml && parseThemeColours(xml)) || OFFICE_THEME;
}

/** DrawingML's main namespace, transitional and strict (a theme part's `<a:clrScheme>`, whatever its prefix). */
const DRAWING_NS = [
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://purl.oclc.org/ooxml/drawingml/main',
];

/** A colour scheme's slots in theme-index order (a `theme` attribute of SpreadsheetML counts them so). */
const SCHEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

/**
 * The colour scheme of a theme part (DrawingML, read with the package's parser by namespace): each slot's
 * `srgbClr` value, or a `sysClr`'s `lastClr`, as RRGGBB; null when it cannot be read.
 */
export function parseThemeColours(xml: string): string[] | null {
  const found = new Map<string, string | null>();
  let scheme = 0; // 0 before the first <clrScheme>, 1 inside it, 2 after
  let slot: string | null = null;
  try {
    parseXml(
      xml,
      {
        open(tag) {
          if (scheme === 0 && tag.name === 'clrScheme') scheme = 1;
          else if (scheme === 1 && slot === null && SCHEME_ORDER.includes(tag.name)) slot = tag.name;
          else if (scheme === 1 && slot !== null && !found.has(slot)) {
            const v =
              tag.name === 'srgbClr'
                ? tag.attribute('val')
                : tag.name === 'sysClr'
                  ? tag.attribute('lastClr')
                  : undefined;
            found.set(slot, v && /^[0-9A-Fa-f]{6}$/.test(v) ? v.toUpperCase() : null);
          }
        },
        close(name) {
          if (scheme === 1 && name === slot) slot = null;
          if (scheme === 1 && name === 'clrScheme') scheme = 2;
        },
      },
      DRAWING_NS,
      // `a` as DrawingML's, as Excel writes it, for a scheme read alone; a part's own bindings come first.
      { a: DRAWING_NS[0] },
    );
  } catch {
    return null;
  }
  const colours = SCHEME_ORDER.map((s) => found.get(s) ?? null);
  return colours.every((c): c is string => c !== null) ? colours : null;
}

/** An ExcelJS colour as RRGGBB; null for automatic or none. */
export function colourHex(
  colour: (Partial<ExcelJS.Color> & { indexed?: number; tint?: number }) | undefined,
  theme: string[] = OFFICE_THEME,
): string | null {
  if (!colour) return null;
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(colour.argb)) {
    return colour.argb.slice(-6).toUpperCase();
  }
  if (typeof colour.theme === 'number' && theme[colour.theme]) return withTint(theme[colour.theme], colour.tint ?? 0);
  if (typeof colour.indexed === 'number') return INDEXED[colour.indexed] ?? null;
  return null;
}

/** Excel's tint: lightens (tint > 0) or darkens (tint < 0) a colour in HSL lightness. */
export function withTint(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const [h, s, l] = rgbToHsl(hex);
  const lightness = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToRgb(h, s, Math.min(1, Math.max(0, lightness)));
}

function rgbToHsl(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb
    .map((x) =>
      Math.round(x * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/**
 * A fill's colour as the engine keeps it: a solid fill's colour; null for no fill, and for patterned
 * and gradient fills, which the engine cannot describe (undo then leaves such a cell without a fill).
 */
export function fillHex(fill: ExcelJS.Fill | undefined, theme: string[] = OFFICE_THEME): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return colourHex(fill.fgColor, theme);
}
