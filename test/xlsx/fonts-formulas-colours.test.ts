/**
 * Fidelity on real analysts' workbooks: their default font survives, their own formulas in owned
 * cells come back on undo, and colours given by theme or palette are read as the colours they show.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { cellSnapshot, cellValue, colourHex, fillHex, findSheet, readGrids } from '../../src/xlsx';
import { parseThemeColours, withTint } from '../../src/xlsx/colours';
import { parseDefaultFont } from '../../src/xlsx/default-font';
import { readZipEntry, zipEntryNames } from '../../src/xlsx/package/zip';
import { scorecard } from '../support/xlsx-cli';
import { folderForTheseTests, zipOf } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';
import { months } from '../support/grids';

const TABLE = [
  [
    'Ref',
    'Performance Indicator',
    'Higher / Lower is better?',
    'Target',
    ...months(3),
    '% Variance from Target',
    'DOT',
  ],
  ['HS-01', 'Homes built', 'Higher', 100, 90, 95, 101, null, null],
  ['HS-02', 'Empty homes brought back', 'Higher', 50, 40, 45, 44, null, null],
];

async function tableWorkbook(fill: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Housing');
  TABLE.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  fill(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same workbook with Arial 10 as its default font, as an older council template has it. */
function withDefaultFont(bytes: Buffer, name: string, size: number): Buffer {
  const parts: Record<string, string> = {};
  for (const part of zipEntryNames(bytes)!) parts[part] = readZipEntry(bytes, part)!.toString('utf8');
  parts['xl/styles.xml'] = parts['xl/styles.xml'].replace(
    /(<fonts\b[^>]*>\s*)<font>[\s\S]*?<\/font>/,
    `$1<font><sz val="${size}"/><color theme="1"/><name val="${name}"/><family val="2"/></font>`,
  );
  return zipOf(parts);
}

