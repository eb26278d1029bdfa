/**
 * Undo after the figures changed, on both front ends (a fresh user's silent wrong number).
 * Undo puts back the scoring before the last one; where the analyst has changed an indicator's figures since
 * that scoring — before rescoring or without rescoring at all — its restored variance, colours, arrows and
 * summary lines were worked out from the old figures. Undo still puts that scoring back exactly, and says so:
 * one sentence in its message, and a Check line on the restored Findings sheet naming the indicators;
 * scoring again brings them up to date and takes the line away. Nothing changed: no sentence, no line, undo
 * exact. Decision and reasons: docs/workbook.md, "Undo after the figures changed".
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { undoMessage } from '../../src/office/outcome-message';
import { plainMessage } from '../../src/office/problems';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel } from '../support/excel-model';
import { scorecard } from '../support/xlsx-cli';
import { AT, fileSnap, seen } from '../support/both-front-ends';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { HEADER_TO_DOT } from '../support/grids';
import type { WorkbookSnap } from '../support/workbook-snapshot';

/** Ref, name, polarity, target, Apr … Dec, % variance, DOT. */
const ROWS: CellValue[][] = [
  ['A-1', 'Calls answered %', 'Higher', 100, 90, 92, 95, 96, 97, 99, 101, 103, 104, null, '↑'],
  ['A-2', 'Days to re-let', 'Lower', 30, 35, 34, 33, 31, 30, 29, 33, 32, 31, null, '↓'],
  ['A-3', 'Complaints answered in time %', 'Higher', 80, 70, 72, 75, 81, 82, 85, 79, 80, 78, null, null],
  // A data gap said in December: a finding, so the Findings sheet has a list for the mark to run across (the
  // table's missing Trend and quartile columns gave one until session 12, when they stopped being listed).
  ['A-4', 'Visits made', 'Higher', 50, 40, 41, 42, 43, 44, 45, 46, 47, 'n/a', null, null],
];
const SHEET = 'P1';
/** December's and September's figures, by row (A-1 on row 1, A-2 on row 2). */
const DEC = 12;
const SEPT = 9;

const A1_SENTENCE =
  'The restored scores for A-1 were worked out before its figures were changed; score again to bring it up to date.';
const BOTH_SENTENCE =
  'The restored scores for A-1 and A-2 were worked out before their figures were changed; score again to bring them up to date.';

interface Front {
  score(quarter: 2 | 3, tolerance?: number): Promise<void>;
  /** The undo's message (the command's output, the task pane's sentence), or throws its refusal. */
  undo(): Promise<string>;
  edit(row: number, col: number, value: CellValue): Promise<void>;
  snap(): Promise<WorkbookSnap>;
}

/** The visible sheets' values, numbers to 12 digits, and A3 of the Findings sheet as the analyst sees it. */
function values(snap: WorkbookSnap) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of snap) {
    if (s.visibility !== 'visible') continue;
    out[s.name] = Object.fromEntries(
      Object.entries(s.cells)
        .filter(([, c]) => c.value !== null)
        .map(([a, c]) => [a, typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value]),
    );
  }
  return out;
}

/** The values without the Findings sheets' A3 (where undo's Check line goes), and that cell's text. */
function apartFromMark(snap: WorkbookSnap, findings: string) {
  const all = values(snap);
  const mark = all[findings]?.A3 ?? null;
  if (all[findings]) delete all[findings].A3;
  return { rest: all, mark };
}

