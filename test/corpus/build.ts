/**
 * The corpus of strange and broken workbooks (issue 8 item 8), generated — never committed as
 * binaries. Each kind is a small function making the file's bytes; `test/corpus/corpus.test.ts` says
 * what the product must do with each, through the command line and the add-in.
 *
 *   npx tsx test/corpus/build.ts out/corpus     writes every kind into a folder, to open them in Excel
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { compoundFileWith, rezip, zipOf } from '../support/xlsx-fixtures';
import { months } from '../support/grids';

export interface Kind {
  /** A short name, also the file's name. */
  kind: string;
  /** The file's extension (".xlsx" unless the kind is about the name). */
  ext?: string;
  build(): Promise<Buffer>;
}

/** A cell with a number format, a formula, or a style. */
export interface Styled {
  v: ExcelJS.CellValue;
  fmt?: string;
  bold?: boolean;
}
export type Cell = string | number | boolean | null | Date | Styled;
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  state?: ExcelJS.WorksheetState;
  merges?: string[];
  setup?: (ws: ExcelJS.Worksheet) => void;
}

function isStyled(c: Cell): c is Styled {
  return c !== null && typeof c === 'object' && !(c instanceof Date) && 'v' in c;
}

/** A workbook of the given sheets as .xlsx bytes. */
export async function book(sheets: SheetSpec[], setup?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2021-01-29T09:30:00Z');
  setup?.(wb);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (isStyled(c)) {
          cell.value = c.v;
          if (c.fmt) cell.numFmt = c.fmt;
          if (c.bold) cell.font = { bold: true };
        } else {
          cell.value = c;
        }
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    s.setup?.(ws);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const TITLE = 'Ensure residents are healthy and well - 2020/21';
/** The months as the St Helens report spells them ("Sept"): the shared list, test/support/grids.ts. */
export const MONTHS = months(12, { sept: true });
export const HEADER: Cell[] = [
  'Ref',
  'Performance Indicator',
  'Higher / Lower is better?',
  '19/20 Outturn',
  '20/21 Target',
  ...MONTHS,
  '% Variance from Target',
  'DOT',
  'Trend',
  'Comparative Performance',
];
/** Columns (0-based) of the table's owned cells: % variance, DOT, Trend, Comparative Performance. */
export const OWNED_COLUMNS = [17, 18, 19, 20];

/** One indicator's row: Apr … Dec figures (Jan … Mar blank). */
export function indicator(ref: string, name: string, target: Cell, figures: Cell[], polarity = 'Higher'): Cell[] {
  const months = [...figures, ...Array(12 - figures.length).fill(null)];
  return [ref, name, polarity, 100, target, ...months, null, null, null, '2nd Quartile'];
}

/** Apr … Nov reported as 90 … 97, then December as given: a series whose last month is the case under test. */
export function upToDecember(december: Cell): Cell[] {
  return [90, 91, 92, 93, 94, 95, 96, 97, december];
}

/** An ordinary table of n indicators, Apr … Dec reported, Q3. */
export function rows(
  n: number,
  name = (i: number) => `Residents helped ${i}`,
  ref = (i: number) => `H-${String(i).padStart(2, '0')}`,
): Cell[][] {
  return Array.from({ length: n }, (_, i) =>
    indicator(ref(i + 1), name(i + 1), 100, [90, 92, 94, 96, 98, 99, 100 + (i % 5), 101, 95 + (i % 11)]),
  );
}

export function tableSheet(name: string, body: Cell[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, rows: [[TITLE], HEADER, ...body], ...extra };
}

/** The standard workbook: one priority sheet of six indicators. */
export function ordinary(extra: Partial<SheetSpec> = {}, sheetName = 'P2 Health'): Promise<Buffer> {
  return book([tableSheet(sheetName, rows(6), extra)]);
}

/** Rewrites every worksheet part's XML. */
function rewriteSheets(bytes: Buffer, edit: (xml: string, parts: Map<string, Buffer>) => string): Buffer {
  return rezip(bytes, (parts) => {
    for (const [name, data] of parts)
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        parts.set(name, Buffer.from(edit(data.toString('utf8'), parts)));
  });
}

/** Every shared string written inline (`t="inlineStr"`), and the shared strings part removed, as some generators write. */
function inlineStrings(bytes: Buffer): Buffer {
  const parts0 = new Map<string, Buffer>();
  rezip(bytes, (p) => p.forEach((v, k) => parts0.set(k, v)));
  const shared = [
    ...(parts0.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => [...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
  return rezip(bytes, (parts) => {
    for (const [name, data] of parts) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const xml = data
        .toString('utf8')
        .replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_, a: string, b: string, i: string) =>
            `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${shared[Number(i)]}</t></is></c>`,
        );
      parts.set(name, Buffer.from(xml));
    }
    parts.delete('xl/sharedStrings.xml');
    const rels = parts
      .get('xl/_rels/workbook.xml.rels')!
      .toString('utf8')
      .replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '');
    parts.set('xl/_rels/workbook.xml.rels', Buffer.from(rels));
    const types = parts
      .get('[Content_Types].xml')!
      .toString('utf8')
      .replace(/<Override [^>]*sharedStrings[^>]*\/>/, '');
    parts.set('[Content_Types].xml', Buffer.from(types));
  });
}

