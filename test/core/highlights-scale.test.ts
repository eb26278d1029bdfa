/**
 * The Highlights sheet at county scale (issue 10 item 5; docs/workbook.md, "The Highlights sheet at
 * county scale"): every list in full at the St Helens size; at 10,000 and 50,000 indicators each
 * priority's block shows its 25 most notable indicators and counts the rest, and "All indicators" is a
 * line pointing at the tables. Measured by counting cells and links, never by timing.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { defaultState, prepareRun, type IndicatorScore, type ScoreResult, type SheetContent } from '../../src/core';
import {
  ALL_INDICATORS_LISTED,
  BEST_FIRST,
  HIGHLIGHTS_PER_PRIORITY,
  WORST_AGAINST_TARGET,
  WORST_FIRST,
  highlightsSheet,
  mostNotable,
  type Notable,
} from '../../src/core/plan/summary-sheets';
import { isStrongPerformance, isTier1, requiresImprovement } from '../../src/core/score/summaries';
import { reportGrids } from '../support/golden';

const NAMES = { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' };
const stHelens = prepareRun(reportGrids(), defaultState()).result;

/** The St Helens indicators copied under new refs to `n`, spread over `priorities` priorities. */
function countyResult(n: number, priorities = 6): ScoreResult {
  const indicators: IndicatorScore[] = [];
  for (let i = 0; i < n; i++) {
    const s = stHelens.indicators[i % stHelens.indicators.length];
    const priority = 1 + Math.floor((i * priorities) / n);
    indicators.push({
      ...s,
      ref: `${s.ref}.${i}`,
      priority,
      priorityName: `Priority ${priority}`,
      sheet: `P${priority}`,
      row: 5 + i,
    });
  }
  return { ...stHelens, indicators };
}

function filledCells(sheet: SheetContent): number {
  return sheet.values.values.reduce((n, r) => n + r.filter((v) => v !== '' && v !== null).length, 0);
}

/** Each section's rows under its header: [title, rows of [ref, indicator]]. */
function sections(sheet: SheetContent): Map<string, string[][]> {
  const rows = sheet.values.values;
  const out = new Map<string, string[][]>();
  for (let r = 0; r < rows.length; r++) {
    if (rows[r][1] !== 'Ref') continue;
    const title = String(rows[r - 2][0]);
    const body: string[][] = [];
    for (let i = r + 1; i < rows.length && (rows[i][1] !== '' || String(rows[i][2]).startsWith('…')); i++)
      body.push([String(rows[i][1]), String(rows[i][2])]);
    out.set(title, body);
  }
  return out;
}