describe('Undo after the figures changed, on both front ends', function () {
  this.timeout(120000);
  const folder = folderForEachTest();
  const { at } = folder;

  async function workbook(): Promise<string> {
    const file = at('in.xlsx');
    fs.writeFileSync(file, await xlsxFromGrids([{ name: SHEET, values: [HEADER_TO_DOT, ...ROWS] }]));
    return file;
  }

  async function commandLine(): Promise<Front> {
    let current = await workbook();
    let n = 0;
    const next = () => at(`step-${++n}.xlsx`);
    return {
      async score(quarter, tolerance) {
        const out = next();
        const args = ['score', current, '-o', out, '--quarter', `Q${quarter}`];
        if (tolerance !== undefined) args.push('--tolerance', String(tolerance));
        const ran = await scorecard(args);
        assert.equal(ran.code, 0, ran.stderr);
        current = out;
      },
      async undo() {
        const out = next();
        const ran = await scorecard(['undo', current, '-o', out]);
        if (ran.code !== 0) throw new Error(ran.stderr.trim());
        current = out;
        return ran.stdout;
      },
      async edit(row, col, value) {
        const model = await modelFromXlsx(current);
        model.doc.sheet(SHEET)!.edit(row, col).value = value;
        const out = next();
        fs.writeFileSync(out, await xlsxFromModel(model));
        current = out;
      },
      snap: () => fileSnap(current),
    };
  }

  async function addIn(): Promise<Front> {
    const model: ExcelModel = await modelFromXlsx(await workbook());
    return {
      async score(quarter, tolerance) {
        await scoreQuarter(
          model.host,
          tolerance === undefined ? { quarter } : { quarter, tolerancePct: tolerance },
          AT,
        );
      },
      async undo() {
        try {
          return undoMessage(await undoLastScoring(model.host));
        } catch (e) {
          throw new Error(plainMessage(e));
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
    it(`${name}: score → A-1's December corrected → rescore → undo: the first scoring back, the edit kept, and A-1 named as worked out from the old figure (message and a Check line on the Findings sheet)`, async () => {
      const front = await make();
      await front.score(3);
      await front.edit(1, DEC, 80); // 104 → 80: off target now
      const beforeRescore = await front.snap();
      await front.score(3);
      const message = await front.undo();
      assert.ok(message.includes(A1_SENTENCE), message);
      const undone = await front.snap();
      const { rest, mark } = apartFromMark(undone, 'Q3 Findings');
      assert.equal(mark, `Check: ${A1_SENTENCE}`);
      assert.equal(seen(undone, 'Q3 Findings', 'A3').fill, 'FFEB9C', 'amber, as a Check');
      assert.equal(seen(undone, 'Q3 Findings', 'F3').fill, 'FFEB9C', 'across the list');
      assert.deepEqual(rest, apartFromMark(beforeRescore, 'Q3 Findings').rest, 'otherwise exactly the first scoring');
      assert.equal(rest[SHEET].M2, 80, "the analyst's edit kept");
      // Scoring again brings A-1 up to date and takes the line away; once more changes nothing.
      await front.score(3);
      const rescored = await front.snap();
      assert.equal(apartFromMark(rescored, 'Q3 Findings').mark, null);
      const fresh = await make();
      await fresh.edit(1, DEC, 80);
      await fresh.score(3);
      assert.deepEqual(values(rescored), values(await fresh.snap()), 'as a first scoring of the corrected figures');
      await front.score(3);
      assert.deepEqual(await front.snap(), rescored, 'and scoring once more changes nothing');
    });

    it(`${name}: score Q2 → A-1's September corrected → score Q3 → undo: the Q2 scoring back, its Findings sheet (not one the Q3 scoring replaced) given the Check line, and not said to be put back`, async () => {
      const front = await make();
      await front.score(2);
      const q2 = await front.snap();
      await front.edit(1, SEPT, 80);
      await front.score(3);
      const message = await front.undo();
      assert.ok(message.includes(A1_SENTENCE), message);
      assert.ok(!/replaced|Brought back/.test(message), message);
      const undone = await front.snap();
      const { rest, mark } = apartFromMark(undone, 'Q2 Findings');
      assert.equal(mark, `Check: ${A1_SENTENCE}`);
      const expected = apartFromMark(q2, 'Q2 Findings').rest;
      expected[SHEET].J2 = 80;
      assert.deepEqual(rest, expected, 'otherwise the Q2 scoring exactly, the Q3 sheets gone');
      assert.ok(!undone.some((s) => s.name.startsWith('Q3 ')));
      const sheetApart = (snap: WorkbookSnap) => {
        const sheet = snap.find((x) => x.name === 'Q2 Findings')!;
        const cells = Object.fromEntries(Object.entries(sheet.cells).filter(([a]) => !/^[A-Z]+3$/.test(a)));
        return { ...sheet, cells };
      };
      assert.deepEqual(
        sheetApart(undone),
        sheetApart(q2),
        "the Findings sheet's other cells, formats and merges as they were",
      );
      // Scoring Q2 again brings A-1 up to date and takes the line away.
      await front.score(2);
      assert.equal(apartFromMark(await front.snap(), 'Q2 Findings').mark, null);
    });

    it(`${name}: a figure edited and then undone without rescoring: the scoring before is put back, and the same sentence and Check line name the indicator`, async () => {
      const front = await make();
      await front.score(3);
      await front.score(3, 10); // a second scoring (another tolerance): undo puts the first back
      await front.edit(1, DEC, 80);
      await front.edit(2, SEPT, 28);
      const message = await front.undo();
      assert.ok(message.includes(BOTH_SENTENCE), message);
      assert.equal(apartFromMark(await front.snap(), 'Q3 Findings').mark, `Check: ${BOTH_SENTENCE}`);
    });

    it(`${name}: nothing changed since — and figures typed for months after the quarter put back — give no sentence and an exact undo`, async () => {
      const front = await make();
      await front.score(2);
      const q2 = await front.snap();
      await front.edit(1, DEC, 80); // December is after Q2: the Q2 scores do not read it
      await front.score(3);
      const message = await front.undo();
      assert.ok(!message.includes('worked out before'), message);
      const undone = values(await front.snap());
      const expected = values(q2);
      expected[SHEET].M2 = 80;
      assert.deepEqual(undone, expected, 'the Q2 scoring exactly, the December edit kept');

      const once = await make();
      await once.score(3);
      await once.score(3, 10);
      const scoredTwice = await once.snap();
      const undoneOnce = await once.undo();
      assert.ok(!undoneOnce.includes('worked out before'), undoneOnce);
      assert.equal(apartFromMark(await once.snap(), 'Q3 Findings').mark, null);
      assert.notDeepEqual(values(await once.snap()), values(scoredTwice));
    });

    it(`${name}: undoing a first scoring after an edit puts back the unscored workbook: no results to be out of date, no sentence`, async () => {
      const front = await make();
      await front.score(3);
      await front.edit(1, DEC, 80);
      const message = await front.undo();
      assert.ok(!message.includes('worked out before'), message);
      assert.equal(
        (await front.snap()).some((s) => s.name.endsWith('Findings')),
        false,
      );
    });
  }
});
