/**
 * What could mislead a council performance analyst reading the report (session 6, analyst's items):
 * figures carried forward past a cell that says why there is none, priorities named by lines that are
 * not priority names, figures read a hundred times out, duplicated refs on the Targets sheet, and
 * values typed the ways analysts type them. In the analyst's words.
 */
import { strict as assert } from 'assert';
import { isInputError, scoreWorkbook, type CellValue, type SheetGrid } from '../../src/core';
import { indicatorRow, months, standardSheet } from '../support/grids';
import { plainMessage } from '../../src/office/problems';
import { compactNumberFormats } from '../../src/core/read/number-formats';

/** How many words a sentence has. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The refusal scoring gives these sheets. */
function refusal(grids: SheetGrid[]) {
  try {
    scoreWorkbook(grids, {});
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  assert.fail('scored, not refused');
}

function score(rows: CellValue[][], quarter: 1 | 2 | 3 | 4 = 3) {
  return scoreWorkbook([standardSheet('P', rows)], { quarter }).result;
}

describe('What could mislead the analyst reading the report', () => {
  describe('1. No figure in the quarter scored: carried forward, or a data gap', () => {
    const sept = [null, null, 70, null, null, 80];

    for (const said of [
      'n/a',
      'N/A',
      'not available',
      'Not yet available',
      'TBC',
      'awaited',
      'Data collection suspended',
    ])
      it(`December typed "${said}" after September's 80: Q3 is a data gap, and September's 80 is not counted as Q3's`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, said])]);
        const i = r.indicators[0];
        assert.equal(i.status, 'data gap');
        assert.equal(i.latestValue, null);
        assert.equal(i.rag, null);
        assert.equal(r.executiveSummary.dataGaps, 1);
        assert.equal(r.executiveSummary.onTarget, 0, "September's 80 is not counted on target in Q3");
        // As typed: "n/a" is not reworded "Not applicable" (helper wording, session 9).
        assert.equal(i.reason, said);
        assert.equal(r.findings.filter((f) => /is carried forward/.test(f.message)).length, 0);
        const f = r.findings.find((x) => x.kind === 'carried-forward');
        assert.ok(f, 'a Note says why');
        assert.equal(f.severity, 'info');
        assert.equal(f.cell, 'M2', "on December's cell");
        assert.match(
          f.message,
          /^CS-07: no Q3 figure — Dec says ".+" — so it is counted as a data gap; Sept's 80 is not carried forward as the Q3 figure\. Leave the month blank or "-" to carry it forward instead\.$/,
        );
        // The words quoted are the cell's, not their meaning ("Not applicable" matched no cell: session 8).
        assert.ok(f.message.includes(`Dec says "${said}"`), f.message);
      });

    for (const nothing of [null, '-', '–', '..'])
      it(`December ${nothing === null ? 'blank' : `typed "${nothing}"`} after September's 80: carried forward, and the Check says it is scored and counted as Q3's`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, nothing])]);
        const i = r.indicators[0];
        assert.equal(i.status, 'on target');
        assert.equal(i.latestMonth, 'Sep');
        const f = r.findings.find((x) => x.kind === 'carried-forward')!;
        assert.equal(f.severity, 'warning');
        assert.equal(
          f.message,
          'CS-07: no Q3 figure yet; the latest value (80) is carried forward from Sept and scored and counted as the Q3 figure. ' +
            'Type this quarter\'s figure, or "not available" in its month to count it as a data gap.',
        );
      });

    for (const slip of ['#DIV/0!', '1,5'])
      it(`December holding "${slip}" (a slip, not a reason) after September's 80: carried forward, with the Check`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, slip])]);
        assert.equal(r.indicators[0].latestMonth, 'Sep');
        assert.ok(r.findings.some((f) => f.kind === 'carried-forward' && f.severity === 'warning'));
      });

    it('"not available" in November and a figure in October: October is the Q3 figure (nothing carried across quarters)', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 78, 'not available', null])]);
      assert.equal(r.indicators[0].latestMonth, 'Oct');
      assert.equal(r.indicators[0].latestValue, 78);
      assert.equal(r.findings.filter((f) => f.kind === 'carried-forward').length, 0);
    });

    for (const [said, shown] of [
      ['n/a', '"n/a"'],
      ['N/A', '"N/A"'],
      ['not available', '"not available"'],
      ['TBC', '"TBC"'],
    ] as const)
      it(`October 50, November 55, December "${said}": November's 55 is the Q3 figure (the latest in the quarter), and a Note names December and its words`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 50, 55, said])]);
        assert.equal(r.indicators[0].latestMonth, 'Nov');
        assert.equal(r.indicators[0].latestValue, 55);
        assert.equal(r.indicators[0].status, 'off target');
        const notes = r.findings.filter((f) => f.kind === 'latest-before-quarter-end');
        assert.equal(notes.length, 1);
        assert.equal(notes[0].severity, 'info');
        assert.equal(notes[0].cell, 'M2', "December's cell");
        assert.equal(
          notes[0].message,
          `CS-07: Dec says ${shown}, so Nov's 55 is scored as the Q3 figure. Type the missing figure if there is one.`,
        );
        assert.ok(words(notes[0].message) < 25, notes[0].message);
        assert.equal(
          r.findings.filter((f) => f.kind === 'carried-forward').length,
          0,
          'nothing carried across quarters',
        );
      });

    it('"n/a" in December after October\'s figure names December, and November blank between them says nothing of its own', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 50, null, 'n/a'])]);
      assert.equal(r.indicators[0].latestMonth, 'Oct');
      const notes = r.findings.filter((f) => f.kind === 'latest-before-quarter-end');
      assert.deepEqual(
        notes.map((f) => f.message),
        [`CS-07: Dec says "n/a", so Oct's 50 is scored as the Q3 figure. Type the missing figure if there is one.`],
      );
    });

    for (const nothing of [null, '-'])
      it(`December ${nothing === null ? 'blank' : '"-"'} after November's 55: November is the Q3 figure and no Note (a blank says nothing, as in session 6)`, () => {
        const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 50, 55, nothing])]);
        assert.equal(r.indicators[0].latestValue, 55);
        assert.equal(r.findings.filter((f) => f.kind === 'latest-before-quarter-end').length, 0);
      });

    it('"n/a" in November and a figure in December: December is the Q3 figure, and nothing is said', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, 50, 'n/a', 58])]);
      assert.equal(r.indicators[0].latestValue, 58);
      assert.equal(r.findings.filter((f) => f.kind === 'latest-before-quarter-end').length, 0);
    });

    it('"n/a" in December after September\'s figure only is the session-6 data gap, not this Note', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [...sept, null, null, 'n/a'])]);
      assert.equal(r.indicators[0].status, 'data gap');
      assert.equal(r.findings.filter((f) => f.kind === 'latest-before-quarter-end').length, 0);
    });

    it('"TBC" in a month before the last figure changes nothing: September is the Q3 figure carried forward', () => {
      const r = score([indicatorRow('CS-07', 'Higher', 75, [null, 'TBC', 70, null, null, 80])]);
      assert.equal(r.indicators[0].latestMonth, 'Sep');
    });

    it('"not available" in every month is a data gap whose reason is "not available" (not "Not applicable")', () => {
      const r = score([indicatorRow('NA-2', 'Higher', 5, ['not available', 'not available', 'not available'])]);
      assert.equal(r.indicators[0].status, 'data gap');
      assert.equal(r.indicators[0].reason, 'not available');
    });
  });

  describe('3. Findings that say the one thing, and refusals that say how to map by hand', () => {
    it('"CS-07: the target 5% is shown as a percentage over plain values (such as 0.053)" says how it is read and what to type, in under 56 words (it was 70; session 8: read as 0.05, not "No target")', () => {
      const { result } = scoreWorkbook(
        [standardSheet('P', [indicatorRow('CS-07', 'Higher', '5%', Array(9).fill(0.053))])],
        {
          quarter: 3,
        },
      );
      const f = result.findings.find((x) => x.kind === 'percentage-scales')!;
      assert.equal(
        f.message,
        'CS-07: the target 5% is shown as a percentage over plain values (such as 0.053), so it is read as 0.05, as the values are written; ' +
          'type the target as 0.05 (or correct it) and score again.',
      );
      assert.ok(words(f.message) < 56, `${words(f.message)} words`);
      assert.equal(result.indicators[0].variancePct, 6);
    });

    it('the Trend typed with no figure behind it: one sentence of what it means and one of what to do, under 50 words', () => {
      const { result } = scoreWorkbook(
        [
          {
            name: 'P1',
            values: [
              ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual', 'Trend'],
              ['HSG-01', 'Rent collected', 'Higher', 98, 97, '↑'],
            ],
          },
        ],
        { quarter: 2 },
      );
      const f = result.findings.find((x) => x.kind === 'typed-trend-disagrees')!;
      assert.equal(
        f.message,
        'HSG-01: the Trend was typed as ↑ (improving) but the workbook holds no figure to compare with, so it is not coloured or counted ' +
          'under "Trend can be determined". Add last year\'s figure (a "Last year Q2" column or a Last year sheet), or clear the cell.',
      );
      assert.ok(words(f.message) < 50, `${words(f.message)} words`);
    });

    it('"No indicator table found … map the columns by hand": the core says it in its own words and no front end\'s', () => {
      const e = refusal([
        { name: 'A', values: [['hello']] },
        { name: 'B', values: [[1, 2]] },
      ]);
      assert.match(
        e.message,
        /None of the 2 sheets has one; map the columns by hand if the headers use other names\.$/,
      );
      assert.equal(e.mapByHand, true);
      assert.doesNotMatch(e.message, /--map|task pane|Column mapping|Home tab/);
    });

    it('the add-in says where to map them: from the ribbon, open Scorecard; in the pane, the panel below', () => {
      const e = refusal([
        {
          name: 'KPIs',
          values: [
            ['Ref', 'Target', ...months(2)],
            ['X', 5, 1, 2],
          ],
        },
      ]);
      assert.equal(
        plainMessage(e),
        `${e.message} Open Scorecard on the Home tab and map them under "Map the columns of 'KPIs'".`,
      );
      assert.equal(
        plainMessage(e, 'pane'),
        `${e.message} Map them below, under "Map the columns of 'KPIs'", and save the mapping.`,
      );
    });

    it('a refusal that asks for no mapping (a bad tolerance) gets no mapping words', () => {
      let e: unknown;
      try {
        scoreWorkbook([standardSheet('P', [indicatorRow('A', 'Higher', 5, [1])])], { quarter: 1, tolerancePct: -1 });
      } catch (x) {
        e = x;
      }
      if (e) assert.doesNotMatch(plainMessage(e), /Map the columns|Open Scorecard/);
    });
  });

  describe("4. Last year's outturn on another percentage scale", () => {
    const header: CellValue[] = [
      'Ref',
      'Indicator',
      'Polarity',
      '2019/20 Outturn',
      '20/21 Target',
      ...months(9),
      'Trend',
    ];
    const row = (outturn: CellValue, trend: CellValue = '↑'): CellValue[] => [
      'CS-07',
      'Council tax collected %',
      'Higher',
      outturn,
      0.95,
      ...Array(8).fill(null),
      0.96,
      trend,
    ];

    it('"2019/20 Outturn" typed 94% against plain 0.96: a typed Trend ↑ is not kept on it (not counted), and a Check names D2 and the fix', () => {
      const { result } = scoreWorkbook([{ name: 'P6', values: [header, row('94%')] }], { quarter: 3 });
      const i = result.indicators[0];
      assert.equal(i.trend, null, 'the typed ↑ stood on the outturn alone');
      assert.equal(result.executiveSummary.trendTotal, 0);
      assert.equal(i.status, 'on target', 'the target and its values agree: rated as before');
      const f = result.findings.filter((x) => x.kind === 'percentage-scales');
      assert.deepEqual(
        f.map((x) => [x.cell, x.severity]),
        [['D2', 'warning']],
      );
      assert.match(
        f[0].message,
        /^CS-07: last year's outturn 94% and a value such as 0\.96 are on different scales \(one has a percent sign\), so it is not compared with them \(a typed Trend arrow is not kept on it alone\); write both the same way — format the values as percentages \(0\.96 then shows as 96%\) or type last year's outturn as 0\.94 — and score again\.$/,
      );
    });

    it('an outturn of 100 beside values typed "5.2%" (19 times apart: no percent-sign slip) is left alone', () => {
      const { result } = scoreWorkbook(
        [
          {
            name: 'P6',
            values: [
              header,
              ['CS-07', 'Council tax collected %', 'Higher', 100, '5%', ...Array(8).fill(null), '5.2%', null],
            ],
          },
        ],
        { quarter: 3 },
      );
      assert.equal(result.findings.filter((x) => x.kind === 'percentage-scales').length, 0);
    });

    it('"2019/20 Outturn" 0.94 on the same scale as 0.96: the typed ↑ is kept, no Check', () => {
      const { result } = scoreWorkbook([{ name: 'P6', values: [header, row(0.94)] }], { quarter: 3 });
      assert.equal(result.indicators[0].trend, 'up');
      assert.equal(result.findings.filter((x) => x.kind === 'percentage-scales').length, 0);
    });
  });

  describe('5. A ref on two rows of the Targets sheet, and a ref on two indicator rows', () => {
    const header: CellValue[] = ['Ref', 'Performance Indicator', 'Higher / Lower is better?', 'Target', ...months(9)];
    const table = (name: string, rows: CellValue[][]): SheetGrid => ({ name, values: [header, ...rows] });
    const cyp41 = ['CYP-41', 'Referrals', 'Higher', 600, ...Array(8).fill(null), 470];

    it('CYP-41 on Targets rows 2 and 3 with December 450 and 470: refused, naming the ref, the rows and the month, and nothing is scored', () => {
      const e = refusal([
        table('P1', [cyp41]),
        {
          name: 'Targets',
          values: [
            ['Ref', 'Sep', 'Dec'],
            ['CYP-41', 300, 450],
            ['CYP-41', 300, 470],
            ['CYP-99', 1, 2],
            ['CYP-99', 1, 3],
          ],
        },
      ]);
      assert.equal(
        e.message,
        'The Targets sheet gives CYP-41 (rows 2 and 3: Dec 450 and 470) two different month targets, so nothing was scored rather than pick one; keep one row for each ref on the Targets sheet and score again.',
        'CYP-99, which no indicator has, is not named',
      );
    });

    it('the same ref on two Targets rows with the same month targets (a copied row) is scored against them, with the Check as before', () => {
      const { result } = scoreWorkbook(
        [
          table('P1', [cyp41]),
          {
            name: 'Targets',
            values: [
              ['Ref', 'Dec'],
              ['CYP-41', 450],
              ['CYP-41', 450],
            ],
          },
        ],
        { quarter: 3 },
      );
      assert.equal(result.indicators[0].periodTarget, 450);
      assert.ok(
        result.findings.some((f) =>
          /CYP-41 appears twice on the Targets sheet; the first row \(row 2\) is used\./.test(f.message),
        ),
      );
    });

    it('CS-07 on two sheets, one with values shown as 5.3% (stored 0.053), one typed "5.3%": the Targets sheet\'s "5%" is read in each row\'s units — both +6.00%, green (the second was +10,500%)', () => {
      const p1 = table('P1', [['CS-07', 'Council tax collected %', 'Higher', null, ...Array(8).fill(null), 0.053]]);
      p1.numberFormats = compactNumberFormats(p1.values, (r, c) => (r === 1 && c === 12 ? '0.0%' : null));
      const p2 = table('P2', [['CS-07', 'Council tax collected %', 'Higher', null, ...Array(8).fill(null), '5.3%']]);
      const { result } = scoreWorkbook(
        [
          p1,
          p2,
          {
            name: 'Targets',
            values: [
              ['Ref', 'Dec'],
              ['CS-07', '5%'],
            ],
          },
        ],
        {
          quarter: 3,
        },
      );
      assert.deepEqual(
        result.indicators.map((i) => [i.sheet, i.periodTarget, i.variancePct, i.rag]),
        [
          ['P1', 0.05, 6, 'green'],
          ['P2', 5, 6, 'green'],
        ],
      );
      assert.equal(result.findings.filter((f) => f.kind === 'percentage-scales').length, 0);
    });
  });

  describe('2. The priority a table is counted under', () => {
    const header: CellValue[] = ['Ref', 'Performance Indicator', 'Polarity', 'Target', 'Apr'];
    const priorities = (grids: SheetGrid[]) =>
      scoreWorkbook(grids, { quarter: 1 }).result.priorities.map((p) => [p.priorityName, p.total]);

    for (const line of [
      'Position at end of Q2',
      'Produced by the Performance Team',
      "Source: Children's Services case management system",
      'Key:',
      'Notes',
      'Q2 2020/21',
      '31 December 2020',
      'Data as at 31/12/2020',
      'Page 3 of 10',
      'OFFICIAL',
    ])
      it(`a table under "${line}" is counted under the sheet's name, 'Housing', not under "${line}"`, () => {
        assert.deepEqual(
          priorities([{ name: 'Housing', values: [[line], header, ['H-1', 'Rent collected', 'Higher', 98, 97]] }]),
          [['Housing', 1]],
        );
      });

    it('a table under "Adult Social Care" and then "Position at end of Q2" is counted under "Adult Social Care"', () => {
      assert.deepEqual(
        priorities([
          {
            name: 'P2',
            values: [
              ['Adult Social Care - 2020/21'],
              ['Position at end of Q2'],
              header,
              ['A-1', 'Reviews', 'Higher', 90, 91],
            ],
          },
        ]),
        [['Adult Social Care', 1]],
      );
    });

    it('"Adult Social Care – position at end of Q2" on one line names "Adult Social Care"', () => {
      assert.deepEqual(
        priorities([
          {
            name: 'P2',
            values: [['Adult Social Care – position at end of Q2'], header, ['A-1', 'Reviews', 'Higher', 90, 91]],
          },
        ]),
        [['Adult Social Care', 1]],
      );
    });

    it('a header repeated under a page header ("Produced by the Performance Team") carries on the priority above', () => {
      assert.deepEqual(
        priorities([
          {
            name: 'P1',
            values: [
              ['Children and young people - 2020/21'],
              header,
              ['C-1', 'Children in need', 'Lower', 500, 480],
              ['Produced by the Performance Team'],
              header,
              ['C-2', 'Care leavers in work', 'Higher', 50, 52],
            ],
          },
        ]),
        [['Children and young people', 2]],
      );
    });

    it('"All figures are provisional until validated." above a table: counted under the sheet\'s name, and a Check says it was taken for a note', () => {
      const { result } = scoreWorkbook(
        [
          {
            name: 'Housing',
            values: [
              ['All figures are provisional until validated.'],
              header,
              ['H-1', 'Rent collected', 'Higher', 98, 97],
            ],
          },
        ],
        { quarter: 1 },
      );
      assert.equal(result.priorities[0].priorityName, 'Housing');
      const f = result.findings.find((x) => /reads as a note/.test(x.message))!;
      assert.equal(f.severity, 'warning');
      assert.equal(f.cell, 'A1');
      assert.equal(
        f.message,
        "'Housing' row 1 (\"All figures are provisional until validated.\") reads as a note, not a priority's name, so the table under it is counted under 'Housing'. " +
          "If it names the priority, remove its full stop; else put the priority's name on a line of its own above the header.",
      );
    });

    it('"Key performance indicators – Housing" names Housing; a report title before a dash is dropped from a name', () => {
      assert.deepEqual(
        priorities([
          {
            name: 'A',
            values: [['Key performance indicators – Housing'], header, ['H-1', 'Rent collected', 'Higher', 98, 97]],
          },
          {
            name: 'B',
            values: [
              ['Be a modern, efficient, and effective Council - 2020/21'],
              header,
              ['B-1', 'Sickness', 'Lower', 8, 7],
            ],
          },
          {
            name: 'C',
            values: [
              ['Quarterly Performance Report 2020/21 – Resources: Revenues & Benefits'],
              header,
              ['RB-1', 'Council tax collected', 'Higher', 97, 96],
            ],
          },
        ]),
        [
          ['Housing', 1],
          ['Be a modern, efficient, and effective Council', 1],
          ['Resources: Revenues & Benefits', 1],
        ],
      );
    });
  });

  describe('6. Values typed as analysts type them', () => {
    const q3 = (dec: CellValue, target: CellValue = 75, polarity: 'Higher' | 'Lower' = 'Higher') =>
      score([indicatorRow('CS-07', polarity, target, [null, null, 70, null, null, 80, 78, 79, dec])]);

    for (const [typed, retyped] of [
      ['1,5', '1.5'],
      ['12,5%', '12.5%'],
      ['1.234,5', '1234.5'],
      ['1 234', '1234'],
      ['(5)', '-5'],
      ['–5', '-5'],
    ])
      it(`December typed "${typed}" is not read as a figure: a Check names D… and says to type it as ${retyped}; November's 79 is not silently the Q3 figure without it`, () => {
        const r = q3(typed);
        assert.equal(r.indicators[0].latestMonth, 'Nov');
        const f = r.findings.filter((x) => x.ref === 'CS-07' && x.kind === 'text-in-value');
        assert.equal(f.length, 1);
        assert.equal(f[0].severity, 'warning');
        assert.equal(f[0].cell, 'M2');
        assert.equal(
          f[0].message,
          `CS-07: Dec's "${typed}" is not read as a figure, so it is left out of the scores; type it as ${retyped} and score again.`,
        );
      });

    it('December typed "95 %" (a space before the sign) is 95, and a percentage', () => {
      const r = score([
        indicatorRow('CS-07', 'Higher', '94%', [null, null, null, null, null, null, null, null, '95 %']),
      ]);
      assert.equal(r.indicators[0].latestValue, 95);
      assert.equal(r.indicators[0].variancePct, 1.06);
    });

    it('a target "≥95%" (a Unicode comparator) is 95, higher is better; "<5%" is 5, lower is better', () => {
      const r = score([
        indicatorRow('A-1', 'Higher', '≥95%', [null, null, null, null, null, null, null, null, '96%']),
        ['B-1', 'B-1 indicator', null, '<5%', ...Array(8).fill(null), '4%', null, null, null, null],
      ]);
      assert.deepEqual(
        r.indicators.map((i) => [i.ref, i.periodTarget, i.variancePct, i.rag]),
        [
          ['A-1', 95, 1.05, 'green'],
          ['B-1', 5, 20, 'green'],
        ],
      );
    });

    it('a target "95 per cent" against values stored as plain 0.96 is read as 0.95: +1.05%, on target (it was −98.99%, red, with no finding; then "No target")', () => {
      const r = score([
        indicatorRow('CS-07', 'Higher', '95 per cent', [null, null, null, null, null, null, null, null, 0.96]),
      ]);
      assert.equal(r.indicators[0].status, 'on target');
      assert.equal(r.indicators[0].variancePct, 1.05);
      assert.equal(r.executiveSummary.offTarget, 0);
      assert.match(
        r.findings.find((f) => f.kind === 'percentage-scales')!.message,
        /^CS-07: the target 95% is shown as a percentage over plain values \(such as 0\.96\), so it is read as 0\.95/,
      );
    });

    it('"1,500" and "£1,204,330" stay thousands (1500, 1204330), not decimals', () => {
      const r = score([
        indicatorRow('A-1', 'Higher', 1000, [null, null, null, null, null, null, null, null, '1,500']),
        indicatorRow('B-1', 'Higher', 1000000, [null, null, null, null, null, null, null, null, '£1,204,330']),
      ]);
      assert.deepEqual(
        r.indicators.map((i) => i.latestValue),
        [1500, 1204330],
      );
    });
  });
});

