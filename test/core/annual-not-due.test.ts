/**
 * An annual indicator not yet due (session 8 closing note, noticed item 3): "Tenant satisfaction (annual
 * TSM survey)", reported in Q4, blank at Q3, was a data gap with no Note and no reason on the Highlights.
 * An annual figure not yet due is not a data gap: it is "Not yet due", never red, out of the quarter's
 * totals (as the council's report counts the indicators "due to be reported in Quarter 3"), and the
 * Highlights says when it is due. docs/workbook.md, "Annual indicators".
 */
import { strict as assert } from 'assert';
import { defaultState, prepareRun, scoreWorkbook, type CellValue, type ScoreResult } from '../../src/core';
import { sheet } from '../support/grids';

const HEADER: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Frequency', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'];

function housing(rows: CellValue[][], quarter?: 1 | 2 | 3 | 4): ScoreResult {
  return scoreWorkbook([sheet('Housing', [HEADER, ...rows])], quarter ? { quarter } : {}).result;
}

const QUARTERLY: CellValue[] = ['HC01', 'Average days to re-let', 'Lower', 'Quarterly', 28, 30, 27, 26, null];
const TSM: CellValue[] = [
  'HC07',
  'Tenant satisfaction with repairs',
  'Higher',
  'Annual – reported in Q4',
  75,
  null,
  null,
  null,
  null,
];

describe('An annual indicator not yet due (session 8, noticed item 3)', () => {
  it('HC07 (Frequency "Annual – reported in Q4"), blank at Q3, is Not yet due: not a data gap, never red, out of the Q3 totals', () => {
    const r = housing([QUARTERLY, TSM], 3);
    const hc07 = r.indicators.find((i) => i.ref === 'HC07')!;
    assert.equal(hc07.status, 'not due');
    assert.equal(hc07.rag, null);
    assert.equal(hc07.reason, 'reported annually, due in Q4');
    assert.equal(r.executiveSummary.dataGaps, 0);
    assert.equal(r.executiveSummary.total, 1, 'Total PIs are the indicators due this quarter');
    assert.equal(r.priorities[0].total, 1);
    const notes = r.findings.filter((f) => f.kind === 'annual-not-due');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.equal(notes[0].cell, 'D3');
    assert.equal(
      notes[0].message,
      "HC07: reported annually, due in Q4, so it has no Q3 figure yet; it is listed as not yet due and left out of Q3's counts.",
    );
  });

  it('the Highlights sheet lists HC07 as "Not yet due: reported annually, due in Q4", and the count tables leave it out', () => {
    const run = prepareRun([sheet('Housing', [HEADER, QUARTERLY, TSM])], defaultState(), { quarter: 3 });
    const highlights = run.plan.sheets.find((s) => /Highlights/.test(s.name))!;
    const texts = highlights.values.values.flat().filter((v) => typeof v === 'string') as string[];
    assert.ok(texts.includes('Not yet due: reported annually, due in Q4'), texts.join(' | '));
    assert.ok(!texts.some((t) => /^Data gap/.test(t)));
  });

  it('at Q4, its quarter, HC07 still blank is a data gap that says so', () => {
    const r = housing([[...QUARTERLY.slice(0, 8), 25], TSM], 4);
    const hc07 = r.indicators.find((i) => i.ref === 'HC07')!;
    assert.equal(hc07.status, 'data gap');
    assert.equal(hc07.reason, 'annual figure due in Q4, not yet in');
    assert.equal(r.executiveSummary.dataGaps, 1);
  });

  it('"Annual" with no quarter said is due in Q4; "Annually (Q2)" in Q2, so blank at Q3 is a data gap', () => {
    const r = housing(
      [
        QUARTERLY,
        ['A1', 'Survey one', 'Higher', 'Annual', 75, null, null, null, null],
        ['A2', 'Survey two', 'Higher', 'Annually (Q2)', 75, null, null, null, null],
      ],
      3,
    );
    assert.deepEqual(
      r.indicators.map((i) => [i.ref, i.status]),
      [
        ['HC01', 'on target'],
        ['A1', 'not due'],
        ['A2', 'data gap'],
      ],
    );
  });

  it('"Quarterly", "Monthly" and "Bi-annual" are not annual: blank is a data gap as before', () => {
    const r = housing(
      [
        QUARTERLY,
        ['B1', 'Six-monthly count', 'Higher', 'Bi-annual', 75, null, null, null, null],
        ['B2', 'A monthly count', 'Higher', 'Monthly', 75, null, null, null, null],
      ],
      3,
    );
    assert.deepEqual(
      r.indicators.map((i) => i.status),
      ['on target', 'data gap', 'data gap'],
    );
  });

  it('a name that says "(annual survey)" is annual too, with no Frequency column: due in Q4', () => {
    const { result } = scoreWorkbook(
      [
        sheet('Housing', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3', 'Q4'],
          ['HC01', 'Average days to re-let', 'Lower', 28, 30, 27, 26, null],
          ['HC07', 'Tenant satisfaction with repairs (annual TSM survey)', 'Higher', 75, null, null, null, null],
          ['HC08', '% of annual reviews completed on time', 'Higher', 95, null, null, null, null],
        ]),
      ],
      { quarter: 3 },
    );
    assert.deepEqual(
      result.indicators.map((i) => [i.ref, i.status]),
      [
        ['HC01', 'on target'],
        ['HC07', 'not due'],
        ['HC08', 'data gap'],
      ],
    );
  });

  it('an annual survey reported in Q2 (81 in Q2) is scored at Q3 on its figure for the year, with a Note — not a Check asking for a Q3 figure', () => {
    const r = housing(
      [QUARTERLY, ['ENV05', 'Residents satisfied with parks', 'Higher', 'Annual (Q2)', 80, null, 81, null, null]],
      3,
    );
    const env05 = r.indicators.find((i) => i.ref === 'ENV05')!;
    assert.equal(env05.status, 'on target');
    const about = r.findings.filter((f) => f.ref === 'ENV05');
    assert.deepEqual(
      about.map((f) => [f.severity, f.message]),
      [['info', "ENV05: reported annually; this year's figure (81, Q2) is scored and counted as the Q3 figure."]],
    );
  });

  it('an annual indicator with its Q4 figure does not make a run of quarterly indicators at Q3 a Q4 run', () => {
    const r = housing([QUARTERLY, [...TSM.slice(0, 8), 78]]);
    assert.equal(r.quarterNumber, 3);
    assert.equal(r.indicators.find((i) => i.ref === 'HC07')!.status, 'not due');
  });
});
