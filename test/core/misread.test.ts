/**
 * What still misled a council analyst in the fresh-user checks (helper misread), most misleading first:
 * a cumulative count scored against the whole year's target, sixteen near-identical "carried forward"
 * Checks under the one that says so for the quarter, two findings on one target cell, an absurd figure
 * scored on target, and periods named three ways. In the analyst's words; docs/workbook.md says why.
 */
import { strict as assert } from 'assert';
import { defaultState, prepareRun, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { highlightsSheet } from '../../src/core/plan/summary-sheets';
import { indicatorRow, sheet, standardSheet } from '../support/grids';
import { scored } from '../support/scoring';
import { reportGrids } from '../support/golden';

const QUARTER_HEADER: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'];
const housing = (...rows: CellValue[][]): SheetGrid => sheet('Housing', [QUARTER_HEADER, ...rows]);
const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);
const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;

describe('What misled the analyst (helper misread)', () => {
  describe('1. A cumulative figure and an annual target, with no Profile column', () => {
    it('"Number of affordable homes delivered (cumulative)": Q2\'s 190 is measured against 6/12 of the year\'s 400, not all of it, and a Check says so', () => {
      const r = scored(
        [housing(['H1', 'Number of affordable homes delivered (cumulative)', 'Higher', 400, 90, 190, null, null])],
        { quarter: 2 },
      );
      const h = pick(r, 'H1');
      assert.deepEqual([h.periodTarget, h.variancePct, h.rag], [200, -5, 'amber']);
      const f = about(r, 'H1').filter((x) => x.kind === 'looks-cumulative');
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].cell, 'D2');
      assert.equal(
        f[0].message,
        'H1: its name says it is cumulative and the table has no Profile column, so its annual target 400 is ' +
          "profiled pro rata: Q2's target is 6/12 of it, 200. If 400 is already the target for the figure as it " +
          'stands, add a "Profile" column saying Flat.',
      );
    });

    for (const name of ['Homes delivered YTD', 'Homes delivered – year to date', 'New homes built (cumulative total)'])
      it(`"${name}" is profiled pro rata too`, () => {
        const r = scored([housing(['H1', name, 'Higher', 400, 90, 190, null, null])], { quarter: 2 });
        assert.equal(pick(r, 'H1').periodTarget, 200);
      });

    it('a percentage whose name says year to date is not profiled (a rate to date is measured against the rate aimed for), but a Check asks', () => {
      const r = scored([housing(['H2', '% of invoices paid within 30 days (YTD)', 'Higher', 95, 93, 94, null, null])], {
        quarter: 2,
      });
      const h = pick(r, 'H2');
      assert.deepEqual([h.periodTarget, h.variancePct], [95, -1.05]);
      const f = about(r, 'H2').filter((x) => x.kind === 'looks-cumulative');
      assert.equal(f.length, 1);
      assert.equal(
        f[0].message,
        "H2: its name says it is cumulative, but the table has no Profile column, so Q2's 94 is measured against " +
          'the whole annual target of 95. If it builds up over the year, add a "Profile" column saying Cumulative; ' +
          'a rate needs nothing.',
      );
    });

    it('figures that only rise month by month, as a count to date does, keep their score, and a Check says how to profile them', () => {
      const r = scored([standardSheet('P', [indicatorRow('M1', 'Higher', 1200, [80, 170, 260, 340, 420, 500])])], {
        quarter: 2,
      });
      const m = pick(r, 'M1');
      assert.deepEqual([m.periodTarget, m.variancePct, m.rag], [1200, -58.33, 'red']);
      const f = about(r, 'M1').filter((x) => x.kind === 'looks-cumulative');
      assert.equal(f.length, 1);
      assert.equal(
        f[0].message,
        'M1: its figures only rise, from 80 in April to 500 in Sept, as a count to date does, but the table has no ' +
          "Profile column, so Sept's 500 is measured against the whole annual target of 1,200. If it builds up over " +
          'the year, add a "Profile" column saying Cumulative; if not, nothing needs to change.',
      );
    });

    it('under a "Q2 YTD" header, the table\'s own Check says which were profiled pro rata', () => {
      const r = scored(
        [
          sheet('Housing', [
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 YTD', 'Q2 YTD'],
            ['H1', 'Number of affordable homes delivered (cumulative)', 'Higher', 400, 90, 190],
            ['H2', 'Rent collected %', 'Higher', 98, 97, 98.5],
          ]),
        ],
        { quarter: 2 },
      );
      assert.deepEqual(
        r.indicators.map((i) => [i.ref, i.periodTarget]),
        [
          ['H1', 200],
          ['H2', 98],
        ],
      );
      assert.ok(
        r.findings.some(
          (f) =>
            f.message ===
            '\'Housing\' row 1: the period header "Q1 YTD" says its figures are year to date, but the table has no ' +
              'Profile column, so each is measured against the whole annual target (but for 1 whose name says it is ' +
              'cumulative: profiled pro rata, each with its own Check). For a count that builds up over the year, add ' +
              'a "Profile" column saying Cumulative; a rate needs nothing.',
        ),
        r.findings.map((f) => f.message).join('\n'),
      );
      assert.equal(r.findings.filter((f) => f.kind === 'looks-cumulative').length, 1);
    });

    it('a rate creeping up (satisfaction 80, 81, 82 …) is no count to date: no such Check', () => {
      const r = scored([standardSheet('P', [indicatorRow('S1', 'Higher', 90, [80, 81, 82, 83, 84, 85])])], {
        quarter: 2,
      });
      assert.equal(about(r, 'S1').filter((x) => x.kind === 'looks-cumulative').length, 0);
    });

    it('a table with a Profile column says for itself: no guess, no Check', () => {
      const r = scored(
        [
          sheet('Housing', [
            ['Ref', 'Indicator', 'Polarity', 'Target', 'Profile', 'Q1', 'Q2'],
            ['H1', 'Number of affordable homes delivered (cumulative)', 'Higher', 100, 'Flat', 90, 95],
          ]),
        ],
        { quarter: 2 },
      );
      assert.equal(pick(r, 'H1').periodTarget, 100);
      assert.equal(r.findings.filter((x) => x.kind === 'looks-cumulative').length, 0);
    });

    it('the St Helens workbook (a Profile column) gets no such Check', () => {
      const r = scored(reportGrids(), { quarter: 3 });
      assert.equal(r.findings.filter((x) => x.kind === 'looks-cumulative').length, 0);
    });
  });

  describe('2. A quarter asked for with no figures yet: one Check for the quarter, not one per indicator', () => {
    it('St Helens Q4: the quarter-wide Check counts the 58 indicators carried forward from Q3, and no indicator has its own', () => {
      const r = scored(reportGrids(), { quarter: 4 });
      assert.equal(r.findings[0].kind, 'quarter-without-figures');
      assert.equal(
        r.findings[0].message,
        'No indicator has a Q4 figure yet: all 58 indicators with figures are scored on figures carried forward ' +
          "from Q3 and counted as Q4's. Score Q3, the latest quarter with figures, or type Q4's figures first.",
      );
      assert.equal(r.findings.filter((f) => f.kind === 'carried-forward' && f.severity === 'warning').length, 0);
    });

    it('an indicator carried forward from an earlier quarter than the rest keeps its own Check, and the quarter-wide one says how many', () => {
      const r = scored(
        [
          housing(
            ['H1', 'Homes built', 'Higher', 40, 10, 12, null, null],
            ['H2', 'Rent collected %', 'Higher', 98, 97, 98.5, null, null],
            ['H3', 'Days to re-let', 'Lower', 30, 28, 27, null, null],
            ['H4', 'Tenant satisfaction %', 'Higher', 80, 78, null, null, null],
          ),
        ],
        { quarter: 3 },
      );
      assert.equal(
        r.findings[0].message,
        'No indicator has a Q3 figure yet: all 4 indicators with figures are scored on figures carried forward ' +
          "from Q2 or earlier (1 from before Q2, named below) and counted as Q3's. Score Q2, the latest quarter " +
          "with figures, or type Q3's figures first.",
      );
      const own = r.findings.filter((f) => f.kind === 'carried-forward' && f.severity === 'warning');
      assert.deepEqual(
        own.map((f) => [f.ref, f.message]),
        [
          [
            'H4',
            'H4: no Q3 figure yet; the latest value (78) is carried forward from Q1 and scored and counted as the Q3 ' +
              'figure. Type this quarter\'s figure, or "not available" in its month to count it as a data gap.',
          ],
        ],
      );
    });

    it('one indicator alone carried forward keeps its own Check (there is no rest to say it for), under the quarter-wide one', () => {
      const r = scored([housing(['H1', 'Homes built', 'Higher', 40, 10, 12, null, null])], { quarter: 3 });
      assert.equal(
        r.findings[0].message,
        'No indicator has a Q3 figure yet: the one indicator with a figure is scored on a figure carried forward from ' +
          "Q2 and counted as Q3's. Score Q2, the latest quarter with figures, or type Q3's figures first.",
      );
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'carried-forward').map((f) => f.ref),
        ['H1'],
      );
    });

    it('a quarter some indicator has figures in: each carried-forward indicator keeps its own Check, as before', () => {
      const r = scored(
        [
          housing(
            ['H1', 'Homes built', 'Higher', 40, 10, 12, null, null],
            ['H2', 'Rent collected %', 'Higher', 98, 97, 98.5, 98.9, null],
          ),
        ],
        { quarter: 3 },
      );
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'carried-forward').map((f) => f.ref),
        ['H1'],
      );
    });
  });

  describe('3. A target typed in words gets one finding, not two', () => {
    for (const [words, polarity] of [
      ['Increase', 'Higher'],
      ['Reduce', 'Lower'],
      ['Top quartile', 'Higher'],
    ] as const)
      it(`"${words}" in the target cell: one Check on it, saying it is counted as No target`, () => {
        const r = scored([standardSheet('P', [indicatorRow('W1', polarity, words, [80, 85, 90, 95, 97, 99])])], {
          quarter: 2,
        });
        assert.equal(pick(r, 'W1').status, 'no target');
        const onTarget = r.findings.filter((f) => f.cell === 'D2');
        assert.deepEqual(
          onTarget.map((f) => [f.kind, f.severity, f.message]),
          [
            [
              'target-missing',
              'warning',
              `W1: no target for Sept (the target cell says "${words}"), so it is shown without colour and counted as "No target".`,
            ],
          ],
        );
      });

    it("a target in words beside a Targets sheet that gives the month's target still gets its one Check (the words are not read)", () => {
      const r = scored(
        [
          standardSheet('P', [indicatorRow('W1', 'Higher', 'Increase', [80, 85, 90, 95, 97, 99])]),
          sheet('Targets', [
            ['Ref', 'Sep'],
            ['W1', 100],
          ]),
        ],
        { quarter: 2 },
      );
      assert.equal(pick(r, 'W1').periodTarget, 100);
      assert.deepEqual(
        r.findings.filter((f) => f.cell === 'D2').map((f) => f.message),
        [
          'W1: the target cell holds "Increase" where a number belongs, so it is scored against the Targets ' +
            "sheet's Sept target of 100.",
        ],
      );
    });
  });

  describe('4. An absurd figure is never scored', () => {
    for (const [label, value, shown] of [
      ['1.7e308', 1.7e308, '1.7E+308'],
      ['a figure past a thousand million million', 3e15, '3E+15'],
      ['infinity', Infinity, 'an infinite value'],
      ['minus infinity', -Infinity, 'an infinite value'],
    ] as const)
      it(`${label} in June: left out of the scores with one Check; May's 90 is the Q1 figure`, () => {
        const r = scored([standardSheet('P', [indicatorRow('X1', 'Higher', 100, [80, 90, value])])], { quarter: 1 });
        const x = pick(r, 'X1');
        assert.deepEqual([x.latestMonth, x.latestValue, x.variancePct, x.rag], ['May', 90, -10, 'red']);
        const f = about(r, 'X1');
        assert.deepEqual(
          f.map((y) => [y.kind, y.severity, y.cell, y.message]),
          [
            [
              'text-in-value',
              'warning',
              'G2',
              `X1: June's ${shown} is not a figure an indicator can have (beyond a thousand million million), so it is ` +
                'left out of the scores; correct the cell (a slip, or a formula gone wrong?) and score again.',
            ],
          ],
        );
      });

    it('an absurd figure alone in the quarter: a data gap, never "on target"', () => {
      const r = scored([standardSheet('P', [indicatorRow('X2', 'Higher', 100, [null, null, 1.7e308])])], {
        quarter: 1,
      });
      const x = pick(r, 'X2');
      assert.deepEqual([x.status, x.latestValue, x.variancePct, x.rag], ['data gap', null, null, null]);
      assert.equal(r.executiveSummary.onTarget, 0);
      assert.equal(about(r, 'X2').length, 1);
    });

    it('an absurd target: No target, with one Check on the target cell', () => {
      const r = scored([standardSheet('P', [indicatorRow('X3', 'Higher', 1.7e308, [80, 90, 95])])], { quarter: 1 });
      const x = pick(r, 'X3');
      assert.deepEqual([x.status, x.periodTarget, x.variancePct], ['no target', null, null]);
      const f = about(r, 'X3');
      assert.deepEqual(
        f.map((y) => [y.cell, y.severity, y.message]),
        [
          [
            'D2',
            'warning',
            'X3: no target for June (the target cell says "1.7E+308"), so it is shown without colour and counted as "No target".',
          ],
        ],
      );
    });
  });

  describe("5. Periods named one way: quarters in a quarterly table, the report's months in a monthly one", () => {
    const quarterly = () =>
      scored(
        [
          housing(
            ['H1', 'Homes built', 'Higher', 40, 10, 12, 14, null],
            ['H2', 'Rent collected %', 'Higher', 98, 97, 98.5, null, null],
            ['H3', 'Tenant satisfaction %', 'Higher', 'TBC', 78, 79, 81, null],
          ),
        ],
        { quarter: 3 },
      );

    it("a quarterly table's Highlights Period says Q3, not Dec", () => {
      const r = quarterly();
      const h = highlightsSheet(r, { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' });
      const rows = h.values.values;
      // The All indicators list (with no quartile anywhere, Strong performance lists H2 too: fresh user 10).
      const all = rows.findIndex((x) => x[0] === 'All indicators');
      const header = rows.findIndex((x, i) => i > all && x[1] === 'Ref');
      const period = rows[header].indexOf('Period');
      const body = rows.slice(header + 1).filter((x) => x[1] === 'H1' || x[1] === 'H2');
      assert.deepEqual(
        body.map((x) => [x[1], x[period]]),
        [
          ['H1', 'Q3'],
          ['H2', 'Q2'],
        ],
      );
    });

    it("a quarterly table's findings name quarters: carried forward from Q2, no target for Q3", () => {
      const r = quarterly();
      assert.match(about(r, 'H2').find((f) => f.kind === 'carried-forward')!.message, /carried forward from Q2 /);
      assert.doesNotMatch(r.findings.map((f) => f.message).join(' '), /\b(Sept?|Dec|June)\b/);
    });

    it("a monthly table's Highlights Period and findings both say Sept", () => {
      const r = scored(
        [
          standardSheet('P', [
            indicatorRow('M1', 'Higher', 100, [80, 85, 90, 95, 97, 99]),
            indicatorRow('M2', 'Higher', null, [80, 85, 90, 95, 97, 99, 100]),
          ]),
        ],
        { quarter: 3 },
      );
      const h = highlightsSheet(r, { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' });
      const rows = h.values.values;
      const header = rows.findIndex((x) => x[1] === 'Ref');
      const period = rows[header].indexOf('Period');
      assert.equal(rows.slice(header + 1).find((x) => x[1] === 'M1')![period], 'Sept');
      assert.match(about(r, 'M1').find((f) => f.kind === 'carried-forward')!.message, /from Sept /);
      assert.match(about(r, 'M2').find((f) => f.kind === 'target-missing')!.message, /no target for Oct/);
    });
  });

  describe('6. "Nothing coloured" when the only column the scores could go in is a Status column of the analyst\'s own', () => {
    const typedStatus = sheet('Housing', [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'RAG'],
      ['H1', 'Homes built', 'Higher', 40, 10, 38, 'Amber'],
      ['H2', 'Days to re-let', 'Lower', 30, 28, 27, 'G'],
    ]);

    it('says the Status column holds their own words, kept as typed — not that there is no Status column', () => {
      const run = prepareRun([typedStatus], defaultState(), { quarter: 2 });
      assert.equal(
        run.uncoloured,
        'No cells in your tables were coloured: they have no % Variance from Target, DOT, Trend or Comparative ' +
          'Performance column for the scores to go in, and a Status column holding words you typed is kept as ' +
          'typed, so the scores are on the summary sheets only; add columns headed "% Variance from Target", ' +
          '"DOT" and "Trend" beside the figures and score again.',
      );
    });

    it('a table with no Status column at all is told as before', () => {
      const plain = sheet('Housing', [
        ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2'],
        ['H1', 'Homes built', 'Higher', 40, 10, 38],
      ]);
      assert.match(
        prepareRun([plain], defaultState(), { quarter: 2 }).uncoloured!,
        /^No cells in your tables were coloured: they have no % Variance from Target, DOT, Trend, Status or Comparative Performance column for the scores to go in, so /,
      );
    });
  });
});
