/**
 * A housing association's board KPI pack (fresh user 6, session 11; test/support/housing-kpi-pack.ts
 * rebuilds it): one sheet per subsidiary with the same Tenant Satisfaction Measures under theme band rows,
 * provisional and revised figures marked in the cells, YTD and "Same period last year" columns. What
 * was misread, in the analyst's words.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type IndicatorScore, type ScoreResult, type SheetGrid } from '../../src/core';
import { readPeriodValue } from '../../src/core/read/values';
import { priorityNameOf } from '../../src/core/read/titles';
import { STANDARD_HEADER, indicatorRow, sheet } from '../support/grids';
import {
  HOUSING_BANNER,
  HOUSING_HEADER,
  HOUSING_SUBSIDIARIES,
  housingPack,
  housingSheet,
} from '../support/housing-kpi-pack';

function scored(grids: SheetGrid[]): ScoreResult {
  return scoreWorkbook(grids, { quarter: 3 }).result;
}

function on(result: ScoreResult, sheetName: string, ref: string): IndicatorScore {
  const s = result.indicators.find((i) => i.sheet === sheetName && i.ref === ref);
  assert.ok(s, `${ref} on ${sheetName} is scored`);
  return s;
}

/** A sheet's rows with the given rows taken out (0-based), keeping the rest in order. */
function without(grid: SheetGrid, ...rows: number[]): SheetGrid {
  return sheet(
    grid.name,
    grid.values.filter((_, i) => !rows.includes(i)),
  );
}