describe('The Highlights sheet at county scale', () => {
  it('lists every Tier 1, strong, requires-improvement and scored indicator at the St Helens size, with no line counting more', () => {
    const h = highlightsSheet(stHelens, NAMES);
    const s = sections(h);
    assert.equal(s.get('Tier 1 Performance – Q3 2020/21')!.length, stHelens.tier1.length);
    assert.equal(s.get('Strong performance')!.length, 5);
    assert.equal(s.get('Requires improvement')!.length, 14);
    assert.equal(s.get('All indicators')!.length, 60);
    assert.equal(h.links.length, 21 + 5 + 14 + 60);
    assert.ok(!h.values.values.some((r) => r.some((v) => typeof v === 'string' && v.startsWith('… and'))));
  });

  for (const n of [10000, 50000]) {
    it(`keeps to about 4,000 cells and 325 links at ${n.toLocaleString('en-GB')} indicators, counting the rest per priority`, () => {
      const result = countyResult(n);
      const h = highlightsSheet(result, NAMES);
      const s = sections(h);
      // Six priorities, three lists, at most 25 indicators and one "… and N more" line per priority each.
      assert.ok(h.links.length <= 3 * 6 * HIGHLIGHTS_PER_PRIORITY, `${h.links.length} links`);
      assert.ok(filledCells(h) < 5000, `${filledCells(h)} cells`);
      assert.ok(!s.has('All indicators'), 'the full list is not repeated');
      const all = h.values.values.find((r) => r[0] === 'All indicators');
      assert.ok(all, 'the All indicators heading is still there');
      const note = String(h.values.values[h.values.values.indexOf(all) + 1][0]);
      assert.match(
        note,
        new RegExp(`^${n.toLocaleString('en-GB')} indicators were scored for Q3 2020/21: too many to repeat here`),
      );
      // Shown and counted add up to every indicator of each list.
      for (const [title, filter] of [
        ['Tier 1 Performance – Q3 2020/21', isTier1],
        ['Strong performance', isStrongPerformance],
        ['Requires improvement', requiresImprovement],
      ] as const) {
        const body = s.get(title)!;
        const shown = body.filter(([ref]) => ref !== '').length;
        const counted = body
          .map(([, text]) => /^… and ([\d,]+) more/.exec(text))
          .reduce((sum, m) => sum + (m ? Number(m[1].replace(/,/g, '')) : 0), 0);
        assert.equal(shown + counted, result.indicators.filter(filter).length, title);
        assert.ok(shown <= 6 * HIGHLIGHTS_PER_PRIORITY, `${title}: ${shown} shown`);
      }
    });
  }

  it(`lists every indicator up to ${ALL_INDICATORS_LISTED.toLocaleString('en-GB')}, and says where they are beyond`, () => {
    assert.equal(
      sections(highlightsSheet(countyResult(ALL_INDICATORS_LISTED, 60), NAMES)).get('All indicators')!.length,
      ALL_INDICATORS_LISTED,
    );
    assert.ok(!sections(highlightsSheet(countyResult(ALL_INDICATORS_LISTED + 1, 60), NAMES)).has('All indicators'));
  });

  it('shows no indicator left out that is more notable than one shown, in any list (property)', () => {
    const score = fc.record({
      priority: fc.integer({ min: 1, max: 3 }),
      status: fc.constantFrom<IndicatorScore['status']>(
        'on target',
        'within tolerance',
        'off target',
        'data gap',
        'no target',
      ),
      variancePct: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
      dot: fc.constantFrom<IndicatorScore['dot']>('up', 'down', 'same', 'up', 'down', 'same', 'first', null),
      quartile: fc.constantFrom<IndicatorScore['quartile']>(1, 2, 3, 4, 1, 2, 3, 4, null),
      tier: fc.constantFrom(1, 2, null),
    });
    fc.assert(
      fc.property(fc.array(score, { minLength: 150, maxLength: 500 }), (rows) => {
        const base = stHelens.indicators[0];
        const indicators = rows
          .sort((a, b) => a.priority - b.priority)
          .map((r, i) => ({
            ...base,
            ...r,
            ref: `R${i}`,
            priorityName: `Priority ${r.priority}`,
            sheet: `P${r.priority}`,
            row: i,
          }));
        const h = highlightsSheet({ ...stHelens, indicators }, NAMES);
        const s = sections(h);
        const check = (title: string, filter: (x: IndicatorScore) => boolean, notable: Notable) => {
          const shownRefs = new Set((s.get(title) ?? []).map(([ref]) => ref).filter((ref) => ref !== ''));
          const list = indicators.filter(filter);
          for (const p of [1, 2, 3]) {
            const block = list.filter((x) => x.priority === p);
            const shown = block.filter((x) => shownRefs.has(x.ref!));
            assert.equal(shown.length, Math.min(block.length, HIGHLIGHTS_PER_PRIORITY));
            for (const out of block.filter((x) => !shownRefs.has(x.ref!))) {
              for (const inn of shown)
                assert.ok(notable(inn, out) <= 0, `${title}: ${out.ref} left out but more notable than ${inn.ref}`);
            }
          }
        };
        check('Tier 1 Performance – Q3 2020/21', isTier1, WORST_AGAINST_TARGET);
        check('Strong performance', isStrongPerformance, BEST_FIRST);
        check('Requires improvement', requiresImprovement, WORST_FIRST);
      }),
      { numRuns: 40 },
    );
  });

  it('picks the 25 most notable of a block in the order a stable sort of the whole block gives, ties in workbook order (property)', () => {
    const score = fc.record({
      status: fc.constantFrom<IndicatorScore['status']>('on target', 'within tolerance', 'off target', 'data gap'),
      variancePct: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
      dot: fc.constantFrom<IndicatorScore['dot']>('up', 'down', 'same', null),
      quartile: fc.constantFrom<IndicatorScore['quartile']>(1, 4, null),
    });
    fc.assert(
      fc.property(fc.array(score, { maxLength: 120 }), fc.integer({ min: 1, max: 30 }), (rows, count) => {
        const block = rows.map((r, i) => ({ ...stHelens.indicators[0], ...r, ref: `R${i}`, row: i }));
        for (const notable of [WORST_AGAINST_TARGET, BEST_FIRST, WORST_FIRST]) {
          const sorted = block
            .map((x, i) => ({ x, i }))
            .sort((a, b) => notable(a.x, b.x) || a.i - b.i)
            .map((e) => e.x.ref);
          assert.deepEqual(
            mostNotable(block, notable, count).map((x) => x.ref),
            sorted.slice(0, count),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
