/** Range, RangeAreas and their formats in the in-memory Excel model. */
import type { Area } from '../../../src/core/model';
import { areaAddress, quoteSheetName } from '../../../src/core/a1';
import { ExcelModelError, ModelClientResult, type ModelRequestCore } from './context';
import { areaOf, blankCell, cellsOf, type ModelCell, type ModelSheet } from './document';
import { ModelObject } from './object';
import { typeIn } from './typing';

export interface Target {
  sheet: ModelSheet;
  areas: Area[];
}

/** Resolves a proxy to the cells it stands for, at the point of the batch where a call needs it. */
export type Resolver = () => Target | null;

function guardWritable(t: Target): void {
  if (t.sheet.protected) {
    throw new ExcelModelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`);
  }
}

function need(resolve: Resolver): Target {
  const t = resolve();
  if (!t) throw new ExcelModelError('InvalidObjectPath', 'The object path is not valid: it refers to a null object.');
  return t;
}

const hex = (c: string | null, none: string): string => (c === null ? none : `#${c}`);

function colour(input: string): string {
  const named: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', yellow: 'FFFF00' };
  const c = named[input.toLowerCase()] ?? input.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(c)) throw new ExcelModelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (colour ${input}).`);
  return c;
}

/** Calls that change every cell of the target, queued as writes. */
function queueCellWrite(core: ModelRequestCore, name: string, payload: unknown, resolve: Resolver, change: (c: ModelCell, row: number, col: number, t: Target) => void, needs?: string): void {
  core.enqueue(name, payload, () => {
    const t = need(resolve);
    guardWritable(t);
    for (const a of t.areas) for (const [r, c] of cellsOf(a)) change(t.sheet.edit(r, c), r, c, t);
  }, { write: true, needs });
}

/** The colour of the cells (one colour, else null), as a load of fill/font colour reads it. */
function colourOf(t: Target, which: 'fill' | 'font'): string | null {
  const colours = new Set<string>();
  for (const a of t.areas) {
    for (const [r, c] of cellsOf(a)) {
      const cell = t.sheet.cell(r, c) ?? blankCell();
      colours.add(which === 'fill' ? hex(cell.fill, '#FFFFFF') : hex(cell.fontColor, '#000000'));
    }
  }
  return colours.size === 1 ? [...colours][0] : null;
}

export class ModelFill extends ModelObject {
  constructor(core: ModelRequestCore, private readonly resolve: Resolver, private readonly owner: string) {
    super(core, `${owner}.format.fill`);
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    const c = colour(v);
    queueCellWrite(this.core, `${this.owner}.format.fill.color`, v, this.resolve, (cell) => (cell.fill = c));
  }
  clear(): void {
    queueCellWrite(this.core, `${this.owner}.format.fill.clear`, null, this.resolve, (cell) => (cell.fill = null));
  }
  protected readNow(props: string[]): Record<string, unknown> {
    const t = need(this.resolve);
    return Object.fromEntries(props.map((p) => [p, p === 'color' ? colourOf(t, 'fill') : null]));
  }
}

export class ModelFont extends ModelObject {
  constructor(core: ModelRequestCore, private readonly resolve: Resolver, private readonly owner: string) {
    super(core, `${owner}.format.font`);
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    const c = colour(v);
    queueCellWrite(this.core, `${this.owner}.format.font.color`, v, this.resolve, (cell) => (cell.fontColor = c === '000000' ? null : c));
  }
  set bold(v: boolean) {
    queueCellWrite(this.core, `${this.owner}.format.font.bold`, v, this.resolve, (cell) => (cell.bold = v));
  }
  set italic(v: boolean) {
    queueCellWrite(this.core, `${this.owner}.format.font.italic`, v, this.resolve, (cell) => (cell.italic = v));
  }
  set underline(v: string) {
    if (v !== 'Single' && v !== 'None') throw new Error(`InvalidArgument: the model knows underline Single and None, not ${v}`);
    queueCellWrite(this.core, `${this.owner}.format.font.underline`, v, this.resolve, (cell) => (cell.underline = v === 'Single'));
  }
  set size(v: number) {
    queueCellWrite(this.core, `${this.owner}.format.font.size`, v, this.resolve, (cell) => (cell.fontSize = v));
  }
  protected readNow(props: string[]): Record<string, unknown> {
    const t = need(this.resolve);
    return Object.fromEntries(props.map((p) => [p, p === 'color' ? colourOf(t, 'font') : null]));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export class ModelBorder {
  constructor(private readonly core: ModelRequestCore, private readonly resolve: Resolver, private readonly kind: string, private readonly edge: Edge) {}
  private apply(name: string, payload: unknown, change: (b: { style: string; color: string }) => void): void {
    queueCellWrite(this.core, `${this.kind}.format.borders.${this.edge}.${name}`, payload, this.resolve, (cell, r, c, t) => {
      const area = t.areas.find((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)!;
      const sides: (keyof ModelCell['borders'])[] = [];
      if (this.edge === 'EdgeTop' && r === area.top) sides.push('EdgeTop');
      if (this.edge === 'EdgeBottom' && r === area.bottom) sides.push('EdgeBottom');
      if (this.edge === 'EdgeLeft' && c === area.left) sides.push('EdgeLeft');
      if (this.edge === 'EdgeRight' && c === area.right) sides.push('EdgeRight');
      if (this.edge === 'InsideHorizontal') {
        if (r > area.top) sides.push('EdgeTop');
        if (r < area.bottom) sides.push('EdgeBottom');
      }
      if (this.edge === 'InsideVertical') {
        if (c > area.left) sides.push('EdgeLeft');
        if (c < area.right) sides.push('EdgeRight');
      }
      for (const s of sides) {
        const b = cell.borders[s] ?? { style: 'Continuous', color: '000000' };
        change(b);
        cell.borders[s] = b;
      }
    });
  }
  set style(v: string) {
    this.apply('style', v, (b) => (b.style = v));
  }
  set color(v: string) {
    const c = colour(v);
    this.apply('color', v, (b) => (b.color = c));
  }
  set weight(_v: string) {
    this.apply('weight', _v, () => undefined);
  }
}

export class ModelBorders {
  constructor(private readonly core: ModelRequestCore, private readonly resolve: Resolver, private readonly kind: string) {}
  getItem(edge: Edge): ModelBorder {
    return new ModelBorder(this.core, this.resolve, this.kind, edge);
  }
}

export class ModelRangeFormat {
  readonly fill: ModelFill;
  readonly font: ModelFont;
  readonly borders: ModelBorders;
  constructor(private readonly core: ModelRequestCore, private readonly resolve: Resolver, private readonly kind: string) {
    this.fill = new ModelFill(core, resolve, kind);
    this.font = new ModelFont(core, resolve, kind);
    this.borders = new ModelBorders(core, resolve, kind);
  }
  set horizontalAlignment(v: string) {
    queueCellWrite(this.core, `${this.kind}.format.horizontalAlignment`, v, this.resolve, (cell) => (cell.hAlign = v));
  }
  set verticalAlignment(v: string) {
    queueCellWrite(this.core, `${this.kind}.format.verticalAlignment`, v, this.resolve, (cell) => (cell.vAlign = v));
  }
  set wrapText(v: boolean) {
    queueCellWrite(this.core, `${this.kind}.format.wrapText`, v, this.resolve, (cell) => (cell.wrap = v));
  }
  set columnWidth(points: number) {
    this.core.enqueue(`${this.kind}.format.columnWidth`, points, () => {
      const t = need(this.resolve);
      guardWritable(t);
      for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.set(c, points);
    }, { write: true });
  }
}

function valueOut(c: ModelCell | undefined): string | number | boolean {
  if (!c || c.value === null) return '';
  return c.value;
}

function matrix<T>(t: Target, pick: (c: ModelCell | undefined) => T): T[][] {
  const a = t.areas[0];
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(pick(t.sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

function fullAddress(t: Target): string {
  return t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${areaAddress(a)}`).join(',');
}

