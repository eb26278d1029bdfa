/**
 * A fire-and-rescue and district council analyst's workbook, tried from a clean clone (session 9,
 * fresh-user check 3; /work/fresh3-council.ts): a hidden older outturn column, themes as band rows,
 * "Contextual" in the "Good is" column, a cumulative collection rate with an annual target and no
 * Profile column, and the messages that told the analyst something untrue. In the analyst's words.
 */
import { strict as assert } from 'assert';
import { isInputError, scoreWorkbook, type CellValue, type SheetGrid } from '../../src/core';

const MMSS = (m: number, s: number) => (m * 60 + s) / 86400;

/** The header of 'Q2 KPIs', row 6 (columns A … T), with "Quarter 1" / "Quarter 2" over the months in row 5. */
function header(target = 'Target'): CellValue[] {
  return [
    'Ref',
    'Performance Indicator',
    'Service',
    'Good is',
    '2023/24 Outturn',
    '2024/25 Outturn',
    target,
    'Tolerance',
    'Apr',
    'May',
    'Jun',
    'Q1',
    'Jul',
    'Aug',
    'Sep',
    'Q2',
    'YTD',
    'Status',
    'DOT',
    'Comments',
  ];
}

type Row = [string, string, string, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue[]];
const row = ([ref, name, good, o23, o24, target, tol, , m]: Row): CellValue[] => [
  ref,
  name,
  'Service',
  good,
  o23,
  o24,
  target,
  tol,
  ...m,
  null,
  null,
  null,
];

const THEME_1: Row[] = [
  [
    'FRS01',
    'Primary fires per 10,000 population',
    'Lower',
    14.9,
    15.6,
    15,
    '5%',
    null,
    [1.2, 1.3, 1.4, 3.9, 1.5, 1.6, 1.3, 4.4, 8.3],
  ],
  [
    'FRS03',
    'Average time to attend dwelling fires',
    'Lower',
    MMSS(8, 5),
    MMSS(7, 58),
    MMSS(8, 0),
    '5%',
    null,
    [MMSS(7, 42), MMSS(7, 51), MMSS(8, 15), MMSS(7, 56), MMSS(8, 21), MMSS(8, 2), MMSS(8, 44), MMSS(8, 22), MMSS(8, 9)],
  ],
];
const THEME_2: Row[] = [
  [
    'DC01',
    '% of Council Tax collected (cumulative)',
    'Higher',
    0.974,
    0.971,
    0.975,
    '1%',
    null,
    [0.101, 0.193, 0.285, 0.285, 0.377, 0.468, 0.562, 0.562, 0.562],
  ],
  [
    'DC03',
    'Average days to process new Housing Benefit claims',
    'Lower',
    21.4,
    19.8,
    20,
    '10%',
    null,
    [18.2, 19.5, 22.1, 19.9, 23.4, 21.8, 20.6, 21.9, 20.9],
  ],
];
const THEME_3: Row[] = [
  [
    'SH01',
    'Working days lost to sickness per FTE',
    'Lower',
    9.1,
    8.7,
    8.5,
    '5%',
    null,
    [8.6, 8.7, 8.8, 8.8, 8.9, 9.0, 9.2, 9.2, 9.2],
  ],
  [
    'SH03',
    'Staff turnover (%)',
    'Contextual',
    11.2,
    10.4,
    'n/a',
    null,
    null,
    [0.8, 1.1, 0.9, 2.8, 1.3, 0.7, 1.0, 3.0, 5.8],
  ],
];

interface Options {
  target?: string;
  bands?: (string | null)[];
  hiddenColumns?: number[];
  theme2?: Row[];
  theme3?: Row[];
  note?: string | null;
}