describe('A workbook whose default font is Arial 10', () => {
  const folder = folderForTheseTests();
  const { at } = folder;
  let scored: ExcelJS.Workbook;

  before(async () => {
    const bytes = withDefaultFont(await tableWorkbook(), 'Arial', 10);
    assert.deepEqual(parseDefaultFont(readZipEntry(bytes, 'xl/styles.xml')!.toString('utf8')), {
      name: 'Arial',
      size: 10,
      family: 2,
      color: { theme: 1 },
    });
    fs.writeFileSync(at('arial.xlsx'), bytes);
    const ran = await scorecard(['score', at('arial.xlsx'), '-o', at('scored.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    scored = await readXlsx(fs.readFileSync(at('scored.xlsx')));
  });

  it("keeps its plain cells in Arial 10: on the workbook's default font, which is still Arial 10 (ExcelJS alone would turn them Calibri 11)", () => {
    const name = findSheet(scored, 'Housing')!.getCell('B2');
    assert.equal(name.value, 'Homes built');
    // The package path leaves a plain cell's style as it was (style 0: no font of its own), so it
    // shows in the workbook's default font, the first <font> of styles.xml, unchanged.
    assert.equal(name.font, undefined, 'no font of its own: the default font applies');
    assert.deepEqual(
      parseDefaultFont(readZipEntry(fs.readFileSync(at('scored.xlsx')), 'xl/styles.xml')!.toString('utf8')),
      { name: 'Arial', size: 10, family: 2, color: { theme: 1 } },
    );
  });

  it('colours the DOT arrow in Arial 10 too', () => {
    const dot = findSheet(scored, 'Housing')!.getCell('I2');
    assert.equal(cellValue(dot), '■', 'first reported');
    assert.deepEqual([dot.font.name, dot.font.size, colourHex(dot.font.color)], ['Arial', 10, '006100']);
  });
});

describe("An analyst's own formulas in the % variance column", () => {
  const folder = folderForTheseTests();
  const { at } = folder;
  before(async () => {
    fs.writeFileSync(
      at('formulas.xlsx'),
      await tableWorkbook((ws) => {
        ws.getCell('H2').value = { formula: '(G2-D2)/D2', result: 0.01 };
        ws.getCell('H3').value = { formula: '(G3-D3)/D3', result: -0.12 };
        ws.getCell('H2').numFmt = '0.0%';
      }),
    );
  });

  it('are replaced by the scored figures, and come back on undo with the values they showed', async () => {
    assert.equal((await scorecard(['score', at('formulas.xlsx'), '-o', at('scored.xlsx')])).code, 0);
    const scored = findSheet(await readXlsx(fs.readFileSync(at('scored.xlsx'))), 'Housing')!;
    assert.equal(cellValue(scored.getCell('H2')), 0.01);
    assert.equal(scored.getCell('H2').formula, undefined);
    assert.equal(scored.getCell('H2').numFmt, '0.00%');

    assert.equal((await scorecard(['undo', at('scored.xlsx'), '-o', at('undone.xlsx')])).code, 0);
    const undone = findSheet(await readXlsx(fs.readFileSync(at('undone.xlsx'))), 'Housing')!;
    assert.equal(undone.getCell('H2').formula, '(G2-D2)/D2');
    assert.equal(undone.getCell('H3').formula, '(G3-D3)/D3');
    assert.deepEqual(readGrids(undone.workbook)[0].values[1].slice(7, 8), [0.01]);
    assert.equal(undone.getCell('H2').numFmt, '0.0%');
    assert.equal(fillHex(undone.getCell('H2').fill), null);
  });
});

describe('Colours as a cell shows them', () => {
  it('reads ARGB, theme colours with a tint, and the legacy palette', () => {
    assert.equal(colourHex({ argb: 'FFC6EFCE' }), 'C6EFCE');
    assert.equal(colourHex({ theme: 1 }), '000000');
    assert.equal(colourHex({ theme: 4 }), '4472C4');
    assert.equal(colourHex({ theme: 4, tint: 0.7999816888943144 } as Partial<ExcelJS.Color>), 'DAE3F3');
    assert.equal(withTint('4472C4', -0.249977111117893), '2F5597');
    assert.equal(colourHex({ indexed: 10 } as Partial<ExcelJS.Color>), 'FF0000');
    assert.equal(colourHex({ indexed: 64 } as Partial<ExcelJS.Color>), null, 'system foreground: automatic');
    assert.equal(colourHex(undefined), null);
  });

  it('reads the theme of the workbook itself', () => {
    const xml =
      '<a:clrScheme name="Council"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>' +
      ['4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646']
        .map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`)
        .join('') +
      '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>';
    const theme = parseThemeColours(xml)!;
    assert.deepEqual(theme.slice(0, 5), ['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD']);
    assert.equal(colourHex({ theme: 5 }, theme), 'C0504D');
  });

  it('reads the theme of a workbook whose theme part binds DrawingML to another prefix than "a"', () => {
    const slots = [
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
    const colours = [
      'FFFFFF',
      '000000',
      'EEECE1',
      '1F497D',
      '4F81BD',
      'C0504D',
      '9BBB59',
      '8064A2',
      '4BACC6',
      'F79646',
      '0000FF',
      '800080',
    ];
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<d:theme xmlns:d="http://schemas.openxmlformats.org/drawingml/2006/main" name="Council"><d:themeElements><d:clrScheme name="Council">' +
      slots.map((s, i) => `<d:${s}><d:srgbClr val="${colours[i]}"/></d:${s}>`).join('') +
      '</d:clrScheme></d:themeElements></d:theme>';
    assert.deepEqual(parseThemeColours(xml), colours);
  });

  it('takes a snapshot of an owned cell: value, formula, number format, fill and font colour', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('P1');
    const cell = ws.getCell('T5');
    cell.value = { formula: 'S5/R5', result: 0.5 } as ExcelJS.CellFormulaValue;
    cell.style = {
      numFmt: '0%',
      fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 9, tint: 0.5 } as Partial<ExcelJS.Color> },
      font: { color: { theme: 0 } },
    };
    assert.deepEqual(
      cellSnapshot(cell, [
        'FFFFFF',
        '000000',
        'E7E6E6',
        '44546A',
        '4472C4',
        'ED7D31',
        'A5A5A5',
        'FFC000',
        '5B9BD5',
        '70AD47',
        '0563C1',
        '954F72',
      ]),
      {
        value: 0.5,
        formula: '=S5/R5',
        format: { numberFormat: '0%', fill: withTint('70AD47', 0.5), fontColor: 'FFFFFF' },
      },
    );
    assert.deepEqual(cellSnapshot(ws.getCell('A1'), []), {
      value: null,
      format: { numberFormat: 'General', fill: null, fontColor: null },
    });
  });
});