/** The marks LibreOffice Calc leaves when it saves as .xlsx: its name in app.xml, "true"/"false" attributes, explicit t="n". */
function libreOfficeStyle(bytes: Buffer): Buffer {
  const styled = rewriteSheets(bytes, (xml) =>
    xml
      .replace(/<sheetPr>/, '<sheetPr filterMode="false">')
      .replace(/<sheetFormatPr /, '<sheetFormatPr zeroHeight="false" ')
      .replace(/<c r="([A-Z]+\d+)"( s="\d+")?><v>/g, '<c r="$1"$2 t="n"><v>'),
  );
  return rezip(styled, (parts) => {
    parts.set(
      'docProps/app.xml',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>2</TotalTime><Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application><AppVersion>15.0000</AppVersion></Properties>',
      ),
    );
  });
}

const EMOJI = '🏠';
const ASTRAL = '𝔸𝕓𝕔 😀 👩🏽‍⚕️';

export const KINDS: Kind[] = [
  // Numbers stored two ways, dates (items 2, 3).
  {
    kind: 'percent-text-target-fraction-values',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Council tax collected', '5%', Array(9).fill({ v: 0.052, fmt: '0.0%' })),
        ]),
      ]),
  },
  {
    kind: 'percent-fraction-target-text-values',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Council tax collected', { v: 0.05, fmt: '0%' }, Array(9).fill('5.2%')),
        ]),
      ]),
  },
  {
    kind: 'percent-plain-target-fraction-values',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Council tax collected', 5, Array(9).fill({ v: 0.052, fmt: '0.0%' })),
        ]),
      ]),
  },
  {
    kind: 'percentages-in-every-form',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Typed as text', '5%', Array(9).fill('5.2%')),
          indicator('H-02', 'Stored as fractions', { v: 0.05, fmt: '0%' }, Array(9).fill({ v: 0.052, fmt: '0.0%' })),
          indicator('H-03', 'Plain percent units', 5, Array(9).fill(5.2)),
          indicator('H-04', 'Text target, fraction values', '5%', Array(9).fill({ v: 0.052, fmt: '0.00%' })),
          indicator('H-05', 'Fraction target, text values', { v: 0.05, fmt: '0.0%' }, Array(9).fill('5.2%')),
          indicator('H-06', 'Mixed values', '5%', [...Array(8).fill('5.1%'), { v: 0.052, fmt: '0.0%' }]),
        ]),
      ]),
  },
  {
    kind: 'date-1904-month-headers',
    build: () =>
      book(
        [
          tableSheet('P2 Health', rows(4), {
            rows: [
              [TITLE],
              [
                ...HEADER.slice(0, 5),
                ...MONTHS.map((_, m) => ({
                  v: new Date(Date.UTC(m < 9 ? 2020 : 2021, (m + 3) % 12, 1)),
                  fmt: 'mmm-yy',
                })),
                ...HEADER.slice(17),
              ],
              ...rows(4),
            ],
          }),
        ],
        (wb) => {
          wb.properties.date1904 = true;
        },
      ),
  },
  {
    kind: 'dates-where-numbers-belong',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Visits', 10, [
            10,
            11,
            12,
            12,
            12,
            12,
            12,
            12,
            { v: new Date(Date.UTC(2020, 11, 1)), fmt: 'dd/mm/yyyy' },
          ]),
          ...rows(3),
        ]),
      ]),
  },
  // Damaged packages (item 4) and files that are not workbooks.
  {
    kind: 'missing-sheet-part',
    build: async () =>
      rezip(await book([tableSheet('P1 Children', rows(3)), tableSheet('P2 Health', rows(3))]), (p) =>
        p.delete('xl/worksheets/sheet2.xml'),
      ),
  },
  {
    kind: 'missing-part-relationship',
    build: async () =>
      rezip(await book([tableSheet('P1 Children', rows(3)), tableSheet('P2 Health', rows(3))]), (p) =>
        p.set(
          'xl/_rels/workbook.xml.rels',
          Buffer.from(
            p
              .get('xl/_rels/workbook.xml.rels')!
              .toString('utf8')
              .replace(/<Relationship [^>]*worksheets\/sheet2\.xml"\/>/, ''),
          ),
        ),
      ),
  },
  {
    kind: 'bad-xml',
    build: async () =>
      rezip(await ordinary(), (p) =>
        p.set(
          'xl/worksheets/sheet1.xml',
          Buffer.from(
            p
              .get('xl/worksheets/sheet1.xml')!
              .toString('utf8')
              .replace('</sheetData>', '<row r="99"><c r="A99"><v>1</v></sheetData>'),
          ),
        ),
      ),
  },
  { kind: 'truncated', build: async () => (await ordinary()).subarray(0, 1500) },
  { kind: 'encrypted', build: async () => compoundFileWith(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']) },
  { kind: 'old-xls-renamed', build: async () => compoundFileWith(['Root Entry', 'Workbook', 'SummaryInformation']) },
  {
    kind: 'csv-renamed',
    build: async () => Buffer.from('Ref,Performance Indicator,Target\nH-01,Residents helped,100\n'),
  },
  {
    kind: 'pdf-renamed',
    build: async () => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 0)]),
  },
  {
    kind: 'png-renamed',
    build: async () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]),
  },
  {
    kind: 'word-renamed',
    build: async () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
  },
  { kind: 'plain-zip-renamed', build: async () => zipOf({ 'notes.txt': 'not a workbook' }) },
  { kind: 'empty-file', build: async () => Buffer.alloc(0) },
  // Workbooks with nothing to score.
  { kind: 'empty-workbook', build: () => book([{ name: 'Sheet1', rows: [] }]) },
  {
    kind: 'sheets-with-no-table',
    build: () =>
      book([
        { name: 'Notes', rows: [['Performance report'], ['To be completed by 12 January']] },
        { name: 'Lookups', rows: [['Higher'], ['Lower']] },
      ]),
  },
  { kind: 'header-only', build: () => book([{ name: 'P2 Health', rows: [[TITLE], HEADER] }]) },
  {
    kind: 'no-period-columns',
    build: () =>
      book([{ name: 'P2 Health', rows: [[TITLE], HEADER.slice(0, 5), ...rows(4).map((r) => r.slice(0, 5))] }]),
  },
  // Awkward contents.
  {
    kind: 'duplicate-refs',
    build: () =>
      book([
        tableSheet(
          'P2 Health',
          rows(4, undefined, (i) => (i <= 2 ? 'H-01' : `H-0${i}`)),
        ),
      ]),
  },
  {
    kind: 'text-in-every-value-cell',
    build: () =>
      book([
        tableSheet(
          'P2 Health',
          [1, 2, 3].map((i) =>
            indicator(`H-0${i}`, `Measure ${i}`, 100, Array(9).fill('Data collection suspended by NHS')),
          ),
        ),
      ]),
  },
  {
    kind: 'formula-errors',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Rate per 1,000', 100, [
            90,
            91,
            92,
            93,
            94,
            95,
            { v: { error: '#DIV/0!' } as ExcelJS.CellErrorValue },
            { v: { error: '#N/A' } as ExcelJS.CellErrorValue },
            { v: { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue },
          ]),
          ...rows(3),
        ]),
      ]),
  },
  {
    kind: 'live-formulas-with-results',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator(
            'H-01',
            'Sum of two',
            { v: { formula: '50*2', result: 100 } as ExcelJS.CellFormulaValue },
            upToDecember({ v: { formula: 'M3+1', result: 98 } as ExcelJS.CellFormulaValue }),
          ),
          ...rows(3),
        ]),
      ]),
  },
  {
    kind: 'live-formulas-without-results',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Sum of two', 100, upToDecember({ v: { formula: 'M3+1' } as ExcelJS.CellFormulaValue })),
          ...rows(3),
        ]),
      ]),
  },
  {
    kind: 'zero-and-negative-targets',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Serious incidents', 0, [0, 0, 0, 0, 0, 0, 0, 0, 0], 'Lower'),
          indicator('H-02', 'Net change in jobs', -10, [-8, -7, -6, -6, -5, -5, -5, -5, -5]),
          indicator('H-03', 'Missed zero', 0, [1, 0, 0, 0, 0, 0, 0, 0, 2], 'Lower'),
        ]),
      ]),
  },
  {
    kind: 'text-numbers',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator('H-01', 'Collected (£)', '1,350,000', [
            '£1,100,000',
            '1,200,000',
            ' 1,250,000 ',
            '1,300,000',
            '1,310,000',
            '1,320,000',
            '1,330,000',
            '1,340,000',
            '1,360,000',
          ]),
          ...rows(2),
        ]),
      ]),
  },
  {
    kind: 'million-row-used-range',
    build: () =>
      ordinary({
        setup: (ws) => {
          ws.getCell('A1000000').numFmt = '0.00';
          ws.getCell('A1000000').font = { bold: true };
        },
      }),
  },
  {
    kind: 'hidden-rows-and-columns',
    build: () =>
      ordinary({
        setup: (ws) => {
          ws.getRow(4).hidden = true;
          ws.getColumn(4).hidden = true;
          ws.getColumn(16).hidden = true;
        },
      }),
  },
  {
    kind: 'hidden-sheet-with-indicators',
    build: () => book([tableSheet('P2 Health', rows(3)), tableSheet('P2 Health (old)', rows(3), { state: 'hidden' })]),
  },
  {
    kind: 'merged-across-header',
    build: () =>
      book([
        {
          name: 'P2 Health',
          rows: [
            [TITLE],
            [...HEADER.slice(0, 2), null, ...HEADER.slice(2)],
            ...rows(4).map((r) => [...r.slice(0, 2), null, ...r.slice(2)]),
          ],
          merges: ['B2:C2', 'B3:C3', 'B4:C4', 'B5:C5', 'B6:C6'],
        },
      ]),
  },
  { kind: 'merged-over-owned-cells', build: () => ordinary({ merges: ['R4:S4'] }) },
  {
    kind: 'existing-q3-summary-sheet',
    build: () =>
      book([tableSheet('P2 Health', rows(4)), { name: 'Q3 Summary', rows: [['My own summary'], ['Do not touch']] }]),
  },
  {
    kind: 'user-sheet-called-scorecard-state',
    build: () =>
      book([
        tableSheet('P2 Health', rows(4)),
        { name: 'Scorecard_State', rows: [['My notes'], ['Check H-02 with Housing']] },
      ]),
  },
  { kind: 'protected-sheet', build: () => ordinary({ setup: (ws) => void ws.protect('', {}) }) },
  {
    kind: 'protected-structure',
    build: async () =>
      rezip(await ordinary(), (p) =>
        p.set(
          'xl/workbook.xml',
          Buffer.from(
            p
              .get('xl/workbook.xml')!
              .toString('utf8')
              .replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
          ),
        ),
      ),
  },
  {
    kind: 'formula-like-names',
    build: () =>
      book([
        tableSheet(
          'P2 Health',
          [
            ['=1+1', '=SUM(A1:A9)', '+44 calls', '-5 days', '@risk'].map((n, i) =>
              indicator(i === 0 ? '=1+1' : `F-0${i}`, n, 100, [90, 91, 92, 93, 94, 95, 96, 97, 98]),
            ),
          ].flat() as unknown as Cell[][],
        ),
      ]),
  },
  { kind: 'sheet-name-31-characters', build: () => ordinary({}, 'P1 Children and Young People 21') },
  {
    kind: 'sheet-name-with-quotes',
    build: () =>
      book([
        tableSheet("Children's Services", rows(3)),
        tableSheet(
          "P2 'Health' & Care",
          rows(3, undefined, (i) => `C-0${i}`),
        ),
      ]),
  },
  {
    kind: 'emoji-in-every-kind-of-cell',
    build: () =>
      book([
        tableSheet(`P2 ${EMOJI} Housing`, [
          indicator(`${EMOJI}-01`, `Homes built ${EMOJI} ${ASTRAL}`, 100, [
            90,
            91,
            92,
            93,
            94,
            95,
            96,
            `${ASTRAL} not collected`,
            98,
          ]),
          [
            ...indicator('H-02', 'Households helped', 100, [90, 91, 92, 93, 94, 95, 96, 97, 98]).slice(0, 20),
            `${EMOJI} 2nd Quartile`,
          ],
          ...rows(2),
        ]),
      ]),
  },
  {
    kind: 'emoji-3000-rows',
    build: () =>
      book([
        tableSheet(
          `P2 ${EMOJI}`,
          rows(
            3000,
            (i) => `${ASTRAL} indicator ${i} ${EMOJI}`,
            (i) => `${EMOJI}-${i}`,
          ),
        ),
      ]),
  },
  {
    kind: 'long-text',
    build: () =>
      book([
        tableSheet('P2 Health', [
          indicator(
            'H-01',
            `A very long indicator name ${'that goes on '.repeat(40)}`,
            100,
            upToDecember('x'.repeat(32767)),
          ),
          ...rows(2),
        ]),
      ]),
  },
  {
    kind: 'listobject-table',
    build: () =>
      book([
        {
          name: 'P2 Health',
          rows: [],
          setup: (ws) => {
            ws.getCell('A1').value = TITLE;
            ws.addTable({
              name: 'Indicators',
              ref: 'A2',
              headerRow: true,
              columns: HEADER.map((h) => ({ name: String(h), filterButton: true })),
              rows: rows(4).map((r) => r.map((c) => (isStyled(c) ? c.v : c))) as ExcelJS.CellValue[][],
            });
          },
        },
      ]),
  },
  { kind: 'libreoffice-saved', build: async () => libreOfficeStyle(await ordinary()) },
  { kind: 'inline-strings', build: async () => inlineStrings(await ordinary()) },
  {
    kind: 'quarterly-table',
    build: () =>
      book([
        {
          name: 'P2 Health',
          rows: [
            [TITLE],
            [
              'Ref',
              'Performance Indicator',
              'Higher / Lower is better?',
              '20/21 Target',
              'Q1',
              'Q2',
              'Q3',
              'Q4',
              '% Variance from Target',
              'DOT',
            ],
            ['Q-01', 'Quarterly visits', 'Higher', 50, 40, 45, 52, null, null, null],
            ['Q-02', 'Quarterly calls', 'Lower', 20, 25, 22, 21, null, null, null],
          ],
        },
      ]),
  },
  // Layouts councils use, hunted for silent misreadings (helper "hunt").
  {
    kind: 'directorate-subheadings-and-totals',
    build: () =>
      book([
        {
          name: 'Q3 2020-21',
          rows: [
            ['Anytown Borough Council'],
            ['Corporate Performance Report, Quarter 3 2020/21'],
            [],
            ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', '% Variance from Target', 'DOT'],
            [{ v: 'Adult Social Care', bold: true }],
            ['ASC1', 'Reviews completed %', 'Higher', 90, 80, 85, 88, null, null],
            ['ASC2', 'Delayed transfers of care', 'Lower', 10, 12, 11, 9, null, null],
            [{ v: "Children's Services", bold: true }],
            ['CS1', 'Re-referrals within 12 months %', 'Lower', 22, 25, 24, 21, null, null],
            [{ v: 'Total', bold: true }, null, null, 122, 117, 120, 118, null, null],
            [],
            [{ v: 'Place', bold: true }],
            ['PL1', 'Missed bins per 100,000 collections', 'Lower', 50, 60, 45, 40, null, null],
          ],
          merges: ['A5:I5', 'A8:I8', 'A12:I12'],
        },
      ]),
  },
  {
    kind: 'target-actual-pairs-under-quarters',
    build: () =>
      book([
        {
          name: 'Q2 KPIs',
          rows: [
            [null, null, null, null, 'Q1', null, 'Q2', null],
            ['Ref', 'Indicator', 'Polarity', 'Annual target', 'Target', 'Actual', 'Target', 'Actual'],
            ['K1', 'Rent collected %', 'Higher', 98, 95, 90, 96, 97],
            ['K2', 'Days to re-let', 'Lower', 30, 30, 40, 30, 29],
          ],
          merges: ['E1:F1', 'G1:H1'],
        },
      ]),
  },
  {
    kind: 'title-block-filter-frozen-actual',
    build: () =>
      book([
        {
          name: 'Q2 2020-21',
          rows: [
            ['Anytown Borough Council'],
            ['Corporate Performance Report'],
            [],
            ['Produced by the Performance Team'],
            [],
            [],
            ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Actual', '% Variance from Target', 'Status'],
            ['K1', 'Rent collected %', 'Higher', 98, 97, null, 'G'],
            ['K2', 'Average days to re-let', 'Lower', 30, 33, null, null],
            ['K3', 'Complaints answered in time %', 'Higher', 90, 92, null, null],
            ['K4', 'Missed bins per 100,000', 'Lower', 50, 45, null, null],
          ],
          setup: (ws) => {
            ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 7 }];
            ws.autoFilter = 'A7:G11';
            ws.getRow(9).hidden = true;
          },
        },
      ]),
  },
  {
    kind: 'quarter-pairs-subheadings-money-direction',
    build: () =>
      book([
        {
          name: 'Q2 2020-21',
          rows: [
            ['Resources and Place scorecard 2020/21'],
            [
              'Ref',
              'Measure',
              'Direction',
              'Annual target',
              'Q1',
              null,
              null,
              'Q2',
              null,
              null,
              '% Variance from Target',
              'DOT',
            ],
            [null, null, null, null, 'Target', 'Actual', 'RAG', 'Target', 'Actual', 'RAG', null, null],
            [{ v: 'Resources', bold: true }],
            ['R1', 'Savings delivered', 'Maximise', '£4m', '£1m', '£0.9m', 'A', '£2m', '£2.1m', 'G', null, null],
            ['R2', 'Sickness days per FTE', 'Minimise', '8.5 days', 2.1, 2.3, 'R', 4.2, 4.0, 'G', null, null],
            [{ v: 'Place', bold: true }],
            ['P1', 'Missed bins per 100,000', 'Lower', 50, 50, 60, 'R', 50, 45, 'G', null, null],
            [null, 'Total', null, null, null, null, null, null, null, null, null, null],
          ],
          merges: ['E2:G2', 'H2:J2', 'A4:L4', 'A7:L7'],
        },
      ]),
  },
  {
    // Helper hunt2: the rest of the sector — an NHS plan by month, fire response times kept as Excel
    // times, a police rolling year, sickness absence by "Apr–Jun" quarters (docs/workbook.md, "Sector layouts").
    kind: 'sector-nhs-fire-police-hr',
    build: () =>
      book([
        {
          name: 'IPR',
          rows: [
            [
              'Metric',
              'Polarity',
              'Apr-25 Plan',
              'Apr-25 Actual',
              'May-25 Plan',
              'May-25 Actual',
              'Jun-25 Plan',
              'Jun-25 Actual',
              'DOT',
            ],
            ['Elective spells', 'Higher', 5000, 4800, 5100, 5150, 5200, 5000, null],
          ],
        },
        {
          name: 'Fire',
          rows: [
            ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'DOT'],
            [
              'FRS1',
              'Average response time to primary fires',
              'Lower',
              { v: 8 / 1440, fmt: 'mm:ss' },
              { v: 495 / 86400, fmt: 'mm:ss' },
              { v: 475 / 86400, fmt: 'mm:ss' },
              null,
            ],
            [
              'FRS2',
              'Average ambulance handover',
              'Lower',
              { v: 15 / 1440, fmt: '[h]:mm' },
              { v: 1100 / 86400, fmt: '[h]:mm' },
              { v: 1250 / 86400, fmt: '[h]:mm' },
              null,
            ],
          ],
        },
        {
          name: 'Police',
          rows: [
            [
              'Ref',
              'Measure',
              'Polarity',
              'Target',
              'Rolling 12 months to Jun-25',
              'Rolling 12 months to Sep-25',
              'DOT',
            ],
            ['P1', 'Residential burglary per 1,000 households', 'Lower', 5, 5.4, 5.1, null],
            ['P2', 'Total recorded crime', 'Lower', '-3%', 98000, 96500, null],
          ],
        },
        {
          name: 'HR',
          rows: [
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec', 'Jan–Mar', 'DOT'],
            ['HR1', 'Working days lost per FTE', 'Lower', 2.1, '2.3 days', '2.0 days', null, null, null],
          ],
        },
      ]),
  },
  {
    kind: 'long-table-one-row-per-month',
    build: () =>
      book([
        {
          name: 'Data',
          rows: [
            ['Indicator', 'Month', 'Target', 'Actual'],
            ['A&E 4 hour %', 'Apr-25', 78, 74.1],
            ['A&E 4 hour %', 'May-25', 78, 75.2],
            ['A&E 4 hour %', 'Jun-25', 78, 76],
            ['RTT 18 weeks %', 'Apr-25', 92, 58.1],
            ['RTT 18 weeks %', 'May-25', 92, 58.4],
          ],
        },
      ]),
  },
];

/** Writes every kind into `dir` (`<kind><ext>`); returns the paths by kind. */
export async function buildCorpus(dir: string): Promise<Map<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const k of KINDS) {
    const file = path.join(dir, `${k.kind}${k.ext ?? '.xlsx'}`);
    fs.writeFileSync(file, await k.build());
    out.set(k.kind, file);
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join('out', 'corpus');
  void buildCorpus(dir).then((files) => process.stdout.write(`Wrote ${files.size} workbooks into ${dir}.\n`));
}
