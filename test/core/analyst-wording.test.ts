/**
 * Wording that misled or confused an analyst (helper wording, session 9): placeholders the analyst typed
 * ("n/a", "TBC", "awaiting data") reworded on the Highlights, quarter summary columns among the months
 * gone unread without a word, and an annual table's figure named "March". In the analyst's words;
 * docs/workbook.md says why.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult } from '../../src/core';
import { highlightsSheet } from '../../src/core/plan/summary-sheets';
import { indicatorRow, sheet, standardSheet } from '../support/grids';
import { scored } from '../support/scoring';

const NAMES = { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' };
const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);
const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;

/** The Highlights' cells under `column` for each ref, as the analyst reads the sheet. */
function highlights(r: ScoreResult, column: string): Map<string, CellValue> {
  const shown = (cell: unknown): CellValue =>
    cell !== null && typeof cell === 'object' && 'value' in cell ? (cell.value as CellValue) : (cell as CellValue);
  const rows = highlightsSheet(r, NAMES).values.values.map((x) => x.map(shown));
  const header = rows.findIndex((x) => x[1] === 'Ref');
  const at = rows[header].indexOf(column);
  const out = new Map<string, CellValue>();
  for (const x of rows.slice(header + 1))
    if (typeof x[1] === 'string' && x[1] !== '' && !out.has(x[1])) out.set(x[1], x[at]);
  return out;
}

