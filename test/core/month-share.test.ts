/**
 * A month's figure measured against a year's or a quarter's target (fresh user 3, session 9;
 * rules/month-share.ts): "Home Fire Safety Visits completed", 118 … 140 a month against 1,500 for the
 * year, was September's 140 against 1,500, −90.67%, red; "Residual waste per household (kg)", about 34 a
 * month against 100 a quarter, was 66% better than target, green. Neither is rated now, and a Check says
 * why and what the month's target would be.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult, SheetGrid } from '../../src/core';
import { months, sheet } from '../support/grids';
import { scored } from '../support/scoring';
import { DRINK_DRIVE_ARRESTS, POLICE_HEADER } from '../support/police-force';

const HEADER: CellValue[] = ['Ref', 'Indicator', 'Good is', '2024/25 Outturn', 'Target', ...months(6)];
const fire = (...rows: CellValue[][]): SheetGrid => sheet('Fire', [HEADER, ...rows]);
const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;
const checks = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref && f.kind === 'month-share');

describe("A month's figure against a year's or a quarter's target (fresh user 3)", () => {
  it("FRS05's 140 home fire safety visits in September are not measured against the year's 1,500: not rated, and a Check says a twelfth of it is 125", () => {
    const r = scored(
      [fire(['FRS05', 'Home Fire Safety Visits completed', 'Higher', 1518, 1500, 118, 131, 122, 109, 97, 140])],
      {
        quarter: 2,
      },
    );
    const i = pick(r, 'FRS05');
    assert.deepEqual([i.status, i.rag, i.variancePct, i.periodTarget], ['not rated', null, null, null]);
    assert.equal(i.reason, "a month's figure against a longer period's target", 'the Highlights says why');
    const f = checks(r, 'FRS05');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].cell, 'E2');
    assert.equal(
      f[0].message,
      "FRS05: its month figures (97 to 140) are about a twelfth of last year's outturn of 1,518, and its target of 1,500 " +
        "looks like the year's, so a month's figure is not measured against it: it is not rated (no variance or RAG " +
        'colour) and is counted under "Not rated". Give its month targets on a Targets sheet (a twelfth of 1,500 is 125), ' +
        'and score again.',
    );
    assert.equal(
      r.findings.filter((x) => x.ref === 'FRS05' && x.kind === 'target-missing').length,
      0,
      'one Check, not a second saying it has no target',
    );
  });

  it("DC04's 34 kg of residual waste a month is not measured against 100 kg a quarter (green at 66% better, before)", () => {
    const r = scored(
      [
        fire([
          'DC04',
          'Residual household waste per household (kg)',
          'Lower',
          409,
          100,
          33.1,
          34.6,
          33.9,
          35.2,
          36,
          33.8,
        ]),
      ],
      {
        quarter: 2,
      },
    );
    assert.equal(pick(r, 'DC04').rag, null);
    assert.match(checks(r, 'DC04')[0].message, /looks like the quarter's.*a third of 100 is 33\.3\)/);
  });

  it("a Targets sheet giving the month targets (125 a month): Q2's visits, 109 + 97 + 140 = 346, against the quarter's 375, red, with no month-share Check (rules/month-counts.ts; was September's 140 against 125, green)", () => {
    const r = scored(
      [
        fire(['FRS05', 'Home Fire Safety Visits completed', 'Higher', 1518, 1500, 118, 131, 122, 109, 97, 140]),
        sheet('Targets', [
          ['Ref', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'],
          ['FRS05', 125, 125, 125, 125, 125, 125],
        ]),
      ],
      { quarter: 2 },
    );
    const i = pick(r, 'FRS05');
    assert.deepEqual([i.latestValue, i.periodTarget, i.variancePct, i.rag], [346, 375, -7.73, 'red']);
    assert.equal(checks(r, 'FRS05').length, 0);
  });

  it('is never said of a rate, a percentage, figures to date, figures without an outturn that are no counts, or a cumulative profile', () => {
    const r = scored(
      [
        fire(
          [
            'DC03',
            'Average days to process new Housing Benefit claims',
            'Lower',
            19.8,
            20,
            18.2,
            19.5,
            22.1,
            23.4,
            21.8,
            20.6,
          ],
          ['DC05', '% of household waste recycled', 'Higher', 45.8, 47, 48.1, 49.3, 50.2, 47.9, 46.4, 45.1],
          ['FRS02', 'Accidental dwelling fires', 'Lower', 244, 240, 19, 41, 58, 79, 101, 118],
          ['FRS06', 'Tonnes of fly-tipped waste cleared', 'Lower', null, 400, 31.2, 44.5, 52.1, 61, 48.3, 29.8],
        ),
      ],
      { quarter: 2 },
    );
    for (const ref of ['DC03', 'DC05', 'FRS02', 'FRS06']) assert.equal(checks(r, ref).length, 0, ref);
    assert.equal(pick(r, 'DC03').rag, 'amber');
    assert.notEqual(pick(r, 'FRS06').rag, null, "without last year's outturn, figures that are no counts tell nothing");
  });
});

/**
 * Without last year's outturn (fresh user 4, session 10): a police force's "Drink/drug drive arrests", 88 to
 * 130 a month against 1,200 for the year, was October's 104 against 1,200, −91.33%, red, with no Check. A
 * year-to-date column that is the sum of the months, a same-period-last-year column about as large, or
 * (weaker) whole-number counts with the target 8 to 18 times their median tell it now; never a rate, a
 * percentage, a figure to date or a month's own target.
 */