describe("A quarter's own target shown as a percentage, on a row read in percent units (session 7 fresh-user check)", () => {
  const header: CellValue[] = ['Ref', 'Measure', 'Polarity', 'Target', 'Q3 Target', 'Q1', 'Q2', 'Q3'];
  function cc02(target: CellValue, q3Target: CellValue) {
    const values: CellValue[][] = [
      header,
      ['CC-02', 'Calls answered within 60 seconds', 'Higher', target, q3Target, 0.74, 0.78, 0.81],
    ];
    const grid: SheetGrid = {
      name: 'Customer & Corporate',
      values,
      numberFormats: compactNumberFormats(values, (r, c) =>
        r === 1 && c >= 3 && typeof values[r][c] === 'number' ? '0.0%' : null,
      ),
    };
    return scoreWorkbook([grid], { quarter: 3 }).result.indicators[0];
  }

  it('CC-02: Q3 Target 82.0% (held 0.82) beside a typed "80%" target and Q3 81.0% is −1.22%, within tolerance (it was +9,778.05%, green)', () => {
    const i = cc02('80%', 0.82);
    assert.deepEqual([i.latestValue, i.periodTarget, i.variancePct, i.status], [81, 82, -1.22, 'within tolerance']);
  });

  it('CC-02: Q3 Target typed "82%" beside a target of 80.0% and Q3 81.0% (held as fractions) is −1.22% too', () => {
    const i = cc02(0.8, '82%');
    assert.deepEqual([i.periodTarget, i.variancePct, i.status], [82, -1.22, 'within tolerance']);
  });

  it('CC-02: everything held as fractions shown as percentages is read as it is: −1.22%', () => {
    const i = cc02(0.8, 0.82);
    assert.deepEqual([i.variancePct, i.status], [-1.22, 'within tolerance']);
  });
});

describe('A title of the whole report above every table does not name a priority (session 7 fresh-user check)', () => {
  for (const subtitle of [
    'Quarterly performance indicators 2025/26 — Quarter 3',
    'Key Performance Indicators',
    'Performance scorecard – Q3 2025/26',
  ])
    it(`"${subtitle}" under each directorate's name: one priority a directorate, named from the line above it`, () => {
      const directorate = (name: string, title: string, ref: string): SheetGrid =>
        standardSheet(name, [indicatorRow(ref, 'Higher', 75, [70, 72, 80])], title);
      const grids = [
        directorate('Housing', 'Housing & Communities Directorate', 'HC-01'),
        directorate('Customer', 'Customer & Corporate Services', 'CC-01'),
      ];
      // The subtitle goes in the blank row standardSheet leaves under the title.
      for (const g of grids) g.values[1][0] = subtitle;
      const r = scoreWorkbook(grids, { quarter: 1 }).result;
      assert.deepEqual(
        r.priorities.map((p) => p.priorityName),
        ['Housing & Communities Directorate', 'Customer & Corporate Services'],
      );
    });
});