describe('Fresh user 6: a housing association board KPI pack', () => {
  describe('figures with a footnote, provisional or revised mark', () => {
    const result = scored(housingPack());
    const home = HOUSING_SUBSIDIARIES[0];

    it('reads "98.7r" (revised) as rent collected of 98.7%, amber against 99% — not a data gap', () => {
      const f01 = on(result, home, 'F01');
      assert.deepEqual(
        [f01.status, f01.latestValue, f01.variancePct, f01.rag],
        ['within tolerance', 98.7, -0.3, 'amber'],
      );
    });

    it('reads "79.0*" and "91.2%*" as satisfaction of 79.0% and 91.2%, and "27.5 (p)" as 27.5 ASB cases', () => {
      assert.equal(on(result, home, 'TP01').latestValue, 79);
      assert.equal(on(result, home, 'TP02').latestValue, 91.2);
      assert.equal(on(result, home, 'CH01').latestValue, 38.1);
      assert.equal(on(result, home, 'NM01').latestValue, 27.5);
    });

    it('scores the marked figures exactly as the same figures typed without their marks', () => {
      const plain = scored(housingPack({ marks: false }));
      const shape = (r: ScoreResult) =>
        r.indicators.map((i) => [i.sheet, i.ref, i.latestValue, i.variancePct, i.rag, i.dot]);
      assert.deepEqual(shape(result), shape(plain));
    });

    it('reads each way a pack marks a figure, and keeps a lone "*" as a suppressed figure', () => {
      const read = (text: string) => {
        const p = readPeriodValue(text);
        return p.kind === 'number' ? [p.value, p.note] : p.kind;
      };
      assert.deepEqual(
        ['98.7r', '98.7 R', '27.5p', '91.2*%', '38.1‡', '91.2%¹', '*79.0', '91.2§', '64.1 [r]'].map(read),
        [
          [98.7, 'r'],
          [98.7, 'R'],
          [27.5, 'p'],
          [91.2, '*'],
          [38.1, '‡'],
          [91.2, '¹'],
          [79, '*'],
          [91.2, '§'],
          [64.1, 'r'],
        ],
      );
      // Not figures with marks: a suppressed figure, a footnote alone, minutes or months, a note.
      assert.deepEqual(['*', '†', '(p)', '12m', '3 schools'].map(read), ['empty', 'note', 'note', 'note', 'note']);
      assert.deepEqual(readPeriodValue('*'), { kind: 'empty', said: '*', suppressed: true });
    });

    it('quotes a marked figure with its mark in a Check about it: Dec\'s "79.0*", not Dec\'s 79', () => {
      // Satisfaction as fractions (0.70 … 0.77) with December typed in percent units and marked: far out of line.
      const months = [0.7, 0.71, 0.72, 0.73, 0.74, 0.75, 0.76, 0.77, '79.0*'];
      const grid = sheet('KPIs', [STANDARD_HEADER, indicatorRow('TP01', 'Higher', 0.75, months)]);
      const outlier = scored([grid]).findings.find((f) => f.kind === 'outlier');
      assert.equal(
        outlier?.message,
        'TP01: Dec\'s "79.0*" is far out of line with the rest of the series (0.7 to 0.77); check it was entered correctly.',
      );
    });

    it('calls a note in words beside a figure a note, not a footnote mark, and asks for no rescore', () => {
      const grid = sheet('KPIs', [
        STANDARD_HEADER,
        indicatorRow('E02', 'Lower', 1, [1.03, 1.04, 1.02, '1.05 (as expected)']),
      ]);
      const note = scored([grid]).findings.find((f) => f.kind === 'figure-marks');
      assert.equal(
        note?.message,
        `1 figure on 'KPIs' carries a mark and is read as the figure it marks: E02 July "1.05 (as expected)". "as expected" is a note on the figure, read past. It is scored as it stands.`,
      );
    });

    it('says once per sheet which figures carried which mark, and that "*" may also mean suppressed', () => {
      const notes = result.findings.filter((f) => f.kind === 'figure-marks');
      assert.deepEqual(
        notes.map((f) => [f.sheet, f.cell, f.severity]),
        HOUSING_SUBSIDIARIES.map((s) => [s, 'G11', 'info']),
      );
      assert.equal(
        notes[0].message,
        `5 figures on '${home}' carry a mark and are read as the figures they mark: TP01 Q3 "79.0*", TP02 Q3 "91.2%*", CH01 Q3 "38.1†", NM01 Q3 "27.5 (p)", F01 Q3 "98.7r". "p" is read as provisional and "r" as revised. "*" and "†" are footnote marks, whose meaning is in the pack's footnotes. Some packs mark suppressed figures with "*": where a figure is shown beside it, the figure is read; a "*" on its own is read as suppressed. They are scored as they stand: score again when the final figures are in.`,
      );
      assert.ok(!result.findings.some((f) => f.kind === 'text-in-value' || f.kind === 'carried-forward'));
    });
  });

  describe('one sheet per subsidiary, the same TSM codes on each', () => {
    const result = scored(housingPack());

    it('counts each subsidiary as a priority of its own, all eleven measures under it, and the group as an association', () => {
      // "Riverside Homes Group" names a landlord: the summaries say "Whole association", not "Whole council".
      assert.equal(result.organisation, 'housing');
      assert.deepEqual(
        result.priorities.map((p) => [p.priorityName, p.total]),
        HOUSING_SUBSIDIARIES.map((s) => [s, 11]),
      );
    });

    it("gives no duplicate-ref Check for TP01, RP01, BS01 … repeated on each subsidiary's sheet, and says why once", () => {
      assert.deepEqual(
        result.findings.filter((f) => f.kind === 'duplicate-ref'),
        [],
      );
      const note = result.findings.filter((f) => f.kind === 'parallel-sheets');
      assert.equal(note.length, 1);
      assert.equal(
        note[0].message,
        "'Riverside Homes', 'Riverside Living' and 'Kingfisher HA' hold the same indicators (11 refs: RP01, RP02, BS01, BS02 …), so each is read as one organisation's or business unit's sheet, counted as a priority of its own; a ref on more than one of them is not a duplicate.",
      );
    });

    it("still calls a ref typed twice on one subsidiary's sheet a duplicate", () => {
      const grids = housingPack();
      const living = grids[1];
      const tp01 = living.values.find((r) => r[0] === 'TP01')!;
      grids[1] = sheet(living.name, [...living.values, [...tp01]]);
      const dups = scored(grids).findings.filter((f) => f.kind === 'duplicate-ref');
      assert.deepEqual(
        dups.map((f) => [f.sheet, f.ref, f.message]),
        [
          [
            'Riverside Living',
            'TP01',
            "TP01 appears more than once: here and on 'Riverside Living' row 11. Both rows are scored and counted; Targets and Last year figures go to both.",
          ],
        ],
      );
    });

    it("still calls one ref repeated between two directorates' sheets a duplicate (they share no set of measures)", () => {
      const head: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1', 'Q2', 'Q3'];
      const grids = [
        sheet('Housing', [
          head,
          ['H1', 'Rent collected %', 'Higher', 99, 98, 98, 99],
          ['H2', 'Voids %', 'Lower', 2, 2, 2, 2],
        ]),
        sheet('Resources', [
          head,
          ['H1', 'Invoices paid in 30 days', 'Higher', 95, 96, 97, 97],
          ['R2', 'Sickness', 'Lower', 8, 9, 8, 7],
        ]),
      ];
      assert.deepEqual(
        scored(grids)
          .findings.filter((f) => f.kind === 'duplicate-ref')
          .map((f) => [f.sheet, f.ref]),
        [['Resources', 'H1']],
      );
    });

    it("still calls refs repeated on sheets named after quarters duplicates: one organisation's quarters, not organisations", () => {
      const head: CellValue[] = ['Ref', 'Indicator', 'Polarity', 'Target', 'Actual'];
      const rows = (k: number): CellValue[][] => [
        ['H1', 'Rent collected %', 'Higher', 99, 97 + k],
        ['H2', 'Voids %', 'Lower', 2, 2.5 - k / 10],
        ['H3', 'Repairs on time %', 'Higher', 90, 88 + k],
      ];
      const grids = ['Q1 2025-26', 'Q2 2025-26'].map((name, k) => sheet(name, [head, ...rows(k)]));
      const r = scoreWorkbook(grids, {}).result;
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'duplicate-ref').map((f) => f.ref),
        ['H1', 'H2', 'H3'],
      );
      assert.ok(!r.findings.some((f) => f.kind === 'parallel-sheets'));
    });

    it('reads Homes, Tenants, Neighbourhoods and Finance as themes inside each subsidiary, in one Note a sheet', () => {
      const themes = result.findings.filter((f) => /read as themes/.test(f.message));
      assert.equal(themes.length, 3);
      assert.equal(
        themes[0].message,
        `'Riverside Homes' rows 5, 10, 14 and 17 ("Homes", "Tenants", "Neighbourhoods", "Finance") are read as themes inside the table: the indicators under them are counted under 'Riverside Homes', the sheet's own priority.`,
      );
      assert.ok(!result.findings.some((f) => /read as a sub-heading/.test(f.message)));
    });

    it('reads a theme row carrying the theme\'s own RAG ("Homes … Amber") as a theme, not the end of the table', () => {
      // Under the header, "Homes" with "Amber" in the RAG column ended the table before its first measure: the
      // sheet was refused as "a table header with no indicator rows".
      const grids = housingPack().map((g) =>
        sheet(
          g.name,
          g.values.map((r, i) =>
            i > 3 && r[1] === null && typeof r[0] === 'string' ? [r[0], ...Array(10).fill(null), 'Amber'] : r,
          ),
        ),
      );
      const r = scored(grids);
      assert.deepEqual(
        r.priorities.map((p) => [p.priorityName, p.total]),
        HOUSING_SUBSIDIARIES.map((s) => [s, 11]),
      );
      assert.equal(r.findings.filter((f) => /read as themes/.test(f.message)).length, 3);
      assert.ok(!r.findings.some((f) => f.kind === 'status-column-not-owned'));
    });

    it("keeps the subsidiaries apart when only the group's banner is above their tables", () => {
      // Each sheet with its banner only (no "Riverside Living — Quarter 3" line): the banner named all three
      // tables, and tables with the same title are one priority — three landlords counted as one.
      const grids = housingPack().map((g) => without(g, 1));
      assert.deepEqual(
        scored(grids).priorities.map((p) => [p.priorityName, p.total]),
        HOUSING_SUBSIDIARIES.map((s) => [s, 11]),
      );
    });
  });

  describe("one landlord's pack on one sheet", () => {
    it('counts the measures under their themes, as the pack reports them', () => {
      const result = scored([without(housingSheet('Riverside Homes'), 1)]);
      assert.deepEqual(
        result.priorities.map((p) => [p.priorityName, p.total]),
        [
          ['Homes', 4],
          ['Tenants', 3],
          ['Neighbourhoods', 2],
          ['Finance', 2],
        ],
      );
    });

    it("passes over an organisation and report title as a name, and drops a report title after a service's", () => {
      const names = [
        HOUSING_BANNER,
        'Northshire Borough Council | Quarterly performance report',
        'Key performance indicators – Housing',
        'Riverside Homes Group',
        'Housing – KPI report',
        'Vale Homes (subsidiary) - Board KPI pack, Quarter 2 2026/27',
      ].map((t) => priorityNameOf(t).name);
      assert.deepEqual(names, [null, null, 'Housing', 'Riverside Homes Group', 'Housing', 'Vale Homes (subsidiary)']);
    });

    it("names a table after its own heading, never after the organisation's banner", () => {
      // The banner, the header and Homes' measures; then "Tenants" over a header of its own.
      const rows: CellValue[][] = [
        [HOUSING_BANNER],
        HOUSING_HEADER,
        ['RP01', 'Decent Homes Standard not met (%)', 'Lower', 1.5, 1.9, 1.7, 1.6],
        ['BS01', 'Gas safety checks (%)', 'Higher', 100, 100, 100, 100],
        [],
        ['Tenants'],
        HOUSING_HEADER,
        ['TP01', 'Overall satisfaction (%)', 'Higher', 75, 72.4, 74, 76],
        ['TP02', 'Satisfaction with repairs (%)', 'Higher', 80, 78.5, 80.1, 81],
      ];
      const { model } = scoreWorkbook([sheet('Board KPIs', rows)], { quarter: 3 });
      assert.deepEqual(
        model.tables.map((t) => t.priorityName),
        ['Board KPIs', 'Tenants'],
      );
    });
  });

  it('names the YTD column among what was recognised, not as "not recognised" — it is read on each row', () => {
    const note = scored(housingPack()).findings.find((f) => /was partly recognised/.test(f.message))!;
    assert.match(note.message, /recognised .*, quarters \(4\), figure to date \("YTD"\); no column for /);
    assert.doesNotMatch(note.message, /not recognised/);
  });

  describe('a 100% compliance target (gas safety checks) at 99.87%', () => {
    it('is amber under the default 5% tolerance, as the rules say, and a Note says how to make it red', () => {
      const result = scored([housingSheet('Riverside Homes')]);
      const bs01 = on(result, 'Riverside Homes', 'BS01');
      assert.deepEqual([bs01.latestValue, bs01.variancePct, bs01.rag], [99.87, -0.13, 'amber']);
      const note = result.findings.filter((f) => f.kind === 'full-target-amber');
      assert.deepEqual(
        note.map((f) => [f.severity, f.cell, f.message]),
        [
          [
            'info',
            'A8',
            'BS01 has a target of 100% and is amber, within the 5% tolerance of it. Where 100% is a must (gas safety checks, fire risk assessments), anything less is missed: a "Tolerance" column holding 0 on that row scores it red below 100%.',
          ],
        ],
      );
    });

    it('is red with a Tolerance of 0 on its row, and fire risk assessments at 100% stay green', () => {
      const grid = housingSheet('Riverside Homes');
      const withTolerance = sheet(
        grid.name,
        grid.values.map((r, i) => [...r, i === 3 ? 'Tolerance' : r[0] === 'BS01' || r[0] === 'BS02' ? 0 : null]),
      );
      const result = scored([withTolerance]);
      assert.equal(on(result, 'Riverside Homes', 'BS01').rag, 'red');
      assert.equal(on(result, 'Riverside Homes', 'BS02').rag, 'green');
      assert.ok(!result.findings.some((f) => f.kind === 'full-target-amber'));
    });
  });
});
