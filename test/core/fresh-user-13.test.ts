/**
 * A Welsh unitary council's performance officer scoring the quarterly report (fresh-user check 13;
 * test/support/welsh-council.ts builds the bilingual workbook as the officer did): what misled, in the
 * analyst's words, most misleading first. docs/workbook.md says why for each.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type ScoreResult } from '../../src/core';
import { recogniseHeader } from '../../src/core/read/headers';
import { knownUnscoredHeader } from '../../src/core/read/known-columns';
import { validateMapping } from '../../src/core/read/mapping';
import { partlyReadTables, MAPPING_CHOICES } from '../../src/core/read/mapping-choices';
import { readWorkbook } from '../../src/core/read/workbook';
import { quartileUnderRankHeader } from '../../src/core/read/rank-columns';
import { mappingPosition, sheetsMappedInOrder } from '../../src/taskpane/mapping-order';
import { noFigureWhy } from '../../src/taskpane/components/Counts';
import type { MappingHint } from '../../src/core';
import { WELSH_SHEETS, welshCouncilGrids, type WelshCouncilEdit } from '../support/welsh-council';
import { byRef } from '../support/scoring';

const about = (r: ScoreResult, ref: string, kind?: string) =>
  r.findings.filter((f) => f.ref === ref && (kind === undefined || f.kind === kind));

async function score(quarter: 1 | 2, edits: WelshCouncilEdit[] = []): Promise<ScoreResult> {
  return scoreWorkbook(await welshCouncilGrids(edits), { quarter }).result;
}

describe('Fresh user 13: a Welsh council’s bilingual performance report, scored by its performance officer', function () {
  this.timeout(60000);
  let q2: ScoreResult;
  before(async () => {
    q2 = await score(2);
  });

  describe('1. bilingual headers are read by whichever half is known', () => {
    it('"Amlder / Frequency", "Frequency / Amlder" and "Amlder" alone are the Frequency column', () => {
      for (const h of ['Amlder / Frequency', 'Frequency / Amlder', 'Amlder'])
        assert.deepEqual(recogniseHeader(h), { kind: 'field', field: 'frequency' }, h);
    });

    it('"% Amrywiant / % Variance" is the % variance column, as "% Variance" is', () => {
      assert.deepEqual(recogniseHeader('% Amrywiant / % Variance'), { kind: 'field', field: 'variance' });
      assert.deepEqual(recogniseHeader('Amrywiant'), { kind: 'field', field: 'variance' });
    });

    it('the Welsh words of the other headings: Targed, Gwirioneddol Ch1, Canlyniad, Cyfeiriad, Chwartel, Ebrill, Mawrth', () => {
      assert.deepEqual(recogniseHeader('Targed'), { kind: 'field', field: 'target' });
      assert.deepEqual(recogniseHeader('Gwirioneddol Ch1'), { kind: 'quarter', quarter: 1 });
      assert.deepEqual(recogniseHeader('Canlyniad'), { kind: 'field', field: 'outturn' });
      assert.deepEqual(recogniseHeader('Cyfeiriad'), { kind: 'field', field: 'dot' });
      assert.deepEqual(recogniseHeader('Chwartel'), { kind: 'field', field: 'quartile' });
      assert.deepEqual(recogniseHeader('Ebrill'), { kind: 'month', month: 1 });
      assert.deepEqual(recogniseHeader('Mawrth / March'), { kind: 'month', month: 12 });
      // Two headings that disagree say nothing.
      assert.equal(recogniseHeader('Targed / Actual'), null);
    });

    it('"Sylwadau / Notes" (and "Sylwadau", "Notes / Sylwadau") is known as the notes: no mapping asked for', () => {
      for (const h of ['Sylwadau / Notes', 'Notes / Sylwadau', 'Sylwadau']) assert.ok(knownUnscoredHeader(h), h);
      for (const f of q2.findings.filter((x) => x.kind === 'partial-table'))
        assert.doesNotMatch(f.message, /Sylwadau|Amlder|Amrywiant/);
    });

    it('the Findings no longer ask for a "% Variance from Target" column the sheet already has', () => {
      for (const f of q2.findings.filter((x) => x.kind === 'partial-table'))
        if (f.message.includes(WELSH_SHEETS.AL1)) assert.doesNotMatch(f.message, /no column for % Variance/);
    });

    it('the five annual PAMs with "n/a" are not yet due, not data gaps: 1 gap of 23 due, PAM/046 not yet due', () => {
      for (const ref of ['PAM/008', 'PAM/046', 'PAM/013', 'PAM/010', 'PAM/020', 'ENV/12'])
        assert.equal(byRef(q2, ref).status, 'not due', ref);
      assert.equal(q2.executiveSummary.total, 23);
      assert.equal(q2.executiveSummary.dataGaps, 1);
      assert.equal(byRef(q2, 'PAM/030').status, 'data gap');
    });

    it('leisure visits, Notes "Cumulative year to date": 4,280 against the half-year’s 4,100, +4.39% green, with a Note', () => {
      const pam017 = byRef(q2, 'PAM/017');
      assert.equal(pam017.periodTarget, 4100);
      assert.equal(pam017.variancePct, 4.39);
      assert.equal(pam017.rag, 'green');
      const [note] = about(q2, 'PAM/017', 'looks-cumulative');
      assert.equal(note.severity, 'info', 'a Note says the Notes cell made it cumulative');
      assert.match(note.message, /its Sylwadau \/ Notes cell says "Cumulative year to date/);
    });
  });

  describe('2. last year’s "Ch2 / Q2" under the merged "2024/25" band is last year’s Q2, for Trend only', () => {
    it('child protection visits: Q1 2025/26 is the first reported quarter, whatever last year’s Q2 says', async () => {
      for (const lastYearsQ2 of [93.8, 80, 99]) {
        const q1 = await score(1, [[`${WELSH_SHEETS.AL1}!E9`, lastYearsQ2]]);
        assert.equal(byRef(q1, 'CS/02').dot, 'first', `last year's Q2 ${lastYearsQ2}`);
      }
    });

    it('Q2’s Trend still compares 96.4 with last year’s Q2, 93.8: improving', () => {
      assert.equal(byRef(q2, 'CS/02').trend, 'up');
      assert.equal(byRef(q2, 'CS/02').dot, 'up');
    });
  });

  describe('3. a collection rate said "Cumulative" in its Notes is never profiled pro rata', () => {
    it('council tax collected, 57.3% by September against 97.2% for the year: not rated, Needs a profile — not +17.90% green', () => {
      for (const ref of ['CT/01', 'CT/02']) {
        const s = byRef(q2, ref);
        assert.equal(s.status, 'not rated', ref);
        assert.equal(s.reason, 'Needs a profile', ref);
        assert.ok(
          about(q2, ref, 'looks-cumulative').every((f) => !/profiled pro rata/.test(f.message)),
          'no Note of a pro rata profile',
        );
      }
      const [check] = about(q2, 'CT/01', 'looks-cumulative');
      assert.equal(check.severity, 'warning');
      assert.match(
        check.message,
        /its Sylwadau \/ Notes cell says "Cumulative; profiled target for September 57.5%\."/,
      );
    });

    it('with the Notes headed plain "Notes" (fresh user 13’s variant 8) the same', async () => {
      const v8 = await score(2, [[`${WELSH_SHEETS.AL4}!M4`, 'Notes']]);
      assert.equal(byRef(v8, 'CT/01').status, 'not rated');
      assert.equal(byRef(v8, 'CT/01').reason, 'Needs a profile');
    });

    it('sickness days per FTE (a count per person, not a percentage), Notes "Cumulative": profiled pro rata, 5.27 against 5.25', () => {
      assert.equal(byRef(q2, 'PAM/001').periodTarget, 5.25);
    });
  });

  describe('4. ranks "9th of 22" and Data Cymru quartiles', () => {
    it('"9th of 22" under "Rank in Wales (of 22)" is the 2nd quartile, with no Check', () => {
      assert.equal(byRef(q2, 'PAM/012').quartile, 2);
      assert.equal(byRef(q2, 'PAM/025').quartile, 4);
      assert.equal(about(q2, 'PAM/012', 'unreadable-cell').length, 0);
    });

    it('"14th of 22" under "Rank in Wales" (no N in the header) is read from the cells: the 3rd quartile', () => {
      assert.equal(byRef(q2, 'PAM/008').quartile, 3);
      assert.equal(byRef(q2, 'CS/05').quartile, 3);
    });

    it('under a rank header naming no N, a bare "4" is no quartile (a rank), but "Top quartile" typed there is', () => {
      assert.equal(quartileUnderRankHeader('9th of 22', 0), 2);
      assert.equal(quartileUnderRankHeader('4', 0), undefined);
      assert.equal(quartileUnderRankHeader(4, 0), undefined);
      assert.equal(quartileUnderRankHeader('Top quartile', 0), 1);
      assert.equal(quartileUnderRankHeader('n/a', 0), null);
    });

    it('Welsh ordinals: "5ed o 22" the 1st quartile, "14eg" of 22 the 3rd', async () => {
      const r = await score(2, [
        [`${WELSH_SHEETS.AL2}!M6`, '5ed o 22'],
        [`${WELSH_SHEETS.AL2}!M7`, '14eg'],
        [`${WELSH_SHEETS.AL2}!M8`, '22ain o 22'],
      ]);
      assert.equal(byRef(r, 'PAM/012').quartile, 1);
      assert.equal(byRef(r, 'PAM/015').quartile, 3);
      assert.equal(byRef(r, 'PAM/025').quartile, 4);
    });

    it('a mapping of "Safle yng Nghymru / Rank in Wales" to the quartile is taken where every cell says "…th of 22"', async () => {
      const grids = await welshCouncilGrids();
      assert.doesNotThrow(() =>
        validateMapping({ columns: { 'Safle yng Nghymru / Rank in Wales': 'quartile' } }, grids),
      );
      // A rank column whose cells give no N is still refused: rank 4 would be read as the 4th quartile.
      const bare = await welshCouncilGrids([[`${WELSH_SHEETS.AL1}!M6`, '14']]);
      assert.throws(
        () => validateMapping({ columns: { 'Safle yng Nghymru / Rank in Wales': 'quartile' } }, bare),
        /holds a rank, not a quartile/,
      );
    });

    it('Data Cymru’s "Upper" is the best quartile on a lower-is-better PAM too (fly-tipping days, Upper middle: 2nd)', () => {
      assert.equal(byRef(q2, 'PAM/035').quartile, 2);
      assert.equal(byRef(q2, 'PAM/043').quartile, 2);
      assert.equal(byRef(q2, 'PAM/018').quartile, 4);
      assert.equal(about(q2, 'PAM/035', 'unreadable-cell').length, 0);
    });

    it('Welsh quartile words: "Chwartel uchaf" the 1st, "Chwartel isaf / Lower quartile" the 4th', async () => {
      const r = await score(2, [
        [`${WELSH_SHEETS.AL3}!N8`, 'Chwartel uchaf'],
        [`${WELSH_SHEETS.AL3}!N9`, 'Chwartel isaf / Lower quartile'],
      ]);
      assert.equal(byRef(r, 'PAM/035').quartile, 1);
      assert.equal(byRef(r, 'PAM/018').quartile, 4);
    });
  });

  describe('5. "Cyd-destun / Contextual" names no better direction, as "Contextual" does', () => {
    it('children looked after: counted under No target with a Note, not told to type Higher or Lower', () => {
      const s = byRef(q2, 'CS/05');
      assert.equal(s.status, 'no target');
      assert.equal(s.dot, null);
      const [f] = about(q2, 'CS/05', 'polarity-assumed');
      assert.equal(f.severity, 'info');
      assert.doesNotMatch(f.message, /type Higher, Lower/);
      assert.match(f.message, /neither way is better/);
    });
  });

  describe('6. the task pane’s words', () => {
    it('the mapping panel stays "Sheet 2 of 4" after the first sheet is saved, not "Sheet 1 of 3"', () => {
      const hint = (sheet: string) => ({ sheet, headerRow: 4 }) as MappingHint;
      const four = ['AL1', 'AL2', 'AL3', 'AL4'].map(hint);
      let order = sheetsMappedInOrder([], four);
      assert.deepEqual(mappingPosition(order, four[0]), { position: 1, total: 4 });
      order = sheetsMappedInOrder(order, four.slice(1));
      assert.deepEqual(mappingPosition(order, four[1]), { position: 2, total: 4 });
      order = sheetsMappedInOrder(order, four.slice(3));
      assert.deepEqual(mappingPosition(order, four[3]), { position: 4, total: 4 });
      // Done: the next mapping session counts afresh.
      assert.deepEqual(sheetsMappedInOrder(order, []), []);
    });

    it('quarter columns under a two-row header read as "Q1", "Q2" in the mapping panel, not "Jun", "Sep"', async () => {
      const grids = await welshCouncilGrids();
      const [hint] = partlyReadTables(grids, readWorkbook(grids).tables, null, 2);
      assert.equal(hint.sheet, WELSH_SHEETS.AL3);
      const readAs = Object.fromEntries(hint.headers.map((h) => [h.column, h.readAs]));
      assert.equal(readAs.H, 'Q1');
      assert.equal(readAs.I, 'Q2');
      assert.equal(readAs.J, '% Variance from Target', '"% Amrywiant / % Variance" is read, as the CLI reads it');
      assert.deepEqual(hint.notUnderstood, ['Cyfartaledd Cymru / Wales average 2024/25']);
    });

    it('a data gap in the lists says why it has no figure: "No figure (not yet available)", not "Value – · Variance –"', () => {
      assert.equal(noFigureWhy(byRef(q2, 'PAM/030')), 'No figure (not yet available)');
      assert.equal(noFigureWhy({ status: 'data gap', latestValue: null }), 'No figure (the cells are blank)');
      assert.equal(noFigureWhy(byRef(q2, 'CS/02')), null);
    });

    it('priorities keep their well-being objective’s number: "Well-being Objective 1: Giving every child …"', () => {
      assert.deepEqual(
        q2.priorities.map((p) => p.priorityName),
        [
          'Well-being Objective 1: Giving every child and young person the best start in life',
          'Well-being Objective 2: Supporting people to live safe, healthy and independent lives',
          'Well-being Objective 3: A green, resilient and thriving county',
          'Well-being Objective 4: A modern, efficient and bilingual council',
        ],
      );
    });

    it('the mapping offers Notes: a notes column headed "Explanation" mapped to it is read as the Notes are', async () => {
      assert.ok(MAPPING_CHOICES.some((c) => c.value === 'notes'));
      const edits: WelshCouncilEdit[] = [[`${WELSH_SHEETS.AL2}!N4`, 'Explanation']];
      const grids = await welshCouncilGrids(edits);
      const unmapped = scoreWorkbook(grids, { quarter: 2 }).result;
      assert.equal(byRef(unmapped, 'PAM/017').periodTarget, 8200, 'unmapped, the word is not read');
      const mapping = validateMapping({ columns: { Explanation: 'notes' } }, grids);
      const mapped = scoreWorkbook(grids, { quarter: 2, mapping }).result;
      assert.equal(byRef(mapped, 'PAM/017').periodTarget, 4100);
      const [hint] = partlyReadTables(grids, readWorkbook(grids, { mapping }).tables, mapping, 2).filter(
        (h) => h.sheet === WELSH_SHEETS.AL2,
      );
      assert.equal(hint, undefined, 'nothing left to map on the sheet');
    });
  });
});
