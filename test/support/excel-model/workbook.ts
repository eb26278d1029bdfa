/** The workbook of the in-memory Excel model: its worksheet collection, structure protection and application. */
import { ExcelModelError, type ModelRequestCore } from './context';
import type { ModelSheet } from './document';
import { ModelObject, propertyList } from './object';
import { ModelWorksheet, checkName, guardStructure } from './worksheet';

export class ModelWorksheetCollection extends ModelObject {
  constructor(core: ModelRequestCore) {
    super(core, 'WorksheetCollection');
  }

  get items(): ModelWorksheet[] {
    return this.get('items');
  }

  getItem(name: string): ModelWorksheet {
    this.core.enqueue('WorksheetCollection.getItem', name, () => undefined);
    return new ModelWorksheet(this.core, () => {
      const s = this.core.doc.sheet(name);
      if (!s) throw new ExcelModelError('ItemNotFound', `The requested resource doesn't exist (sheet '${name}').`);
      return s;
    });
  }

  getItemOrNullObject(name: string): ModelWorksheet {
    this.core.enqueue('WorksheetCollection.getItemOrNullObject', name, () => undefined, { needs: '1.4' });
    return new ModelWorksheet(this.core, () => this.core.doc.sheet(name) ?? null);
  }

  add(name: string): ModelWorksheet {
    let created: ModelSheet | null = null;
    this.core.enqueue(
      'WorksheetCollection.add',
      name,
      () => {
        guardStructure(this.core, 'add a sheet');
        checkName(name);
        if (this.core.doc.sheet(name))
          throw new ExcelModelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
        created = this.core.doc.add(name);
      },
      { write: true },
    );
    return new ModelWorksheet(this.core, () => {
      if (!created) throw new ExcelModelError('InvalidObjectPath', 'The sheet was not added.');
      return created;
    });
  }

  /**
   * WorksheetCollection.getFirst (ExcelApi 1.5): the first sheet in workbook order (visible ones only
   * when asked); with Worksheet.getNextOrNullObject a batch can walk the sheets before it knows their names
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getfirst-member(1)).
   */
  getFirst(visibleOnly = false): ModelWorksheet {
    this.core.enqueue('WorksheetCollection.getFirst', visibleOnly, () => undefined, { needs: '1.5' });
    return new ModelWorksheet(this.core, () => {
      const s = this.core.doc.sheets.find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!s) throw new ExcelModelError('ItemNotFound', 'The workbook has no sheet.');
      return s;
    });
  }

  getActiveWorksheet(): ModelWorksheet {
    return new ModelWorksheet(this.core, () => this.core.doc.sheets.find((s) => s.visibility === 'Visible') ?? null);
  }

  override load(props?: string | string[] | { select?: string | string[] }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : [];
    const itemProps = list
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    const wanted = itemProps.length > 0 ? itemProps : ['name'];
    let sheets: ModelSheet[] = [];
    this.core.enqueue(
      'WorksheetCollection.load',
      list,
      () => {
        sheets = [...this.core.doc.sheets];
        return sheets.map((s) =>
          (ModelWorksheet.of(this.core, s) as unknown as { readNow: (p: string[]) => Record<string, unknown> }).readNow(
            wanted,
          ),
        );
      },
      {
        deliver: (data) => {
          const items = (data as Record<string, unknown>[]).map((d, i) => {
            const w = ModelWorksheet.of(this.core, sheets[i]);
            (w as unknown as { setLoaded: (v: Record<string, unknown>) => void }).setLoaded(d);
            return w;
          });
          this.setLoaded({ items });
        },
      },
    );
    return this;
  }

  protected readNow(): Record<string, unknown> {
    return {};
  }
}

export class ModelWorkbookProtection extends ModelObject {
  constructor(core: ModelRequestCore) {
    super(core, 'WorkbookProtection');
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protected override loadNeeds(): string {
    return '1.7';
  }
  protected readNow(props: string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, p === 'protected' ? this.core.doc.structureProtected : null]));
  }
}

export class ModelApplication {
  constructor(private readonly core: ModelRequestCore) {}
  suspendApiCalculationUntilNextSync(): void {
    this.core.enqueue('Application.suspendApiCalculationUntilNextSync', null, () => this.core.suspendCalculation(), {
      needs: '1.6',
    });
    if (this.core.supports('1.6')) this.core.suspendCalculation();
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.enqueue('Application.suspendScreenUpdatingUntilNextSync', null, () => undefined, { needs: '1.9' });
    if (this.core.supports('1.9')) this.core.suspendScreen();
  }
}

export class ModelWorkbook extends ModelObject {
  readonly worksheets: ModelWorksheetCollection;
  readonly application: ModelApplication;
  readonly protection: ModelWorkbookProtection;
  constructor(core: ModelRequestCore) {
    super(core, 'Workbook');
    this.worksheets = new ModelWorksheetCollection(core);
    this.application = new ModelApplication(core);
    this.protection = new ModelWorkbookProtection(core);
  }

  /**
   * True when the workbook counts dates from 1904 (old Mac files). `Workbook.use1904DateSystem`
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member)
   * is a preview API: a host without it (`ModelOptions.no1904Api`) fails the sync that loads it.
   */
  get use1904DateSystem(): boolean {
    return this.get('use1904DateSystem');
  }

  override load(props?: string | string[] | { select?: string | string[] }): this {
    const list = propertyList(props);
    if (list.includes('use1904DateSystem') && this.core.no1904Api) {
      this.core.enqueue('Workbook.load', list, () => {
        throw new ExcelModelError(
          'InvalidArgument',
          "The argument is invalid or missing or has an incorrect format (no property 'use1904DateSystem' on this host).",
        );
      });
      return this;
    }
    return super.load(props);
  }

  protected readNow(props: string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, p === 'use1904DateSystem' ? this.core.doc.date1904 : null]));
  }
}