describe('Wording the analyst would not have chosen (helper wording)', () => {
  describe('1. A placeholder typed where a figure belongs is quoted as typed, never given a meaning', () => {
    const sept = [null, null, 70, null, null, 80];
    const run = () =>
      scored(
        [
          standardSheet('P', [
            indicatorRow('NA-1', 'Higher', 75, [...sept, null, null, 'n/a']),
            indicatorRow('NA-2', 'Higher', 75, ['N/A', 'N/A', 'N/A']),
            indicatorRow('NA-3', 'Higher', 75, [...sept, null, null, 'not applicable']),
            indicatorRow('NA-4', 'Higher', 75, [...sept, null, null, 'N/A – not applicable']),
            indicatorRow('NA-5', 'Higher', 75, [...sept, null, null, 'TBC']),
            indicatorRow('NA-6', 'Higher', 75, [...sept, null, null, 'awaiting data']),
            indicatorRow('NA-7', 'Higher', 75, [...sept, null, null, 'not available']),
            indicatorRow('NA-8', 'Higher', 75, [...sept, null, null, 'nil']),
            indicatorRow('NA-9', 'Higher', 75, [...sept, null, null, 'NA']),
          ]),
        ],
        { quarter: 3 },
      );

    it('"n/a" for a December figure not yet in reads "Data gap: "n/a" typed" on the Highlights, not "Data gap: Not applicable"', () => {
      const status = highlights(run(), 'Performance vs Target');
      assert.equal(status.get('NA-1'), 'Data gap: "n/a" typed');
      assert.equal(status.get('NA-2'), 'Data gap: "N/A" typed');
      assert.equal(status.get('NA-9'), 'Data gap: "NA" typed');
    });

    it('"not applicable" spelled out is not applicable, in the words typed', () => {
      const status = highlights(run(), 'Performance vs Target');
      assert.equal(status.get('NA-3'), 'Data gap: not applicable');
      assert.equal(status.get('NA-4'), 'Data gap: N/A – not applicable');
    });

    it('"TBC", "awaiting data", "not available" and "nil" are shown as typed', () => {
      const status = highlights(run(), 'Performance vs Target');
      assert.equal(status.get('NA-5'), 'Data gap: TBC');
      assert.equal(status.get('NA-6'), 'Data gap: awaiting data');
      assert.equal(status.get('NA-7'), 'Data gap: not available');
      assert.equal(status.get('NA-8'), 'Data gap: nil');
    });

    it('the JSON reason is the cell as typed ("N/A"), and the finding quotes the same words', () => {
      const r = run();
      assert.equal(pick(r, 'NA-1').reason, 'n/a');
      assert.equal(pick(r, 'NA-2').reason, 'N/A');
      for (const [ref, typed] of [
        ['NA-1', 'n/a'],
        ['NA-3', 'not applicable'],
        ['NA-9', 'NA'],
        ['NA-5', 'TBC'],
      ]) {
        const f = about(r, ref).find((x) => x.kind === 'carried-forward')!;
        assert.ok(f.message.includes(`Dec says "${typed}"`), f.message);
      }
      assert.doesNotMatch(r.findings.map((f) => f.message).join(' '), /Not applicable/);
    });

    it('"N/A" in December after November\'s 55 is quoted as typed in the Note, not lower-cased', () => {
      const r = scored([standardSheet('P', [indicatorRow('CS-07', 'Higher', 75, [...sept, 50, 55, 'N/A'])])]);
      assert.equal(
        about(r, 'CS-07').find((f) => f.kind === 'latest-before-quarter-end')!.message,
        'CS-07: Dec says "N/A", so Nov\'s 55 is scored as the Q3 figure. Type the missing figure if there is one.',
      );
    });
  });

  describe('2. Quarter columns among the months ("Apr | May | Jun | Q1 | Jul …") are read and said, never ignored', () => {
    const HEAD = [
      'Ref',
      'Indicator',
      'Polarity',
      'Target',
      'Apr',
      'May',
      'Jun',
      'Q1',
      'Jul',
      'Aug',
      'Sep',
      'Q2',
      'Oct',
      'Nov',
      'Dec',
      'Q3',
    ];
    const run = () =>
      scored(
        [
          sheet('Housing', [
            HEAD,
            // A count: each quarter is the sum of its months; Q2's 999 is not 290.
            ['H1', 'Repairs completed', 'Higher', 100, 100, 100, 100, 300, 100, 100, 90, 999, 100, 100, 100, null],
            // A rate: each quarter the last month's figure or their average; Q2's 20 is neither.
            ['H2', 'Rent collected %', 'Higher', 90, 91, 92, 93, 92, 94, 95, 96, 20, 97, 97, 98, 98],
            // Reported by quarter only, in the quarter columns: those are its only figures.
            [
              'H3',
              'Tenant satisfaction %',
              'Higher',
              80,
              null,
              null,
              null,
              75,
              null,
              null,
              null,
              78,
              null,
              null,
              null,
              82,
            ],
          ]),
        ],
        { quarter: 3 },
      );

    it("says in a Note that the quarter columns were read as the quarters' own figures, and that the months are scored", () => {
      const notes = run().findings.filter((f) => f.kind === 'quarter-columns-read');
      assert.equal(notes.length, 1);
      assert.equal(notes[0].severity, 'info');
      assert.equal(notes[0].cell, 'H1');
      assert.equal(
        notes[0].message,
        `'Housing' row 1: the columns "Q1", "Q2" and "Q3" beside the months are read as each quarter's own figure: an indicator is scored on its months, and on a quarter's column only where that quarter's months are blank; a Check names a quarter figure its months do not give.`,
      );
    });

    it("the months are scored where they are there (H1 on December's 100, not Q2's 999)", () => {
      const r = run();
      assert.deepEqual([pick(r, 'H1').latestMonth, pick(r, 'H1').latestValue], ['Dec', 100]);
      assert.deepEqual([pick(r, 'H2').latestMonth, pick(r, 'H2').latestValue], ['Dec', 98]);
    });

    it("a count's Q2 of 999 against months summing to 290 gets a Check on the Q2 cell; Q1's 300 (their sum) none", () => {
      const checks = about(run(), 'H1').filter((f) => f.kind === 'quarter-column-disagrees');
      assert.deepEqual(
        checks.map((f) => [f.severity, f.cell, f.message]),
        [
          [
            'warning',
            'L2',
            'H1: the "Q2" column says 999, but its months give 290 (July to Sept added up) or 90 (Sept\'s); the months are scored. Correct whichever is wrong.',
          ],
        ],
      );
    });

    it("a rate's Q1 of 92 (the months' average) and Q3 of 98 (December's) pass; its Q2 of 20 gets a Check", () => {
      const checks = about(run(), 'H2').filter((f) => f.kind === 'quarter-column-disagrees');
      assert.deepEqual(
        checks.map((f) => [f.cell, f.message]),
        [
          [
            'L3',
            'H2: the "Q2" column says 20, but its months give 96 (Sept\'s) or 95 (their average); the months are scored. Correct whichever is wrong.',
          ],
        ],
      );
    });

    it("an indicator with figures only in the quarter columns is scored on them (Q3's 82), with a Note, not a data gap", () => {
      const r = run();
      const h3 = pick(r, 'H3');
      assert.deepEqual([h3.status, h3.latestMonth, h3.latestValue], ['on target', 'Dec', 82]);
      assert.equal(h3.previous?.value, 78);
      const note = about(r, 'H3').find((f) => f.kind === 'quarter-column-scored')!;
      assert.equal(note.severity, 'info');
      assert.equal(note.cell, 'P4');
      assert.equal(note.message, 'H3: its months are blank, so the "Q3" column\'s 82 is scored as the Q3 figure.');
    });
  });

  it('2b. a quarter column headed as the year to date ("Q2 YTD": 600 over six months of 100) is not compared with its own three months', () => {
    const r = scored(
      [
        sheet('Housing', [
          ['Ref', 'Indicator', 'Polarity', 'Target', 'Apr', 'May', 'Jun', 'Q1 YTD', 'Jul', 'Aug', 'Sep', 'Q2 YTD'],
          ['H1', 'Repairs completed', 'Higher', 100, 100, 100, 100, 300, 100, 100, 100, 600],
        ]),
      ],
      { quarter: 2 },
    );
    assert.equal(r.findings.filter((f) => f.kind === 'quarter-column-disagrees').length, 0);
    assert.equal(r.findings.filter((f) => f.kind === 'quarter-columns-read').length, 1);
  });

  describe('3. An annual table\'s figure is named by its year, not "March"', () => {
    const annual = () =>
      scored([
        sheet('Annual', [
          ['Ref', 'Indicator', 'Polarity', 'Target', '2023/24', '2024/25', '2025/26', '% Variance', 'DOT'],
          ['A1', 'Residents satisfied %', 'Higher', 80, 70, 75, 72, '5%', '↑'],
          ['A2', 'Homes built', 'Higher', null, 400, 450, 460, null, null],
          ['A3', 'Tenancies sustained', 'Higher', 100, 90, 95, '1,5', null, null],
        ]),
      ]);

    it('the Highlights Period says 2025/26, as the column is headed', () => {
      const period = highlights(annual(), 'Period');
      assert.equal(period.get('A1'), '2025/26');
      assert.equal(period.get('A2'), '2025/26');
    });

    it('the findings say "a 2025/26 target of 80", "no target for 2025/26", "2025/26\'s "1,5"" — never March', () => {
      const r = annual();
      assert.equal(
        about(r, 'A1').find((f) => f.kind === 'typed-variance-disagrees')!.message,
        'A1: % variance was typed as 5% but the figures give −10.00% (72 against a 2025/26 target of 80).',
      );
      assert.match(about(r, 'A2').find((f) => f.kind === 'target-missing')!.message, /^A2: no target for 2025\/26 \(/);
      assert.match(
        about(r, 'A3').find((f) => f.kind === 'text-in-value')!.message,
        /^A3: 2025\/26's "1,5" is not read/,
      );
      assert.doesNotMatch(r.findings.map((f) => f.message).join(' '), /\b(March|Mar)\b/);
    });

    it('a typed DOT that disagrees names last year by its year too (2024/25 against 2025/26)', () => {
      const f = about(annual(), 'A1').find((x) => x.kind === 'typed-dot-disagrees');
      assert.ok(f, 'a Check on the typed DOT');
      assert.doesNotMatch(f.message, /\b(March|Mar)\b/);
    });
  });
});
