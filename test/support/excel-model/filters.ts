/**
 * Filters in the in-memory Excel model: a sheet's AutoFilter (Worksheet.autoFilter) and its Excel tables'
 * own filters (Worksheet.tables, Table.autoFilter), both ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.autofilter). What a filter does to a write
 * across the rows it hides is in range.ts (filteredPlacement: office-js issue 224).
 */
import type { Area } from '../../../src/core/model';
import { ExcelModelError, ModelClientResult, type ModelRequestCore } from './context';
import type { ModelSheet } from './document';
import { ModelObject, propertyList } from './object';
import { guardWritable } from './target';

type Filter = { hiddenRows: number[] } | null;

/**
 * Excel.AutoFilter: `enabled` (there is a filter) and `isDataFiltered` (its criteria hide rows), and
 * remove(), which takes the filter away and shows the rows it hid ("Removes the AutoFilter for the range").
 */
export class ModelAutoFilter extends ModelObject {
  constructor(
    core: ModelRequestCore,
    private readonly sheet: () => ModelSheet,
    private readonly filter: () => Filter,
    private readonly drop: () => void,
  ) {
    super(core, 'AutoFilter');
  }
  get enabled(): boolean {
    return this.get('enabled');
  }
  get isDataFiltered(): boolean {
    return this.get('isDataFiltered');
  }
  protected override loadNeeds(): string {
    return '1.9';
  }
  protected readNow(props: string[]): Record<string, unknown> {
    return filterProps(this.filter(), props);
  }
  remove(): void {
    this.core.enqueue(
      'AutoFilter.remove',
      null,
      () => {
        guardWritable({ sheet: this.sheet(), areas: [] });
        this.drop();
      },
      { write: true, needs: '1.9' },
    );
  }
}

function filterProps(f: Filter, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (p === 'enabled') out.enabled = f !== null;
    else if (p === 'isDataFiltered') out.isDataFiltered = (f?.hiddenRows.length ?? 0) > 0;
    else throw new ExcelModelError('InvalidArgument', `The model does not load AutoFilter.${p}.`);
  }
  return out;
}

/** An Excel table as a collection item: its name and its own AutoFilter. */
export class ModelTable {
  readonly autoFilter: { enabled: boolean; isDataFiltered: boolean };
  constructor(
    readonly name: string,
    filter: Partial<{ enabled: boolean; isDataFiltered: boolean }> | undefined,
  ) {
    // A navigation property is always there; a property of it not delivered throws when read.
    const read = (p: 'enabled' | 'isDataFiltered'): boolean => {
      if (filter?.[p] === undefined)
        throw new ExcelModelError(
          'PropertyNotLoaded',
          `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        );
      return filter[p]!;
    };
    this.autoFilter = {
      get enabled() {
        return read('enabled');
      },
      get isDataFiltered() {
        return read('isDataFiltered');
      },
    };
  }
}

/**
 * Worksheet.tables: `load({ autoFilter: { isDataFiltered: true } })` (the typed form,
 * Excel.Interfaces.TableCollectionLoadOptions: "For EACH ITEM in the collection") or
 * `load('items/name,items/autoFilter/isDataFiltered')` (a navigation property by its path,
 * "OfficeExtension.LoadOption": "font/size") gives each table with the properties asked for.
 */
export class ModelTableCollection extends ModelObject {
  constructor(
    core: ModelRequestCore,
    private readonly sheet: () => ModelSheet,
  ) {
    super(core, 'TableCollection');
  }
  get items(): ModelTable[] {
    return this.get('items');
  }
  override load(
    props?: string | string[] | { select?: string | string[]; autoFilter?: Record<string, boolean> },
  ): this {
    // The typed object form ("For EACH ITEM in the collection", Excel.Interfaces.TableCollectionLoadOptions)
    // or the string form with paths.
    const nested =
      props && typeof props === 'object' && !Array.isArray(props) && props.autoFilter
        ? Object.keys(props.autoFilter)
            .filter((k) => props.autoFilter![k])
            .map((k) => `autoFilter/${k}`)
        : [];
    const list = [...propertyList(props), ...nested].map((p) => p.replace(/^items\//, ''));
    const filterProps = list.filter((p) => p.startsWith('autoFilter/')).map((p) => p.slice('autoFilter/'.length));
    this.core.enqueue(
      'TableCollection.load',
      list,
      () => {
        // A host that does not load the items' filter state (ModelOptions.filterLoad).
        const host = this.core.filterLoad;
        if (filterProps.length > 0 && host === 'GeneralException')
          throw new ExcelModelError(
            'GeneralException',
            'There was an internal error while processing the request.',
            'Table.autoFilter',
          );
        if (filterProps.length > 0 && host === 'InvalidArgument')
          throw new ExcelModelError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'TableCollection.load',
          );
        const delivered = filterProps.length > 0 && host !== 'not-delivered';
        return this.sheet().tables.map((t) => ({
          name: t.name,
          autoFilter: delivered ? filterPropsOf(t, filterProps) : undefined,
        }));
      },
      {
        needs: filterProps.length > 0 ? '1.9' : undefined,
        deliver: (data) =>
          this.setLoaded({
            items: (data as { name: string; autoFilter: ModelTable['autoFilter'] }[]).map(
              (d) => new ModelTable(d.name, d.autoFilter),
            ),
          }),
      },
    );
    return this;
  }
  protected readNow(): Record<string, unknown> {
    return {};
  }
}

function filterPropsOf(t: { hiddenRows: number[] }, props: string[]): ModelTable['autoFilter'] {
  return filterProps(t, props) as ModelTable['autoFilter'];
}

/**
 * Range.conditionalFormats (ExcelApi 1.6): "the collection of ConditionalFormats that intersect the range"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member);
 * the model answers getCount() only. A rule's colours are drawn over the cell's own fill and font colour
 * whenever it applies — which is why RangeFill.color and getCellProperties read the cell's own format,
 * not what the analyst sees ("Conditional formatting does not change the format properties of the
 * cell", Range.DisplayFormat, https://learn.microsoft.com/office/vba/api/excel.range.displayformat).
 * The model does not evaluate a rule's criteria: a rule applies to every cell of its range
 * (ModelSheet.conditionalFormats; see shownFill).
 */
export class ModelConditionalFormatCollection {
  constructor(
    private readonly core: ModelRequestCore,
    private readonly target: () => { sheet: ModelSheet; areas: Area[] },
  ) {}
  getCount(): ModelClientResult<number> {
    const result = new ModelClientResult<number>();
    this.core.enqueue(
      'ConditionalFormatCollection.getCount',
      null,
      () => {
        const t = this.target();
        return t.sheet.conditionalFormats.filter((cf) => t.areas.some((a) => overlaps(a, cf.area))).length;
      },
      { deliver: (n) => result.set(n as number), needs: '1.6' },
    );
    return result;
  }
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The fill the analyst sees in a cell: a conditional format's over the cell's own (RRGGBB, or null for none). */
export function shownFill(sheet: ModelSheet, row: number, col: number): string | null {
  const at = { top: row, left: col, bottom: row, right: col };
  const rule = [...sheet.conditionalFormats].reverse().find((cf) => cf.fill && overlaps(cf.area, at));
  return rule?.fill ?? sheet.cell(row, col)?.fill ?? null;
}