describe("A month's figure against a year's target, without last year's outturn (fresh user 4)", () => {
  const force = (...rows: CellValue[][]): SheetGrid => sheet('Force Performance', [POLICE_HEADER, ...rows]);
  const q3 = { quarter: 3 as const };

  it("PCP2-03's 104 arrests in October are not measured against the year's 1,200: its YTD column of 708 is the sum of its months", () => {
    const r = scored([force(DRINK_DRIVE_ARRESTS)], q3);
    const i = pick(r, 'PCP2-03');
    assert.deepEqual([i.status, i.rag, i.variancePct], ['not rated', null, null], 'was −91.33%, red');
    assert.equal(i.reason, "a month's figure against a longer period's target");
    const f = checks(r, 'PCP2-03');
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'D2');
    assert.equal(
      f[0].message,
      'PCP2-03: its month figures (88 to 130) add up to its "YTD (cumulative)" figure of 708, so each is a month\'s ' +
        "share of a total, and its target of 1,200 looks like the year's: Oct's 104 is 8.7% of it. A month's figure is " +
        'not measured against it: it is not rated (no variance or RAG colour) and is counted under "Not rated". Give its ' +
        'month targets on a Targets sheet (a twelfth of 1,200 is 100), and score again.',
    );
    assert.equal(r.findings.filter((x) => x.ref === 'PCP2-03' && x.kind === 'target-missing').length, 0);
    assert.equal(
      r.findings.filter((x) => x.ref === 'PCP2-03' && x.kind === 'annual-not-due').length,
      0,
      '"(annual target 1,200)" names the target\'s period: the arrests are not an annual indicator',
    );
  });

  it('reported burglaries, about 95 a month against 1,200, are told by "Same period last year" when there is no YTD', () => {
    const r = scored(
      [
        sheet('Crime', [
          ['Ref', 'Measure', 'Polarity', 'Target', ...months(7), 'Same period last year'],
          ['BUR1', 'Reported burglaries', 'Lower', 1200, 97, 91, 102, 88, 95, 99, 95, 702],
        ]),
      ],
      q3,
    );
    assert.equal(pick(r, 'BUR1').rag, null, 'was +92.08%, green');
    assert.equal(
      checks(r, 'BUR1')[0].message,
      'BUR1: its month figures (88 to 102) add up to 667, about as many as its "Same period last year" (702), so each ' +
        "is a month's share of a total, and its target of 1,200 looks like the year's: Oct's 95 is 7.9% of it. A month's " +
        'figure is not measured against it: it is not rated (no variance or RAG colour) and is counted under "Not rated". ' +
        'Give its month targets on a Targets sheet (a twelfth of 1,200 is 100), and score again.',
    );
  });

  it('reported burglaries with no other column: whole-number counts with a target about a year of them are not rated, and the Check says it is a guess', () => {
    const r = scored(
      [
        sheet('Crime', [
          ['Ref', 'Measure', 'Polarity', 'Target', ...months(7)],
          ['BUR1', 'Reported burglaries', 'Lower', 1200, 97, 91, 102, 88, 95, 99, 95],
        ]),
      ],
      q3,
    );
    const i = pick(r, 'BUR1');
    assert.deepEqual([i.status, i.rag], ['not rated', null]);
    assert.equal(
      checks(r, 'BUR1')[0].message,
      "BUR1: its month figures (88 to 102) look like a month's count each, and its target of 1,200 is about a year's " +
        "worth of them: Oct's 95 is 7.9% of it. Rather than measure a month's figure against what may be the year's " +
        'target, it is not rated (no variance or RAG colour) and is counted under "Not rated". Give its month targets on a ' +
        "Targets sheet (a twelfth of 1,200 is 100; or 1,200 in every month, if that is the month's target), and score again.",
    );
  });

  it('deliberate fires, 29 to 61 a month against 400 in a table with no outturn, are not rated (were +92.75% better than target, green)', () => {
    const r = scored([fire(['FRS06', 'Deliberate fires', 'Lower', null, 400, 31, 44, 52, 61, 48, 29])], {
      quarter: 2,
    });
    assert.equal(pick(r, 'FRS06').rag, null);
    assert.match(checks(r, 'FRS06')[0].message, /look like a month's count each.*Sept's 29 is 7\.3% of it/);
  });

  it("is never said of a month's own target, a rate or percentage beside a YTD column, figures to date, or where last year's outturn disagrees", () => {
    const r = scored(
      [
        force(
          // A month's own target: 250 burglaries a month, about 290 each (red, as before).
          [
            'PCP1-03',
            'Residential burglary (count)',
            'Lower is better',
            250,
            312,
            298,
            287,
            301,
            276,
            265,
            290,
            2029,
            2150,
          ],
          // A rate per 1,000: its YTD column is a sum, but the target is on a month's scale.
          [
            'PCP1-04',
            'Residential burglary per 1,000 households',
            'Lower is better',
            0.5,
            0.61,
            0.58,
            0.56,
            0.59,
            0.54,
            0.52,
            0.57,
            3.97,
            4.2,
          ],
          // A percentage, its YTD the year's rate so far.
          [
            'PCP2-01',
            'Positive outcome rate %',
            'Higher is better',
            15,
            13.2,
            13.8,
            14.1,
            15.3,
            15.9,
            16.2,
            15,
            14.8,
            12.9,
          ],
          // Figures to date: each month's the year so far.
          ['PCP2-04', 'Arrests (year so far)', 'Higher is better', 1200, 92, 193, 291, 421, 509, 604, 708, 708, 655],
          // Whole numbers against a target of 1,000 a month: far below it every month, but its target is its own.
          [
            'PCP2-05',
            'Calls to 101 answered',
            'Higher is better',
            1000,
            1012,
            985,
            1040,
            990,
            1003,
            978,
            1021,
            null,
            null,
          ],
        ),
      ],
      q3,
    );
    for (const ref of ['PCP1-03', 'PCP1-04', 'PCP2-01', 'PCP2-04', 'PCP2-05'])
      assert.equal(checks(r, ref).length, 0, ref);
    assert.deepEqual([pick(r, 'PCP1-03').variancePct, pick(r, 'PCP1-03').rag], [-16, 'red']);
    assert.equal(pick(r, 'PCP2-01').rag, 'green');
  });

  it("last year's outturn decides where the row has one: figures about a year's size beside a YTD column are not caught", () => {
    const r = scored(
      [
        sheet('Crime', [
          ['Ref', 'Measure', 'Polarity', '2025/26 Outturn', 'Target', ...months(7), 'YTD'],
          ['BUR2', 'Reported burglaries', 'Lower', 96, 100, 97, 91, 102, 88, 95, 99, 95, 667],
        ]),
      ],
      q3,
    );
    assert.equal(checks(r, 'BUR2').length, 0);
    assert.equal(pick(r, 'BUR2').rag, 'green');
  });
});

