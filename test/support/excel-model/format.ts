/** Range and RangeAreas formats in the in-memory Excel model: fill, font, borders, alignment, widths. */
import type { ModelRequestCore } from './context';
import { blankCell, cellsOf, type ModelCell } from './document';
import { ModelObject } from './object';
import {
  colour,
  fontOverRuns,
  hex,
  need,
  guardWritable,
  patternOf,
  queueCellWrite,
  setPattern,
  type Resolver,
  type Target,
} from './target';

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

/**
 * RangeFill: colour (ExcelApi 1.1), and pattern and pattern colour (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.rangefill). Setting the colour changes "the
 * color of the background" only: a pattern stays drawn over it; clear() removes colour and pattern.
 */
export class ModelFill extends ModelObject {
  constructor(
    core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly owner: string,
  ) {
    super(core, `${owner}.format.fill`);
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    const c = colour(v);
    queueCellWrite(this.core, `${this.owner}.format.fill.color`, v, this.resolve, (cell) => {
      cell.fill = c;
      delete cell.fillBy;
    });
  }
  get pattern(): string {
    return this.get<string>('pattern');
  }
  set pattern(v: string) {
    queueCellWrite(
      this.core,
      `${this.owner}.format.fill.pattern`,
      v,
      this.resolve,
      (cell) => setPattern(cell, v),
      '1.9',
    );
  }
  get patternColor(): string {
    return this.get<string>('patternColor');
  }
  set patternColor(v: string) {
    const c = colour(v);
    queueCellWrite(
      this.core,
      `${this.owner}.format.fill.patternColor`,
      v,
      this.resolve,
      (cell) => (cell.patternColor = c),
      '1.9',
    );
  }
  clear(): void {
    queueCellWrite(this.core, `${this.owner}.format.fill.clear`, null, this.resolve, (cell) => {
      cell.fill = null;
      delete cell.fillBy;
      delete cell.fillPattern;
      delete cell.patternColor;
    });
  }
  protected override loadNeeds(props: string[]): string | undefined {
    return props.some((p) => p.startsWith('pattern')) ? '1.9' : undefined;
  }
  protected readNow(props: string[]): Record<string, unknown> {
    const t = need(this.resolve);
    return Object.fromEntries(
      props.map((p) => [
        p,
        p === 'color'
          ? colourOf(t, 'fill')
          : p === 'pattern'
            ? uniform(t, (c) => patternOf(c))
            : p === 'patternColor'
              ? uniform(t, (c) => hex(c.patternColor ?? null, '#000000'))
              : null,
      ]),
    );
  }
}

/** One value over the cells, else null (RangeFill's "null indicates … not uniform"). */
function uniform(t: Target, read: (c: ModelCell) => string): string | null {
  const seen = new Set<string>();
  for (const a of t.areas) for (const [r, c] of cellsOf(a)) seen.add(read(t.sheet.cell(r, c) ?? blankCell()));
  return seen.size === 1 ? [...seen][0] : null;
}

export class ModelFont extends ModelObject {
  constructor(
    core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly owner: string,
  ) {
    super(core, `${owner}.format.font`);
  }
  get color(): string {
    return this.get<string>('color');
  }
  set color(v: string) {
    const c = colour(v);
    queueCellWrite(this.core, `${this.owner}.format.font.color`, v, this.resolve, (cell) => {
      cell.fontColor = c === '000000' ? null : c;
      delete cell.fontBy;
      fontOverRuns(cell, 'color');
    });
  }
  set bold(v: boolean) {
    queueCellWrite(this.core, `${this.owner}.format.font.bold`, v, this.resolve, (cell) => {
      cell.bold = v;
      fontOverRuns(cell, 'bold');
    });
  }
  set italic(v: boolean) {
    queueCellWrite(this.core, `${this.owner}.format.font.italic`, v, this.resolve, (cell) => {
      cell.italic = v;
      fontOverRuns(cell, 'italic');
    });
  }
  set underline(v: string) {
    if (v !== 'Single' && v !== 'None')
      throw new Error(`InvalidArgument: the model knows underline Single and None, not ${v}`);
    queueCellWrite(this.core, `${this.owner}.format.font.underline`, v, this.resolve, (cell) => {
      cell.underline = v === 'Single';
      fontOverRuns(cell, 'underline');
    });
  }
  set size(v: number) {
    queueCellWrite(this.core, `${this.owner}.format.font.size`, v, this.resolve, (cell) => {
      cell.fontSize = v;
      fontOverRuns(cell, 'size');
    });
  }
  protected readNow(props: string[]): Record<string, unknown> {
    const t = need(this.resolve);
    return Object.fromEntries(props.map((p) => [p, p === 'color' ? colourOf(t, 'font') : null]));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export class ModelBorder {
  constructor(
    private readonly core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly kind: string,
    private readonly edge: Edge,
  ) {}
  private apply(name: string, payload: unknown, change: (b: { style: string; color: string }) => void): void {
    queueCellWrite(
      this.core,
      `${this.kind}.format.borders.${this.edge}.${name}`,
      payload,
      this.resolve,
      (cell, r, c, t) => {
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
      },
    );
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
  constructor(
    private readonly core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly kind: string,
  ) {}
  getItem(edge: Edge): ModelBorder {
    return new ModelBorder(this.core, this.resolve, this.kind, edge);
  }
}

export class ModelRangeFormat {
  readonly fill: ModelFill;
  readonly font: ModelFont;
  readonly borders: ModelBorders;
  constructor(
    private readonly core: ModelRequestCore,
    private readonly resolve: Resolver,
    private readonly kind: string,
  ) {
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
  /**
   * RangeFormat.shrinkToFit (ExcelApi 1.9): "Specifies if text automatically shrinks to fit in the available
   * column width" (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-shrinktofit-member).
   * Only the cell's alignment changes: the column keeps its width. A host below 1.9 refuses it.
   */
  set shrinkToFit(v: boolean) {
    queueCellWrite(
      this.core,
      `${this.kind}.format.shrinkToFit`,
      v,
      this.resolve,
      (cell) => {
        if (v) cell.shrinkToFit = true;
        else delete cell.shrinkToFit;
      },
      '1.9',
    );
  }
  set columnWidth(points: number) {
    this.core.enqueue(
      `${this.kind}.format.columnWidth`,
      points,
      () => {
        const t = need(this.resolve);
        guardWritable(t);
        for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths.set(c, points);
      },
      { write: true },
    );
  }
}
