/**
 * `scorecard score` on a police force's workbook with an indicator it cannot judge: the printed summary
 * and --json count "Not rated" apart from "No target" and speak of the force, not a council; the Summary
 * sheet written says the same, and its long key line gets a row tall enough for its wrapped text.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { scorecard } from '../support/xlsx-cli';
import { folderForTheseTests, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';

const FORCE: CellValue[][] = [
  ['Northshire Police – Force Performance Report 2026/27'],
  [],
  ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2', 'DOT', 'Quartile'],
  ['PC1', 'Residential burglary per 1,000 households', 'Lower', 0.5, 0.6, 0.57, null, '2nd'],
  ['PC2', 'Hate crime (count)', 'Monitor only', 150, 142, 158, null, null],
  ['PC3', 'Repeat victims (count)', 'Lower', null, 40, 38, null, '3 of 8'],
  ['PC4', 'Emergency attendance within 15 minutes %', 'Close to target', 85, 84, 86, null, '1st'],
];

describe('`scorecard score`: Not rated, and the organisation named as it names itself', () => {
  const folder = folderForTheseTests();
  const { at } = folder;
  let stdout = '';
  let json: Record<string, unknown> & {
    executiveSummary: Record<string, number>;
    priorities: Record<string, number>[];
  };

  before(async () => {
    fs.writeFileSync(at('force.xlsx'), await xlsxFromGrids([{ name: 'Force Performance', values: FORCE }]));
    const ran = await scorecard(['score', at('force.xlsx'), '-o', at('out.xlsx'), '--json', at('r.json'), '-q', 'Q2']);
    assert.equal(ran.code, 0, ran.stderr);
    stdout = ran.stdout;
    json = JSON.parse(fs.readFileSync(at('r.json'), 'utf8')) as typeof json;
  });

  it('prints the whole force\'s counts with "Total indicators" and a Not rated column', () => {
    assert.match(stdout, /^Executive summary \(the whole force\)$/m);
    assert.match(
      stdout,
      /^ {2}Total indicators +On target +Within tolerance +Off target +Data gaps +No target +Not rated$/m,
    );
    assert.match(stdout, /^ {2}Whole force +4 +\d+ +\d+ +\d+ +0 +1 +1$/m);
    assert.doesNotMatch(stdout, /council/i);
  });

  it('--json gives notRated beside noTarget in every count table, and the organisation', () => {
    assert.equal(json.executiveSummary.noTarget, 1, 'PC3 has no target');
    assert.equal(json.executiveSummary.notRated, 1, 'PC2 is Monitor only: not rated');
    assert.equal(json.priorities[0].notRated, 1);
    assert.equal(json.organisation, 'force');
  });

  it("writes the Summary in the force's words, and the long key line wrapped in a taller row", async () => {
    const wb = await readXlsx(fs.readFileSync(at('out.xlsx')));
    const summary = wb.getWorksheet('Q2 Summary')!;
    const column = (c: number) => Array.from(summary.getColumn(c).values, (v) => (v == null ? '' : String(v)));
    assert.ok(column(1).includes('Executive summary – the whole force'));
    assert.ok(column(1).includes('Whole force'));
    assert.ok(column(2).includes('Total indicators'));
    const a = column(1);
    const amber = a.findIndex((v) => v.startsWith('Off target, within tolerance (close to target'));
    assert.ok(amber > 0);
    const cell = summary.getCell(amber, 1);
    assert.equal(cell.alignment?.wrapText, true);
    assert.ok((summary.getRow(amber).height ?? 0) > 15, 'taller than one line');
  });
});
