/** A worksheet of the in-memory Excel model: its name, visibility, position, protection, panes and ranges. */
import type { Area } from '../../../src/core/model';
import { ExcelModelError, type ModelRequestCore } from './context';
import { areaOf, type ModelChangedHandler, type ModelSheet, type Visibility } from './document';
import { ModelObject } from './object';
import { ModelAutoFilter, ModelTableCollection } from './filters';
import { ModelRange, ModelRangeAreas } from './range';
import type { Resolver } from './target';

const ALL: Area = { top: 0, left: 0, bottom: 1048575, right: 16383 };

export function guardStructure(core: ModelRequestCore, what: string): void {
  if (core.doc.structureProtected)
    throw new ExcelModelError('AccessDenied', `The workbook's structure is protected: cannot ${what}.`);
}

/**
 * Excel's rules for a sheet's name ("Rename a worksheet", https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
 * not blank, at most 31 characters, none of / \\ ? * : [ ], not beginning or ending with an apostrophe, and
 * not "History" in any case ("a reserved word Excel uses internally"). Uniqueness, case-insensitive, is
 * checked where a sheet is added or renamed.
 */
export function checkName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (sheet name "${name}").`,
    );
  }
}

export class ModelProtection extends ModelObject {
  constructor(
    core: ModelRequestCore,
    private readonly resolve: () => { protected: boolean },
  ) {
    super(core, 'WorksheetProtection');
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protected readNow(props: string[]): Record<string, unknown> {
    const p = this.resolve();
    return Object.fromEntries(props.map((k) => [k, k === 'protected' ? p.protected : null]));
  }
}

export class ModelFreezePanes {
  constructor(
    private readonly core: ModelRequestCore,
    private readonly sheet: () => ModelSheet,
  ) {}
  private set(name: string, payload: unknown, change: (s: ModelSheet) => void): void {
    this.core.enqueue(
      `FreezePanes.${name}`,
      payload,
      () => {
        const s = this.sheet();
        if (s.protected) throw new ExcelModelError('AccessDenied', `The sheet '${s.name}' is protected.`);
        change(s);
      },
      { write: true, needs: '1.7' },
    );
  }
  freezeRows(count = 1): void {
    this.set('freezeRows', count, (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.set('freezeColumns', count, (s) => (s.freeze = { rows: 0, cols: count }));
  }
  freezeAt(range: string | ModelRange): void {
    const address = typeof range === 'string' ? range : null;
    this.set('freezeAt', address, (s) => {
      const a = address ? areaOf(address) : (range as ModelRange).resolve()!.areas[0];
      s.freeze = { rows: a.bottom + 1, cols: a.right + 1 };
    });
  }
  unfreeze(): void {
    this.set('unfreeze', null, (s) => (s.freeze = null));
  }
}

export class ModelWorksheet extends ModelObject {
  private resolved: ModelSheet | null | undefined;
  readonly protection: ModelProtection;
  readonly freezePanes: ModelFreezePanes;

  /** `find` names the sheet when the proxy is first used (object identity holds after renames). */
  constructor(
    core: ModelRequestCore,
    private readonly find: () => ModelSheet | null,
  ) {
    super(core, 'Worksheet');
    this.protection = new ModelProtection(core, () => this.sheet());
    this.freezePanes = new ModelFreezePanes(core, () => this.sheet());
  }

  static of(core: ModelRequestCore, sheet: ModelSheet): ModelWorksheet {
    return new ModelWorksheet(core, () => sheet);
  }

  /** The sheet, or null for a null object. */
  target(): ModelSheet | null {
    if (this.resolved === undefined) this.resolved = this.find();
    if (this.resolved && !this.core.doc.sheets.includes(this.resolved)) {
      throw new ExcelModelError('ItemNotFound', `The worksheet '${this.resolved.name}' has been deleted.`);
    }
    return this.resolved;
  }

  sheet(): ModelSheet {
    const s = this.target();
    if (!s) throw new ExcelModelError('InvalidObjectPath', 'The worksheet is a null object.');
    return s;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.core.enqueue(
      'Worksheet.name',
      v,
      () => {
        const s = this.sheet();
        guardStructure(this.core, 'rename a sheet');
        checkName(v);
        if (this.core.doc.sheets.some((o) => o !== s && o.name.toLowerCase() === v.toLowerCase())) {
          throw new ExcelModelError('ItemAlreadyExists', `A sheet named '${v}' already exists.`);
        }
        this.core.doc.rename(s, v);
      },
      { write: true },
    );
  }
  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(v: Visibility) {
    this.core.enqueue(
      'Worksheet.visibility',
      v,
      () => {
        const s = this.sheet();
        guardStructure(this.core, 'hide or show a sheet');
        if (v !== 'Visible' && !this.core.doc.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
          throw new ExcelModelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        }
        s.visibility = v;
      },
      { write: true },
    );
  }
  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.core.enqueue(
      'Worksheet.position',
      v,
      () => {
        const s = this.sheet();
        guardStructure(this.core, 'move a sheet');
        const sheets = this.core.doc.sheets.filter((o) => o !== s);
        sheets.splice(Math.max(0, Math.min(v, sheets.length)), 0, s);
        this.core.doc.sheets = sheets;
      },
      { write: true },
    );
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(v: string) {
    this.core.enqueue(
      'Worksheet.tabColor',
      v,
      () => {
        this.sheet().tabColor = v.replace(/^#/, '').toUpperCase();
      },
      { write: true, needs: '1.7' },
    );
  }
  get id(): string {
    return this.get('id');
  }

  /** Worksheet.autoFilter (ExcelApi 1.9): the sheet's AutoFilter (see filters.ts). */
  get autoFilter(): ModelAutoFilter {
    return new ModelAutoFilter(
      this.core,
      () => this.sheet(),
      () => this.sheet().autoFilter,
      () => (this.sheet().autoFilter = null),
    );
  }

  /** Worksheet.tables (ExcelApi 1.1; their filters 1.9): the sheet's Excel tables (see filters.ts). */
  get tables(): ModelTableCollection {
    return new ModelTableCollection(this.core, () => this.sheet());
  }

  delete(): void {
    this.core.enqueue(
      'Worksheet.delete',
      null,
      () => {
        const s = this.sheet();
        guardStructure(this.core, 'delete a sheet');
        // By design Excel refuses to delete a very hidden sheet: make it hidden first (office-js issue 365).
        if (s.visibility === 'VeryHidden')
          throw new ExcelModelError(
            'GeneralException',
            `There was an internal error while processing the request (the sheet '${s.name}' is very hidden and cannot be deleted).`,
          );
        const rest = this.core.doc.sheets.filter((o) => o !== s);
        if (!rest.some((o) => o.visibility === 'Visible'))
          throw new ExcelModelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
        this.core.doc.remove(s);
      },
      { write: true },
    );
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7): `add` registers a handler at the next sync and gives an
   * EventHandlerResult whose remove() unregisters it at its context's next sync.
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#detect-changes-to-the-worksheet
   */
  get onChanged(): { add(handler: ModelChangedHandler): { remove(): void; context: { sync(): Promise<void> } } } {
    const core = this.core;
    return {
      add: (handler) => {
        core.enqueue(
          'Worksheet.onChanged.add',
          null,
          () => {
            const s = this.sheet();
            const set = core.doc.changeHandlers.get(s) ?? new Set();
            set.add(handler);
            core.doc.changeHandlers.set(s, set);
          },
          { needs: '1.7' },
        );
        return {
          remove: () => {
            core.enqueue('EventHandlerResult.remove', null, () => {
              for (const set of core.doc.changeHandlers.values()) set.delete(handler);
            });
          },
          context: { sync: () => core.sync() },
        };
      },
    };
  }

  /**
   * Worksheet.activate (ExcelApi 1.1): the sheet becomes the active one — "equivalent to clicking the
   * sheet's tab" (the VBA reference, https://learn.microsoft.com/office/vba/api/excel.worksheet.activate(method)),
   * and a hidden or very hidden sheet has no tab to click: Excel refuses to activate it, as it refuses to
   * select a range on it (Range.select below). The Office.js reference does not say so; the model takes
   * the strict reading (not verified against a live Excel).
   */
  activate(): void {
    this.core.enqueue('Worksheet.activate', null, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new ExcelModelError('InvalidOperation', 'This operation is not permitted for the current object.');
      this.core.doc.activeSheet = s.name;
    });
  }

  getRange(address?: string): ModelRange {
    const area = address ? areaOf(address) : ALL;
    this.core.enqueue('Worksheet.getRange', address ?? '', () => undefined);
    return new ModelRange(this.core, () => ({ sheet: this.sheet(), areas: [area] }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ModelRange {
    this.core.enqueue('Worksheet.getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => undefined);
    return new ModelRange(this.core, () => ({
      sheet: this.sheet(),
      areas: [
        { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
      ],
    }));
  }

  /** "P5:P9,P12" → RangeAreas (ExcelApi 1.9); Excel refuses very long address lists. */
  getRanges(address: string): ModelRangeAreas {
    const parts = address.split(/[,;]/).map((p) => p.trim());
    this.core.enqueue(
      'Worksheet.getRanges',
      address,
      () => {
        if (address.length > 8192)
          throw new ExcelModelError(
            'InvalidArgument',
            `The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`,
          );
      },
      { needs: '1.9' },
    );
    const resolve: Resolver = () => ({ sheet: this.sheet(), areas: parts.map(areaOf) });
    return new ModelRangeAreas(this.core, resolve);
  }

  getUsedRange(valuesOnly = false): ModelRange {
    this.core.enqueue('Worksheet.getUsedRange', valuesOnly, () => undefined);
    return new ModelRange(this.core, () => {
      const s = this.sheet();
      return { sheet: s, areas: [s.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }] };
    });
  }

  /**
   * Worksheet.getNextOrNullObject (ExcelApi 1.5): the sheet after this one in workbook order, or a null
   * object after the last (and after a null object: *OrNullObject calls chain).
   */
  getNextOrNullObject(visibleOnly = false): ModelWorksheet {
    this.core.enqueue('Worksheet.getNextOrNullObject', visibleOnly, () => undefined, { needs: '1.5' });
    return new ModelWorksheet(this.core, () => {
      const s = this.target();
      if (!s) return null;
      const sheets = this.core.doc.sheets;
      for (let i = sheets.indexOf(s) + 1; i < sheets.length; i++)
        if (!visibleOnly || sheets[i].visibility === 'Visible') return sheets[i];
      return null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): ModelRange {
    this.core.enqueue('Worksheet.getUsedRangeOrNullObject', valuesOnly, () => undefined, { needs: '1.4' });
    // On a null-object sheet (getItemOrNullObject found none) the result is a null object too: Office.js
    // lets *OrNullObject calls chain ("OrNullObject methods and properties",
    // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
    return new ModelRange(this.core, () => {
      const s = this.target();
      if (!s) return null;
      const a = s.usedArea(valuesOnly);
      return a ? { sheet: s, areas: [a] } : null;
    });
  }

  protected readNow(props: string[]): Record<string, unknown> {
    const s = this.target();
    if (!s) return { isNullObject: true, ...Object.fromEntries(props.map((p) => [p, null])) };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'name') out.name = s.name;
      else if (p === 'visibility') out.visibility = s.visibility;
      else if (p === 'position') out.position = this.core.doc.sheets.indexOf(s);
      else if (p === 'tabColor') out.tabColor = s.tabColor ? `#${s.tabColor}` : '';
      else if (p === 'id') out.id = s.id;
      else throw new ExcelModelError('InvalidArgument', `The model does not load Worksheet.${p}.`);
    }
    return out;
  }
}
