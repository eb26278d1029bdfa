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
    assert.deepEqual([i.status, i.rag, i.variancePct, i.periodTarget], ['no target', null, null, null]);
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

  it('a Targets sheet giving the month targets is scored against them, with no Check', () => {
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
    assert.deepEqual([i.periodTarget, i.variancePct, i.rag], [125, 12, 'green']);
    assert.equal(checks(r, 'FRS05').length, 0);
  });

  it("is never said of a rate, a percentage, figures to date, a table without last year's outturn, or a cumulative profile", () => {
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
          ['FRS06', 'Deliberate fires', 'Lower', null, 400, 31, 44, 52, 61, 48, 29],
        ),
      ],
      { quarter: 2 },
    );
    for (const ref of ['DC03', 'DC05', 'FRS02', 'FRS06']) assert.equal(checks(r, ref).length, 0, ref);
    assert.equal(pick(r, 'DC03').rag, 'amber');
    assert.notEqual(pick(r, 'FRS06').rag, null, 'nothing can be told without last year');
  });
});
