/**
 * Scoring the example workbook from the command line, as the README's main command does: the result
 * is the golden expected-q3.json, the scored workbook shows it in colours, symbols and summary sheets.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import { expectedQ3 } from '../support/golden';
import { copyExample, folderForTheseTests } from '../support/xlsx-fixtures';
import { scorecard } from '../support/xlsx-cli';
import { readXlsx, sheetValues } from '../support/xlsx-snapshot';
import { cellValue, colourHex, fillHex, findSheet } from '../../src/xlsx';

const close = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : JSON.stringify(a) === JSON.stringify(b);

interface Json {
  quarter: string;
  indicators: Record<string, unknown>[];
  priorities: Record<string, unknown>[];
  executiveSummary: Record<string, unknown>;
  strongPerformance: string[];
  requiresImprovement: string[];
  tier1: string[];
}

describe('Scoring the example workbook with `scorecard score`', () => {
  const folder = folderForTheseTests();
  let json: Json;
  let scored: ExcelJS.Workbook;
  let stdout: string;

  before(async () => {
    const input = copyExample(folder.dir);
    const ran = await scorecard(['score', input, '--json', folder.at('r.json'), '-o', folder.at('s.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stderr, '');
    stdout = ran.stdout;
    json = JSON.parse(fs.readFileSync(folder.at('r.json'), 'utf8')) as Json;
    scored = await readXlsx(fs.readFileSync(folder.at('s.xlsx')));
  });

  it('gives every indicator exactly as expected-q3.json has it', () => {
    assert.equal(json.quarter, expectedQ3.quarter);
    assert.equal(json.indicators.length, expectedQ3.indicators.length);
    expectedQ3.indicators.forEach((want, i) => {
      const got = json.indicators[i];
      for (const [key, value] of Object.entries(want)) {
        assert.ok(
          close(got[key], value),
          `${want.ref} ${key}: got ${JSON.stringify(got[key])}, expected ${JSON.stringify(value)}`,
        );
      }
    });
  });

  it('gives every count table and list as expected-q3.json has them', () => {
    expectedQ3.priorities.forEach((want, i) => {
      for (const [key, value] of Object.entries(want))
        assert.ok(close(json.priorities[i][key], value), `priority ${i + 1} ${key}`);
    });
    for (const [key, value] of Object.entries(expectedQ3.executiveSummary))
      assert.ok(close(json.executiveSummary[key], value), key);
    assert.deepEqual(json.strongPerformance, expectedQ3.strongPerformance);
    assert.deepEqual(json.requiresImprovement, expectedQ3.requiresImprovement);
    assert.deepEqual(json.tier1, expectedQ3.tier1);
  });

  it('prints the executive summary and the per-priority tables with the same counts', () => {
    const ex = expectedQ3.executiveSummary;
    assert.match(stdout, /Executive summary/);
    assert.match(
      stdout,
      new RegExp(
        `^\\s+${ex.total}\\s+${ex.onTarget}\\s+${ex.withinTolerance}\\s+${ex.offTarget}\\s+${ex.dataGaps}\\s+${ex.noTarget}$`,
        'm',
      ),
    );
    expectedQ3.priorities.forEach((p, i) => {
      assert.match(
        stdout,
        new RegExp(
          `^  P${i + 1}\\s+${p.total}\\s+${p.onTarget}\\s+${p.withinTolerance}\\s+${p.offTarget}\\s+${p.dataGaps}\\s+${p.noTarget}$`,
          'm',
        ),
      );
    });
    assert.match(stdout, /Findings: 2 to check/);
  });

  it('fills each % variance cell in its RAG colour, in 0.00%', () => {
    const sheet = findSheet(scored, 'P1 Children & Young People')!;
    // CYP-01 5.28% on target (row 5), CYP-40 −7.82% off target (row 7); column T holds % variance.
    const cyp01 = sheet.getCell('T5');
    assert.equal(cellValue(cyp01), 0.0528);
    assert.equal(cyp01.numFmt, '0.00%');
    assert.equal(fillHex(cyp01.fill), 'C6EFCE');
    assert.equal(colourHex(cyp01.font.color), '006100');
    assert.equal(fillHex(sheet.getCell('T7').fill), 'FFC7CE');
    assert.equal(colourHex(sheet.getCell('T7').font.color), '9C0006');
  });

  it('writes the DOT arrow in the colour of the RAG status, and keeps the font of the cell', () => {
    const sheet = findSheet(scored, 'P1 Children & Young People')!;
    const dot = sheet.getCell('U5');
    assert.equal(cellValue(dot), '↓');
    assert.equal(colourHex(dot.font.color), '006100');
    assert.equal(dot.font.name, 'Arial');
    assert.equal(dot.font.size, 10);
    assert.equal(fillHex(dot.fill), null, 'the arrow is coloured, not its cell');
  });

  it('fills the comparative-performance cell by quartile and keeps its words', () => {
    const sheet = findSheet(scored, 'P1 Children & Young People')!;
    assert.equal(cellValue(sheet.getCell('W5')), '4th Quartile');
    assert.equal(fillHex(sheet.getCell('W5').fill), 'FFC7CE');
    assert.equal(fillHex(sheet.getCell('W7').fill), 'FFEB9C', '3rd quartile is amber');
  });

  it("adds the summary sheets after the analyst's sheets, with the same counts as the JSON", () => {
    const names = scored.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name);
    assert.deepEqual(names.slice(-3), ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings']);
    const summary = sheetValues(findSheet(scored, 'Q3 Summary')!);
    const ex = expectedQ3.executiveSummary;
    // The executive table: headers on row 6, the council's counts on row 7 from column B.
    assert.deepEqual(
      ['A7', 'B7', 'C7', 'D7', 'E7', 'F7', 'G7'].map((a) => summary.get(a)),
      ['Whole council', ex.total, ex.onTarget, ex.withinTolerance, ex.offTarget, ex.dataGaps, ex.noTarget],
    );
    const rows = [...summary.entries()];
    const councilRow = rows
      .filter(([, v]) => v === 'Whole council')
      .pop()![0]
      .slice(1);
    assert.equal(summary.get(`B${councilRow}`), ex.total);
    assert.equal(summary.get(`C${councilRow}`), ex.onTarget);
    assert.equal(summary.get(`H${councilRow}`), ex.dotTotal);
  });

  it('keeps the settings and the undo journal on a very hidden Scorecard_State sheet', () => {
    const state = findSheet(scored, 'Scorecard_State')!;
    assert.equal(state.state, 'veryHidden');
    assert.equal(cellValue(state.getCell('B2')), 'performance-scorecard-state/3');
  });
});