describe("The DOT of a month's figure not rated against a year's target compares quarter with quarter (session 13)", () => {
  const HEADER7: CellValue[] = ['Ref', 'Indicator', 'Good is', '2024/25 Outturn', 'Target', ...months(7)];
  const visits = (...figures: CellValue[]): ScoreResult =>
    scored(
      [
        sheet('Fire', [
          figures.length > 6 ? HEADER7 : HEADER,
          ['FRS05', 'Home Fire Safety Visits completed', 'Higher', 1518, 1500, ...figures],
        ]),
      ],
      { quarter: figures.length > 6 ? 3 : 2 },
    );

  it("September's 140 visits against June's 122 is not Improving: Q2's 346 visits are fewer than Q1's 371, Worsening", () => {
    const i = pick(visits(118, 131, 122, 109, 97, 140), 'FRS05');
    assert.equal(i.status, 'not rated');
    assert.equal(i.dot, 'down', 'was up: one month of each quarter compared, two thirds of each left out');
  });

  it('a better quarter with a weaker last month (120, 130, 140 against 118, 131, 122) is Improving', () => {
    assert.equal(pick(visits(118, 131, 122, 120, 130, 140), 'FRS05').dot, 'up');
  });

  it("a quarter part in (October's 130 alone) is compared a month with Q2's 115 a month: Improving", () => {
    assert.equal(pick(visits(118, 131, 122, 109, 97, 140, 130), 'FRS05').dot, 'up');
  });

  it('a month of the quarter with no figure ("n/a" in August): DOT is not given, rather than a month against a month', () => {
    assert.equal(pick(visits(118, 131, 122, 109, 'n/a', 140), 'FRS05').dot, null);
  });
});