export class ModelRange extends ModelObject {
  readonly format: ModelRangeFormat;

  constructor(core: ModelRequestCore, readonly resolve: Resolver) {
    super(core, 'Range');
    this.format = new ModelRangeFormat(core, resolve, 'Range');
  }

  get values(): (string | number | boolean)[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.queueMatrix('values', v, (cell, x) => {
      const typed = typeIn(x);
      cell.value = typed.value;
      cell.quotePrefix = typed.quotePrefix;
      if (typed.formula !== undefined) cell.formula = typed.formula;
      else delete cell.formula;
      if (typed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = typed.numberFormat;
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.queueMatrix('formulas', v, (cell, x) => {
      const typed = typeIn(x);
      cell.value = typed.value;
      if (typed.formula !== undefined) cell.formula = typed.formula;
      else delete cell.formula;
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queueMatrix('numberFormat', v, (cell, x) => (cell.numberFormat = String(x)));
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    queueCellWrite(this.core, 'Range.hyperlink', link, this.resolve, (cell) => {
      cell.hyperlink = { documentReference: link.documentReference, address: link.address, textToDisplay: link.textToDisplay };
    }, '1.7');
  }

  /** 2D writes: the array must match the range's size; null leaves a cell unchanged. */
  private queueMatrix(prop: string, v: unknown[][], change: (cell: ModelCell, x: unknown) => void): void {
    this.core.enqueue(`Range.${prop}`, v, () => {
      const t = need(this.resolve);
      guardWritable(t);
      const a = t.areas[0];
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) {
        throw new ExcelModelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}, ${areaAddress(a)}).`);
      }
      v.forEach((row, i) => row.forEach((x, j) => {
        if (x === null) return;
        change(t.sheet.edit(a.top + i, a.left + j), x);
      }));
    }, { write: true });
  }

  protected readNow(props: string[]): Record<string, unknown> {
    const t = this.resolve();
    if (!t) return { isNullObject: true, ...Object.fromEntries(props.map((p) => [p, null])) };
    const a = t.areas[0];
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'values') out.values = matrix(t, valueOut);
      else if (p === 'formulas') out.formulas = matrix(t, (c) => (c?.formula ?? valueOut(c)));
      else if (p === 'numberFormat') out.numberFormat = matrix(t, (c) => c?.numberFormat ?? 'General');
      else if (p === 'address') out.address = fullAddress(t);
      else if (p === 'rowCount') out.rowCount = a.bottom - a.top + 1;
      else if (p === 'columnCount') out.columnCount = a.right - a.left + 1;
      else if (p === 'rowIndex') out.rowIndex = a.top;
      else if (p === 'columnIndex') out.columnIndex = a.left;
      else if (p === 'cellCount') out.cellCount = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      else throw new ExcelModelError('InvalidArgument', `The model does not load Range.${p}.`);
    }
    return out;
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean }; font?: { color?: boolean; bold?: boolean } }; address?: boolean }): ModelClientResult<unknown[][]> {
    const result = new ModelClientResult<unknown[][]>();
    this.core.enqueue('Range.getCellProperties', options, () => {
      const t = need(this.resolve);
      return matrix(t, (c) => {
        const cell = c ?? blankCell();
        const out: Record<string, unknown> = {};
        const f: Record<string, unknown> = {};
        if (options.format?.fill?.color) f.fill = { color: hex(cell.fill, '#FFFFFF') };
        if (options.format?.font) {
          const font: Record<string, unknown> = {};
          if (options.format.font.color) font.color = hex(cell.fontColor, '#000000');
          if (options.format.font.bold) font.bold = cell.bold;
          f.font = font;
        }
        if (options.format) out.format = f;
        return out;
      });
    }, { deliver: (d) => result.set(d as unknown[][]), needs: '1.9' });
    return result;
  }

  /** A cell relative to the range's top-left (it may lie outside the range). */
  getCell(row: number, column: number): ModelRange {
    return new ModelRange(this.core, () => {
      const t = need(this.resolve);
      const a = t.areas[0];
      return { sheet: t.sheet, areas: [{ top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column }] };
    });
  }

  /** Per-cell properties (ExcelApi 1.9): the model takes hyperlinks and fill / font colours. */
  setCellProperties(data: { hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string }; format?: { fill?: { color?: string }; font?: { color?: string } } }[][]): void {
    this.core.enqueue('Range.setCellProperties', data, () => {
      const t = need(this.resolve);
      guardWritable(t);
      const a = t.areas[0];
      if (data.length !== a.bottom - a.top + 1 || data.some((r) => r.length !== a.right - a.left + 1)) {
        throw new ExcelModelError('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size of the range (setCellProperties).');
      }
      data.forEach((row, i) => row.forEach((p, j) => {
        if (!p || Object.keys(p).length === 0) return;
        const cell = t.sheet.edit(a.top + i, a.left + j);
        if (p.hyperlink) cell.hyperlink = { documentReference: p.hyperlink.documentReference, address: p.hyperlink.address, textToDisplay: p.hyperlink.textToDisplay };
        if (p.format?.fill?.color) cell.fill = colour(p.format.fill.color);
        if (p.format?.font?.color) {
          const c = colour(p.format.font.color);
          cell.fontColor = c === '000000' ? null : c;
        }
      }));
    }, { write: true, needs: '1.9' });
  }

  getMergedAreasOrNullObject(): ModelRangeAreas {
    const resolve: Resolver = () => {
      const t = need(this.resolve);
      const a = t.areas[0];
      const inside = t.sheet.merges.filter((m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right);
      if (inside.length > 512) throw new ExcelModelError('GeneralException', 'More than 512 merged areas.');
      return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
    };
    return new ModelRangeAreas(this.core, resolve, '1.13');
  }

  getIntersection(other: string | ModelRange): ModelRange {
    return new ModelRange(this.core, () => {
      const t = need(this.resolve);
      const b = typeof other === 'string' ? areaOf(other) : need(other.resolve).areas[0];
      const a = t.areas[0];
      const i = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
      if (i.top > i.bottom || i.left > i.right) throw new ExcelModelError('ItemNotFound', 'The requested resource doesn\'t exist (no intersection).');
      return { sheet: t.sheet, areas: [i] };
    });
  }

  merge(across = false): void {
    this.core.enqueue('Range.merge', across, () => {
      const t = need(this.resolve);
      guardWritable(t);
      const a = t.areas[0];
      t.sheet.merges = t.sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
      t.sheet.merges.push({ ...a });
    }, { write: true });
  }

  unmerge(): void {
    this.core.enqueue('Range.unmerge', null, () => {
      const t = need(this.resolve);
      guardWritable(t);
      const a = t.areas[0];
      t.sheet.merges = t.sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
    }, { write: true });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    queueCellWrite(this.core, 'Range.clear', applyTo, this.resolve, (cell, r, c, t) => {
      if (applyTo === 'Contents') {
        cell.value = null;
        delete cell.formula;
        return;
      }
      const blank = blankCell();
      if (applyTo === 'Formats') Object.assign(cell, { ...blank, value: cell.value, formula: cell.formula });
      else t.sheet.cells.delete(`${r},${c}`);
    });
  }
}

export class ModelRangeAreas extends ModelObject {
  readonly format: ModelRangeFormat;

  constructor(core: ModelRequestCore, private readonly resolve: Resolver, private readonly needs?: string) {
    super(core, 'RangeAreas');
    this.format = new ModelRangeFormat(core, resolve, 'RangeAreas');
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }

  protected override loadNeeds(): string | undefined {
    return this.needs;
  }

  protected readNow(props: string[]): Record<string, unknown> {
    const t = this.resolve();
    if (!t) return { isNullObject: true, ...Object.fromEntries(props.map((p) => [p, null])) };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'address') out.address = fullAddress(t);
      else if (p === 'areaCount') out.areaCount = t.areas.length;
      else throw new ExcelModelError('InvalidArgument', `The model does not load RangeAreas.${p}.`);
    }
    return out;
  }
}