/** 'Q2 KPIs' as the analyst keeps it: title, subtitle, RAG key, quarter labels, header, theme bands. */
function q2Kpis(o: Options = {}): SheetGrid {
  const bands = o.bands ?? [
    'Theme 1: Safer Communities – Northshire Fire & Rescue Service',
    'Theme 2: Council Services – Eastvale District Council',
    'Theme 3: Shared Corporate Services',
  ];
  const quarters: CellValue[] = Array(20).fill(null);
  quarters[8] = 'Quarter 1';
  quarters[12] = 'Quarter 2';
  const rows: CellValue[][] = [
    ['Shared Performance Team – Key Performance Indicators 2025/26'],
    ['Quarter 2 (April – September 2025) – DRAFT for Overview & Scrutiny Committee'],
    [
      o.note === undefined
        ? 'RAG: Green = on or better than target; Amber = worse than target but within tolerance; Red = outside tolerance. All figures provisional until validated.'
        : o.note,
    ],
    [],
    quarters,
    header(o.target),
  ];
  const themes = [THEME_1, o.theme2 ?? THEME_2, o.theme3 ?? THEME_3];
  themes.forEach((list, i) => {
    if (bands[i]) rows.push([bands[i]]);
    for (const r of list) rows.push(row(r));
  });
  const width = 20;
  const grid: SheetGrid = {
    name: 'Q2 KPIs',
    values: rows.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill(null)]),
    merges: [
      { top: 4, left: 8, bottom: 4, right: 11 },
      { top: 4, left: 12, bottom: 4, right: 15 },
    ],
  };
  if (o.hiddenColumns) grid.hiddenColumns = o.hiddenColumns;
  return grid;
}

/** 'Fire quarterly': quarters of two years across the top. */
function fireQuarterly(): SheetGrid {
  return {
    name: 'Fire quarterly',
    values: [
      ['Northshire FRS – Home Office statutory returns'],
      ['Position at end of Q2 2025/26. Source: IRS (Incident Recording System)'],
      [],
      ['PI code', 'Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Q1 2025/26', 'Q2 2025/26'],
      ['HO-02', 'Non-fatal casualties', 'Lower', 12, 11, 14, 9, 13],
      ['HO-03', 'False alarms due to automatic fire alarms', 'Lower', 450, 471, 498, 430, 455],
    ],
  };
}

function score(grids: SheetGrid[]) {
  return scoreWorkbook(grids, { quarter: 2 }).result;
}

function refusal(grids: SheetGrid[]): string {
  try {
    scoreWorkbook(grids, { quarter: 2 });
  } catch (e) {
    if (isInputError(e)) return e.message;
    throw e;
  }
  assert.fail('scored, not refused');
}

