/**
 * An NHS trust's Integrated Performance Report (fresh user 11, session 12; test/support/nhs-ipr.ts
 * rebuilds it): one sheet per CQC domain, a two-row header with the months typed as dates, a Standard and
 * an Annual trajectory, Exec lead and Commentary columns. What the trust analyst found misleading, in
 * their words.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, varianceShown, type IndicatorScore, type ScoreResult } from '../../src/core';
import { rulesSentence } from '../../src/core/score/summaries';
import { refuseOverHundred } from '../../src/core/read/over-hundred';
import { toDateIncrements } from '../../src/core/rules/to-date-dot';
import { duplicateFieldWarning } from '../../src/taskpane/components/MappingPanel';
import { kindWords } from '../../src/taskpane/components/Findings';
import type { IndicatorRow, MappingHint, PeriodValue } from '../../src/core/model';
import { nhsIprGrids, type NhsIprVariant } from '../support/nhs-ipr';
import { partlyReadTables } from '../../src/core/read/mapping-choices';
import { defaultState, prepareRun } from '../../src/core';

async function score(variant: NhsIprVariant, options: Parameters<typeof scoreWorkbook>[1] = {}): Promise<ScoreResult> {
  return scoreWorkbook(await nhsIprGrids(variant), options).result;
}

function ind(result: ScoreResult, ref: string): IndicatorScore {
  const s = result.indicators.find((i) => i.ref === ref);
  assert.ok(s, `${ref} is scored`);
  return s;
}

function said(result: ScoreResult, ref: string | null): string[] {
  return result.findings.filter((f) => f.ref === ref).map((f) => f.message);
}

describe('An NHS trust IPR (fresh user 11)', () => {
  describe("A&E 4-hour's December typed 71.2 into its 0.0% cell, so it shows 7,120.0%", () => {
    let result: ScoreResult;
    before(async () => {
      result = await score('slip');
    });

    it('is not scored +9028% green and counted on target: Q3 is a data gap that says why', () => {
      const res01 = ind(result, 'RES01');
      assert.equal(res01.status, 'data gap');
      assert.equal(res01.variancePct, null);
      assert.equal(res01.rag, null);
      assert.match(res01.reason ?? '', /7,120% is over 100%/);
    });

    it("November's 73.1% is not scored in December's place", () => {
      assert.equal(ind(result, 'RES01').latestValue, null);
    });

    it('a Check on Responsive!O6 says it is over 100% for a percentage and to type it as 71.2%', () => {
      const f = result.findings.find(
        (x) => x.ref === 'RES01' && x.sheet === 'Responsive' && x.cell === 'O6' && x.kind === 'percentage-scales',
      );
      assert.ok(f, said(result, 'RES01').join('\n'));
      assert.equal(f.severity, 'warning');
      assert.match(
        f.message,
        /Dec shows 7,120%, over 100%, among percentages of at most 100% \(Nov 73\.1% and the target 78%\)/,
      );
      assert.match(f.message, /type it as 71\.2% /);
    });

    it('the other 25 indicators are scored as in the workbook as kept, and the data gaps go up by one', async () => {
      const kept = await score('ipr');
      const others = (r: ScoreResult) =>
        r.indicators.filter((i) => i.ref !== 'RES01').map((i) => [i.ref, i.status, i.variancePct, i.dot]);
      assert.deepEqual(others(result), others(kept));
      assert.equal(result.executiveSummary.dataGaps, kept.executiveSummary.dataGaps + 1);
    });
  });

  describe('a figure over 100% is refused only when the rest of the row says it cannot be', () => {
    const row = (values: number[], target: number | null): IndicatorRow =>
      ({
        name: 'Bed occupancy %',
        annualTarget: target,
        periods: values.map((value): PeriodValue => ({ kind: 'number', value, fromText: false })),
        periodColumns: values.map((_, i) => 6 + i),
      }) as unknown as IndicatorRow;
    const fractions = (n: number) => new Array<'fraction'>(n).fill('fraction');

    it('bed occupancy of 104% among 95%–99% is read as typed', () => {
      const r = row([0.95, 0.97, 0.99, 1.04], 0.92);
      assert.deepEqual(refuseOverHundred(r, fractions(4), 'months'), []);
      assert.equal(r.periods[3].kind, 'number');
    });

    it('7,120% among 73%–78% is refused; so is 430% among a sickness rate of 4%', () => {
      assert.deepEqual(refuseOverHundred(row([0.75, 0.78, 71.2], 0.78), fractions(3), 'months'), [2]);
      assert.deepEqual(refuseOverHundred(row([0.041, 0.04, 4.3], 0.04), fractions(3), 'months'), [2]);
    });

    it('a target over 100% (activity at 110% of plan) says figures over 100% are expected', () => {
      assert.deepEqual(refuseOverHundred(row([0.98, 1.02, 12], 1.1), fractions(3), 'months'), []);
    });
  });

  describe('the pane lists say the variance the cell shows', () => {
    it('stroke at −5.04% (red) and readmissions at −5.00% (amber) are told apart', () => {
      assert.equal(varianceShown({ variancePct: -5.04, rag: 'red' }), '−5.04%');
      assert.equal(varianceShown({ variancePct: -5, rag: 'amber' }), '−5.00%');
    });

    it('a target of 0 missed says "Missed (target 0)", as its cell does', () => {
      assert.equal(varianceShown({ variancePct: null, rag: 'red' }), 'Missed (target 0)');
      assert.equal(varianceShown({ variancePct: null, rag: 'green' }), 'Met (target 0)');
      assert.equal(varianceShown({ variancePct: null, rag: null }), null);
    });

    it("EFF02's December 75.97% is −5.04%, red, and EFF03's 12.6% −5.00%, amber, in the workbook", async () => {
      const result = await score('edge');
      assert.deepEqual(
        ['EFF02', 'EFF03'].map((r) => [r, varianceShown(ind(result, r)), ind(result, r).rag]),
        [
          ['EFF02', '−5.04%', 'red'],
          ['EFF03', '−5.00%', 'amber'],
        ],
      );
    });
  });

  describe('C. difficile: an annual trajectory of 52 beside a blank Standard, cases counted year to date', () => {
    let result: ScoreResult;
    before(async () => {
      result = await score('ipr');
    });

    it('is scored against the trajectory, pro rata: December\'s 43 cases against 39 is 10.26% over, red, not "No target"', () => {
      const saf01 = ind(result, 'SAF01');
      assert.equal(saf01.periodTarget, 39);
      assert.equal(saf01.variancePct, -10.26);
      assert.equal(saf01.rag, 'red');
    });

    it('a Note says each indicator is scored against the Standard where it has one, else the trajectory; no "no annual target" Check', () => {
      const note = result.findings.find((f) => f.sheet === 'Safe' && /two Target columns/.test(f.message));
      assert.ok(note);
      assert.match(note.message, /E "Standard" and F "Annual trajectory".*\(SAF01\)/);
      assert.ok(!said(result, 'SAF01').some((m) => /no annual target/.test(m)), said(result, 'SAF01').join('\n'));
      // The pro-rata Check names the trajectory's cell, where the 52 is.
      const profiled = result.findings.find((f) => f.ref === 'SAF01' && /profiled pro rata/.test(f.message));
      assert.equal(profiled?.cell, 'F6');
    });

    it("a Standard beside a trajectory (RTT's 92% and 61.5%) is still the target", () => {
      assert.equal(ind(result, 'RES03').periodTarget, 0.92);
    });

    it('RTT (92% and 61.5%) and cancer 62-day (85% and 75%): a Note says they are scored against the standard, and why', () => {
      assert.equal(ind(result, 'RES05').periodTarget, 0.85);
      const note = result.findings.find((f) => f.sheet === 'Responsive' && /both filled/.test(f.message));
      assert.ok(note, 'nothing said the trajectory beside a filled Standard was not used');
      assert.equal(note.severity, 'info');
      assert.match(
        note.message,
        /RES03 and RES05 are scored against E, the standard \(a percentage, rate or level to meet each month; the trajectory is the plan's path to it\)/,
      );
      assert.ok(!result.findings.some((f) => f.sheet === 'Responsive' && /two Target columns/.test(f.message)));
    });

    it("NHS England's threshold of 52 as the Standard and the trust's trajectory of 44: scored against the trajectory to date, 43 cases against 33 is 30.3% over, red, and a Note says so", async () => {
      const both = await score('cdiff-standard');
      const saf01 = ind(both, 'SAF01');
      assert.equal(saf01.periodTarget, 33, "44 × 9/12, not 52's 39");
      assert.equal(saf01.variancePct, -30.3);
      assert.equal(saf01.rag, 'red');
      const note = both.findings.find((f) => f.sheet === 'Safe' && /both filled/.test(f.message));
      assert.match(
        note?.message ?? '',
        /SAF01 is scored against F, the trajectory to date \(a count under a ceiling for the year\)/,
      );
      assert.ok(!both.findings.some((f) => f.sheet === 'Safe' && /two Target columns/.test(f.message)));
      const profiled = both.findings.find((f) => f.ref === 'SAF01' && /profiled pro rata/.test(f.message));
      assert.equal(profiled?.cell, 'F6', 'the pro-rata Check names the trajectory, the 44');
    });

    it('a better Q3 (8 new cases against 14 in Q2) is improving, on target', async () => {
      const cdiff = ind(await score('cdiff'), 'SAF01');
      assert.equal(cdiff.rag, 'green');
      assert.equal(cdiff.dot, 'up');
    });

    it("with no trajectory at all, DOT compares the quarters' new cases, not totals that only rise", async () => {
      assert.equal(ind(await score('cdiff-no-trajectory'), 'SAF01').dot, 'up', '8 new cases in Q3 against 14 in Q2');
      assert.equal(ind(await score('no-trajectory'), 'SAF01').dot, 'down', '16 new cases in Q3 against 14 in Q2');
    });

    it('a count to date compares its increments per month; a rate or a figure from last year is not taken apart', () => {
      const periods = [4, 9, 13, 18, 22, 27, 30, 32, 35].map((value): PeriodValue => ({
        kind: 'number',
        value,
        fromText: false,
      }));
      const row = { name: 'C. difficile cases – cumulative YTD', profile: 'flat' as const, periods };
      assert.deepEqual(toDateIncrements(row, { month: 9, value: 35 }, { month: 6, value: 27 }), {
        now: 8 / 3,
        before: 14 / 3,
      });
      assert.equal(
        toDateIncrements({ ...row, name: 'VTE assessed % (YTD)' }, { month: 9, value: 35 }, { month: 6, value: 27 }),
        null,
      );
      assert.equal(toDateIncrements(row, { month: 3, value: 13 }, { month: 12, value: 50, lastYear: true }), null);
    });
  });

  describe('the mapping panel says what a second Target column does', () => {
    const hint = {
      sheet: 'Safe',
      headerRow: 4,
      headers: [
        { column: 'E', text: 'Standard', readAs: 'Target' },
        { column: 'F', text: 'Annual trajectory', readAs: null },
      ],
    } as unknown as MappingHint;

    it('"Annual trajectory" mapped to Target: each indicator scored against E where it has one, else F', () => {
      const warning = duplicateFieldWarning(hint, { 'Annual trajectory': 'target' });
      assert.equal(
        warning,
        'Column E is already the Target column: each indicator will be scored against column E where it has a target there, else against column F.',
      );
      assert.doesNotMatch(warning!, /would not be used/);
    });
  });

  describe('Q4 picked when only 4 of 26 indicators have a January figure', () => {
    it('is refused in one sentence naming them, rather than scoring 22 Q3 figures as Q4', async () => {
      await assert.rejects(score('ipr', { quarter: 4, refuseQuarterNotReached: true }), (e: Error) =>
        /^Only 4 of 26 indicators have a Q4 figure \(RES01, RES02, RES03, RES04\); the other 22 would be scored on figures carried forward from Q3 2025\/26, so Q4 was not scored and nothing was changed: score Q3, or type Q4's figures first\.$/.test(
          e.message,
        ),
      );
    });

    it('Q3 and the quarter found by itself are scored as before', async () => {
      assert.equal((await score('ipr', { quarter: 3, refuseQuarterNotReached: true })).quarter, 'Q3 2025/26');
      assert.equal((await score('ipr')).quarter, 'Q3 2025/26');
    });
  });

  describe('points mode with no Tolerance column', () => {
    it('the Summary says 11 indicators are not percentages and scored within 2% relative, not that they "have their own tolerance"', async () => {
      const result = await score('ipr', { toleranceMode: 'points', tolerancePct: 2 });
      const sentence = rulesSentence(result) ?? '';
      assert.match(
        sentence,
        /11 indicators are not percentages, so they are scored within 2% of their target \(relative\) instead/,
      );
      assert.doesNotMatch(sentence, /own tolerance/);
    });
  });

  describe('the columns an IPR keeps beside its figures', () => {
    it('"Exec lead", "Commentary" and an unused "Annual trajectory" need no mapping: no panel, no partly-recognised Note', async () => {
      const grids = await nhsIprGrids('ipr');
      const run = prepareRun(grids, defaultState(), {});
      assert.deepEqual(partlyReadTables(grids, run.model.tables, null, 3), []);
      assert.deepEqual(
        run.result.findings.filter((f) => f.kind === 'partial-table' && /partly recognised/.test(f.message)),
        [],
      );
    });

    it('five sheets with one unknown header have one partly-recognised Note, not five', async () => {
      const result = await score('assurance');
      const notes = result.findings.filter((f) => /partly recognised/.test(f.message));
      assert.equal(notes.length, 1, notes.map((n) => n.message).join('\n'));
      assert.match(
        notes[0].message,
        /^The tables on 'Safe', 'Effective', 'Caring', 'Responsive' and 'Well-led' \(header row 4 of each\) were partly recognised: .*not recognised: "SPC assurance"\.$/,
      );
      assert.doesNotMatch(notes[0].message, /Trend|Comparative Performance|Exec lead|Commentary/);
    });

    it('the mapping panel lists the month columns by their own headers (Apr-25 … Jan-26), the variance and the DOT, not the upper row\'s "2025/26"', async () => {
      const grids = await nhsIprGrids('assurance');
      const run = prepareRun(grids, defaultState(), {});
      const hint = partlyReadTables(grids, run.model.tables, null, 3).find((h) => h.sheet === 'Safe')!;
      const shown = hint.headers.map((h) => `${h.column} ${h.text}: ${h.readAs ?? 'drop-down'}`);
      assert.deepEqual(shown.slice(6), [
        'G Apr-25: Apr',
        'H May-25: May',
        'I Jun-25: Jun',
        'J Jul-25: Jul',
        'K Aug-25: Aug',
        'L Sep-25: Sep',
        'M Oct-25: Oct',
        'N Nov-25: Nov',
        'O Dec-25: Dec',
        'P Jan-26: Jan',
        'Q % variance: % Variance from Target',
        'R DOT: DOT',
        'S SPC assurance: drop-down',
      ]);
      assert.equal(hint.headers.find((h) => h.column === 'C')!.readAs, 'Not scored (nothing to map)');
      assert.deepEqual(hint.notUnderstood, ['SPC assurance']);
    });
  });

  describe("the pane's findings groups", () => {
    it('"Contextual" is not under "Polarity assumed", nor a target\'s "N/A" under "Text in value"', async () => {
      const result = await score('ipr');
      const group = (ref: string) => kindWords(result.findings.find((f) => f.ref === ref)!.kind);
      assert.equal(group('WL05'), 'Higher / Lower (polarity)');
      assert.equal(group('RES02'), 'Text where a number belongs');
      assert.equal(kindWords('typed-dot-disagrees'), 'Typed DOT disagrees');
    });
  });
});
