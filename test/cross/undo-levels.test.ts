/**
 * The workbook's life after scoring, on both front ends (analyst's item 3): what undo gives back after a
 * rescore, and what a second undo does.
 *   - score → the analyst edits a figure → rescore → undo: the workbook as the analyst had it just before
 *     the rescore — their edit kept, the first scoring's cells and summary sheets;
 *   - score Q2 → score Q3 → undo → undo: the first undo gives back the Q2-scored workbook, the second says
 *     in one sentence that undo goes back one scoring only and changes nothing;
 *   - and scoring again after the undo reads what the analyst typed, not the arrows and words the earlier
 *     scoring left in the owned cells (they were read as typed: dozens of false "DOT was typed as ↑" Checks).
 * Decision and reasons: docs/workbook.md, "Undo: one scoring back".
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue, Finding } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel } from '../support/excel-model';
import { scorecard } from '../support/xlsx-cli';
import { AT, fileSnap, seen } from '../support/both-front-ends';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { HEADER_TO_DOT } from '../support/grids';
import type { WorkbookSnap } from '../support/workbook-snapshot';

/** Ref, name, polarity, target, Apr … Dec, % variance, DOT: the analyst's typed arrows in the DOT column. */
const ROWS: CellValue[][] = [
  ['A-1', 'Calls answered %', 'Higher', 100, 90, 92, 95, 96, 97, 99, 101, 103, 104, null, '↑'],
  ['A-2', 'Days to re-let', 'Lower', 30, 35, 34, 33, 31, 30, 29, 33, 32, 31, null, '↓'],
  ['A-3', 'Complaints answered in time %', 'Higher', 80, 70, 72, 75, 81, 82, 85, 79, 80, 78, null, null],
];
const SHEET = 'P1';
/** A-1's December figure, and the owned cells (% variance N, DOT O) of the three rows. */
const A1_DEC = { row: 1, col: 12, address: 'M2' };
const OWNED = ['N2', 'O2', 'N3', 'O3', 'N4', 'O4'];

interface Front {
  name: string;
  score(quarter: 2 | 3): Promise<Finding[]>;
  /** The undo's outcome: null when done, else the one sentence it refused with. */
  undo(): Promise<string | null>;
  edit(row: number, col: number, value: CellValue): Promise<void>;
  snap(): Promise<WorkbookSnap>;
}

/** The visible sheets' values (numbers to 12 digits) and the owned cells as the analyst sees them. */
function seenBook(snap: WorkbookSnap) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const s of snap) {
    if (s.visibility !== 'visible') continue;
    values[s.name] = Object.fromEntries(
      Object.entries(s.cells)
        .filter(([, c]) => c.value !== null)
        .map(([a, c]) => [a, typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value]),
    );
  }
  return { values, owned: OWNED.map((a) => seen(snap, SHEET, a)) };
}