describe('Fresh user 3: a fire and rescue and district council workbook', () => {
  describe('1. The year comes from the latest outturn column, not a hidden older one', () => {
    it('"2023/24 Outturn" hidden, "2024/25 Outturn" shown, plain "Target": the report is Q2 2025/26, and 2024/25 is last year\'s outturn', () => {
      const r = score([q2Kpis({ hiddenColumns: [4] })]);
      assert.equal(r.quarter, 'Q2 2025/26');
      const sh01 = r.indicators.find((i) => i.ref === 'SH01')!;
      assert.ok(sh01, 'SH01 scored');
      const second = r.findings.find((f) => /is a second/.test(f.message));
      assert.ok(second, 'the column not used is named');
      assert.match(
        second.message,
        /column E "2023\/24 Outturn" \(hidden\) is a second .* column; column F "2024\/25 Outturn" is used/,
      );
    });

    it("both outturn columns shown: the later one is last year's (Q2 2025/26), whichever comes first", () => {
      assert.equal(score([q2Kpis()]).quarter, 'Q2 2025/26');
    });

    it('with the Fire quarterly sheet (2025/26 quarters) beside it, it scores: both sheets are 2025/26', () => {
      const r = score([q2Kpis({ hiddenColumns: [4] }), fireQuarterly()]);
      assert.equal(r.quarter, 'Q2 2025/26');
    });

    it('a refusal for mixed years names the header that says the year: an outturn header is not "its target header"', () => {
      // Only one outturn column, 2023/24: the table is 2024/25 by it; the Fire quarterly sheet is 2025/26.
      const grid = q2Kpis();
      for (const r of grid.values) r.splice(5, 1);
      const message = refusal([grid, fireQuarterly()]);
      assert.doesNotMatch(message, /target header/);
      assert.match(
        message,
        /'Q2 KPIs' holds 2024\/25 figures \(its last year's outturn header "2023\/24 Outturn" says so\)/,
      );
    });
  });

  describe('2. Themes as band rows inside the table are priorities', () => {
    it('"Theme 1: …", "Theme 2: …", "Theme 3: …": three priorities, each counted with its own indicators, named without "Theme N:"', () => {
      const r = score([q2Kpis()]);
      assert.deepEqual(
        r.priorities.map((p) => [p.priority, p.priorityName, p.total]),
        [
          [1, 'Safer Communities – Northshire Fire & Rescue Service', 2],
          [2, 'Council Services – Eastvale District Council', 2],
          [3, 'Shared Corporate Services', 2],
        ],
      );
      assert.equal(r.executiveSummary.total, 6);
      assert.equal(
        r.indicators.find((i) => i.ref === 'DC03')!.priorityName,
        'Council Services – Eastvale District Council',
      );
      const said = r.findings.filter((f) => /Theme 2/.test(f.message));
      assert.equal(said.length, 1);
      assert.equal(
        said[0].message,
        "'Q2 KPIs' row 10 (\"Theme 2: Council Services – Eastvale District Council\") names a priority: the 2 indicators under it are counted under 'Council Services – Eastvale District Council'.",
      );
      assert.equal(r.findings.filter((f) => /sub-heading/.test(f.message)).length, 0);
    });

    for (const [band, name] of [
      ['Priority 2 – Thriving Places', 'Thriving Places'],
      ['Outcome 3: People live healthy lives', 'People live healthy lives'],
      ['Ambition: A greener district', 'A greener district'],
      ['THEME 2 - Council Services', 'Council Services'],
      // Fresh user 4 (a police force): the plan named before the label.
      [
        'Police and Crime Plan priority 1: Reducing crime and keeping people safe',
        'Reducing crime and keeping people safe',
      ],
      ['Health and Wellbeing Strategy outcome 2 – Healthy lives', 'Healthy lives'],
    ])
      it(`a band row "${band}" is the priority "${name}"`, () => {
        const r = score([q2Kpis({ bands: [null, band, null] })]);
        assert.deepEqual(
          r.priorities.map((p) => [p.priorityName, p.total]),
          [
            ['Q2 KPIs', 2],
            [name, 4],
          ],
        );
      });

    it('a band row naming a service, not a priority ("Revenues and Benefits"), is still a sub-heading', () => {
      const r = score([q2Kpis({ bands: [null, 'Revenues and Benefits', null] })]);
      assert.equal(r.priorities.length, 1);
      assert.ok(r.findings.some((f) => /"Revenues and Benefits"\) is read as a sub-heading/.test(f.message)));
    });
  });

  describe('3. "Contextual" or "Monitor only" in the "Good is" column: no better direction', () => {
    it('staff turnover going 0.9 → 1.0 is not "improving": no RAG, no DOT or Trend counted, and the reason is on the Highlights', () => {
      const r = score([q2Kpis()]);
      const sh03 = r.indicators.find((i) => i.ref === 'SH03')!;
      assert.equal(sh03.latestValue, 1);
      assert.equal(sh03.rag, null);
      assert.equal(sh03.status, 'no target');
      assert.equal(sh03.dot, null, 'never counted as improving');
      assert.equal(sh03.trend, null);
      assert.equal(sh03.reason, 'Contextual (neither higher nor lower is better)');
      const p3 = r.priorities[2];
      assert.equal(p3.dotImproving + p3.dotWorsening + p3.dotSame, p3.dotTotal);
      assert.equal(p3.dotTotal, 1, 'only SH01 has a direction of travel');
      assert.ok(!r.findings.some((f) => /"Contextual"; higher is taken as better/.test(f.message)));
      const note = r.findings.find((f) => f.ref === 'SH03' && /Contextual/.test(f.message))!;
      assert.equal(note.severity, 'info');
      assert.equal(
        note.message,
        'SH03: the Higher / Lower cell says "Contextual", so neither way is better: with no target either, it is counted under "No target", and its DOT and Trend are not counted as improving or worsening.',
      );
    });

    for (const said of ['Monitor only', 'For information', 'No polarity', 'n/a', 'Context only', 'Data only'])
      it(`"${said}" with a target of 8: not rated red or green, and not counted in DOT`, () => {
        const theme3: Row[] = [
          ['SH03', 'Staff turnover (%)', said, 11.2, 10.4, 8, null, null, [0.8, 1.1, 0.9, 2.8, 1.3, 0.7, 10, 3.0, 5.8]],
        ];
        const r = score([q2Kpis({ theme3 })]);
        const sh03 = r.indicators.find((i) => i.ref === 'SH03')!;
        assert.equal(sh03.rag, null);
        assert.equal(sh03.variancePct, null);
        assert.equal(sh03.status, 'not rated');
        assert.equal(sh03.dot, null);
        assert.equal(sh03.reason, `${said} (neither higher nor lower is better)`);
      });
  });

  describe('4. A cumulative collection rate with an annual target and no Profile column', () => {
    it('council tax collected, 56.2% by September against 97.5% for the year: not counted red but unrated, "Needs a profile", with the exact fix', () => {
      const pct = (v: number) => v;
      const grid = q2Kpis();
      // The figures as Excel keeps them, shown as percentages.
      const r = scoreWorkbook([grid], { quarter: 2 }).result;
      const dc01 = r.indicators.find((i) => i.ref === 'DC01')!;
      assert.equal(dc01.latestValue, pct(0.562));
      assert.equal(dc01.rag, null, 'not red');
      assert.equal(dc01.variancePct, null);
      assert.equal(dc01.status, 'not rated');
      assert.equal(dc01.reason, 'Needs a profile');
      assert.equal(dc01.dot, null, 'not "improving" against a target it cannot be judged by');
      const p2 = r.priorities[1];
      assert.equal(p2.offTarget, 0);
      assert.equal(p2.notRated, 1, 'counted as not rated, not as having no target');
      assert.equal(p2.noTarget, 0);
      assert.equal(p2.onTarget + p2.withinTolerance + p2.offTarget + p2.dataGaps + p2.noTarget + p2.notRated, p2.total);
      const said = r.findings.filter((f) => f.ref === 'DC01');
      assert.equal(said.length, 1, said.map((f) => f.message).join('\n'));
      assert.equal(said[0].severity, 'warning');
      assert.equal(said[0].cell, 'G11');
      assert.equal(
        said[0].message,
        'DC01: its name says it is cumulative and its figures build up over the year (0.101 in April, 0.562 in Sept), but the table has no Profile column and no target for Sept, so 0.562 cannot be judged against the whole year\'s 0.975: it is not rated (Needs a profile), counted under "Not rated". Add a "Q2 Target" column with the target for Q2, or a "Profile" column saying Cumulative to measure it against 6/12 of 0.975 (0.488).',
      );
    });

    it('with a "Q2 Target" of 56.0% beside it, it is rated against that: green', () => {
      const grid = q2Kpis();
      grid.values[5][19] = 'Q2 Target';
      grid.values.find((r) => r[0] === 'DC01')![19] = 0.56;
      const dc01 = score([grid]).indicators.find((i) => i.ref === 'DC01')!;
      assert.equal(dc01.rag, 'green');
      assert.equal(dc01.reason, undefined);
    });

    it('a year-to-date rate that does not build up ("% of invoices paid (cumulative)", 94% against 95%) keeps its score: amber', () => {
      const theme2: Row[] = [
        [
          'DC05',
          '% of invoices paid within 30 days (cumulative)',
          'Higher',
          0.95,
          0.96,
          0.95,
          '2%',
          null,
          [0.93, 0.94, 0.94, 0.94, 0.95, 0.94, 0.94, 0.94, 0.94],
        ],
      ];
      const dc05 = score([q2Kpis({ theme2 })]).indicators.find((i) => i.ref === 'DC05')!;
      assert.equal(dc05.rag, 'amber');
      assert.equal(dc05.reason, undefined);
    });
  });

  describe('5. Messages that say what is true', () => {
    it('(b) no "% Variance from Target" column: the Note says no variance is written on the sheet, where the scores are, and how to add the column', () => {
      const r = score([q2Kpis()]);
      const note = r.findings.find((f) => /partly recognised/.test(f.message))!;
      assert.match(note.message, /no column for % Variance from Target/);
      assert.ok(
        note.message.includes(
          `no column for % Variance from Target (so no variance is written on 'Q2 KPIs', the RAG in its Status column; the summary sheets have both, and a "% Variance from Target" column added here would too)`,
        ),
        note.message,
      );
    });

    it("(b) with statuses typed by the analyst, the RAG shows only in the DOT arrows' colour, and the Note says so", () => {
      const grid = q2Kpis();
      for (const r of grid.values) if (typeof r[0] === 'string' && /^(FRS|DC|SH)\d/.test(r[0])) r[17] = 'Green';
      const note = score([grid]).findings.find((f) => /partly recognised/.test(f.message))!;
      assert.match(
        note.message,
        /no variance is written on 'Q2 KPIs', the RAG only as the DOT arrows' colour; the summary sheets/,
      );
    });

    it('(c) a RAG key above the table ("RAG: Green = …; Amber = …; Red = ….") gets no advice about priority names', () => {
      const r = score([q2Kpis({ bands: [null, null, null] })]);
      assert.equal(r.priorities[0].priorityName, 'Q2 KPIs');
      assert.ok(!r.findings.some((f) => /remove its full stop|reads as a note/.test(f.message)), 'no priority advice');
    });

    it('(c) a key written "Key: G = on target …" or as colours alone is a key too', () => {
      for (const note of [
        'Key: on target, within tolerance, off target.',
        'Green = met. Red = not met. Amber = within 5%.',
      ])
        assert.ok(
          !score([q2Kpis({ bands: [null, null, null], note })]).findings.some((f) => /full stop/.test(f.message)),
          note,
        );
    });

    it('(c) a real note above the table is still a Check', () => {
      const r = score([q2Kpis({ bands: [null, null, null], note: 'All figures are provisional until validated.' })]);
      assert.ok(r.findings.some((f) => /reads as a note/.test(f.message)));
    });

    it('(d) a workbook holding only a budget table (Cost centre | Budget | Actual | Variance) is refused as a budget table, with no mapping offered', () => {
      const budget: SheetGrid = {
        name: 'Budget',
        values: [
          ['Revenue budget monitoring – Q2 2025/26'],
          [],
          ['Cost centre', 'Budget', 'Actual', 'Variance'],
          ['Waste collection', 2400000, 2510000, 110000],
          ['Planning', 850000, 790000, -60000],
        ],
      };
      let error: unknown;
      try {
        scoreWorkbook([budget], { quarter: 2 });
      } catch (e) {
        error = e;
      }
      assert.ok(isInputError(error));
      assert.equal(
        error.message,
        `No indicator table found: 'Budget' row 3 ("Cost centre", "Budget", "Actual", "Variance") is a budget monitoring table, not a table of performance indicators, so nothing was scored. The scorecard scores indicators against their targets; mapped as one, each budget line would be judged as an indicator with its budget as the target, so no mapping is offered. Score the sheets that hold your indicators (a "Performance Indicator" column, a target and month or quarter figures).`,
      );
      assert.doesNotMatch(error.message, /map "Cost centre"|map the columns/);
      assert.equal(error.mappingHint, undefined, 'no mapping panel offered');
      assert.ok(!error.mapByHand);
    });
  });
});