describe('Undo after a rescore, and undo twice, on both front ends (analyst item 3)', function () {
  this.timeout(120000);
  const folder = folderForEachTest();
  const { at } = folder;

  async function workbook(): Promise<string> {
    const file = at('in.xlsx');
    fs.writeFileSync(file, await xlsxFromGrids([{ name: SHEET, values: [HEADER_TO_DOT, ...ROWS] }]));
    return file;
  }

  /** The command line, each step writing a new file from the last. */
  async function commandLine(): Promise<Front> {
    let current = await workbook();
    let n = 0;
    const next = () => at(`step-${++n}.xlsx`);
    return {
      name: 'command line',
      async score(quarter) {
        const out = next();
        const ran = await scorecard(['score', current, '-o', out, '--quarter', `Q${quarter}`, '--json', at('r.json')]);
        assert.equal(ran.code, 0, ran.stderr);
        current = out;
        return (JSON.parse(fs.readFileSync(at('r.json'), 'utf8')) as { findings: Finding[] }).findings;
      },
      async undo() {
        const out = next();
        const ran = await scorecard(['undo', current, '-o', out]);
        if (ran.code !== 0) {
          assert.equal(ran.code, 1, ran.stderr);
          assert.equal(fs.existsSync(out), false, 'no file written');
          return ran.stderr.trim().replace(/^scorecard: /, '');
        }
        current = out;
        return null;
      },
      async edit(row, col, value) {
        // As the analyst would in Excel: open, type, save.
        const model = await modelFromXlsx(current);
        model.doc.sheet(SHEET)!.edit(row, col).value = value;
        const out = next();
        fs.writeFileSync(out, await xlsxFromModel(model));
        current = out;
      },
      snap: () => fileSnap(current),
    };
  }

  /** The add-in on the in-memory Excel model. */
  async function addIn(): Promise<Front> {
    const model: ExcelModel = await modelFromXlsx(await workbook());
    return {
      name: 'add-in',
      async score(quarter) {
        return (await scoreQuarter(model.host, { quarter }, AT)).result.findings;
      },
      async undo() {
        try {
          await undoLastScoring(model.host);
          return null;
        } catch (e) {
          return plainMessage(e);
        }
      },
      async edit(row, col, value) {
        const cell = model.doc.sheet(SHEET)!.edit(row, col);
        cell.value = value;
        delete cell.formula;
      },
      snap: async () => snapOfDocument(model.doc),
    };
  }

  for (const [name, make] of [
    ['command line', commandLine],
    ['add-in', addIn],
  ] as const) {
    it(`${name}: score → the analyst edits a figure → rescore → undo gives back the workbook as it was just before the rescore, the edit kept`, async () => {
      const front = await make();
      await front.score(3);
      await front.edit(A1_DEC.row, A1_DEC.col, 80); // A-1's December: 104 → 80, now off target
      const beforeRescore = seenBook(await front.snap());
      await front.score(3);
      const rescored = seenBook(await front.snap());
      assert.notDeepEqual(rescored.owned[0], beforeRescore.owned[0], "the rescore coloured A-1's variance anew");
      assert.equal(await front.undo(), null);
      const undone = seenBook(await front.snap());
      assert.equal(undone.values[SHEET][A1_DEC.address], 80, "the analyst's edit is kept");
      assert.deepEqual(undone.owned, beforeRescore.owned, "the first scoring's owned cells, values and colours");
      // A-1's restored scores were worked out from its old December: a Check line on the Findings sheet says
      // so (docs/workbook.md, "Undo after the figures changed"; test/cross/undo-stale.test.ts).
      assert.equal(
        undone.values['Q3 Findings'].A3,
        'Check: The restored scores for A-1 were worked out before its figures were changed; score again to bring it up to date.',
      );
      delete undone.values['Q3 Findings'].A3;
      assert.deepEqual(
        undone.values,
        beforeRescore.values,
        "every sheet's values, the first scoring's summaries among them",
      );
    });

    it(`${name}: score Q2 → score Q3 → undo gives back the Q2-scored workbook; a second undo says undo goes back one scoring only and changes nothing`, async () => {
      const front = await make();
      await front.score(2);
      const q2 = seenBook(await front.snap());
      const q3Findings = await front.score(3);
      assert.equal(await front.undo(), null);
      const undone = seenBook(await front.snap());
      assert.deepEqual(undone.values, q2.values, 'the Q2 scoring: its cells and its sheets; the Q3 sheets gone');
      assert.deepEqual(undone.owned, q2.owned);
      assert.ok(Object.keys(undone.values).includes('Q2 Summary'));
      assert.ok(!Object.keys(undone.values).some((n) => n.startsWith('Q3 ')));
      const again = await front.undo();
      assert.equal(
        again,
        "There is no scoring left to undo: undo goes back one scoring only, so the scoring before it stays as it is (its cells and the sheets 'Q2 Summary', 'Q2 Highlights', 'Q2 Findings'); to go further back, open a copy saved before it.",
      );
      assert.deepEqual(seenBook(await front.snap()), undone, 'the second undo changed nothing');
      // Scoring Q3 again reads the analyst's typed arrows (A-1 ↑, A-2 ↓), not the Q2 scoring's arrows
      // and variances still in the cells: the same findings as the first Q3 scoring.
      const rescored = await front.score(3);
      assert.deepEqual(
        rescored.map((f) => f.message),
        q3Findings.map((f) => f.message),
      );
      assert.equal(rescored.filter((f) => f.kind === 'typed-variance-disagrees').length, 0, 'no variance was typed');
    });
  }
});
