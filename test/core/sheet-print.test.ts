/**
 * A generated sheet's fingerprint (issue 11): `sheetPrint` hashes the sheet's content without writing it
 * as one long JSON text. It must tell apart every change the JSON's fingerprint told apart — a value, its
 * kind (1, "1" and true), a format, an area, a link, a width — and a fingerprint kept by an earlier
 * version (cyrb53 of the sheet's JSON) must still be recognised, so that a workbook it scored rescores
 * with "nothing to change".
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { SheetContent } from '../../src/core/plan/types';
import { fingerprint, samePrint, sheetPrint } from '../../src/core/state/hash';
import { commitRun, prepareRun } from '../../src/core/state/run';
import { defaultState } from '../../src/core/state/state';
import { bigGrids } from '../support/big-workbook';
import { sheetPrintV2 } from '../support/sheet-print-v2';

const AT = '2026-11-26T09:00:00.000Z';

function findings(): SheetContent {
  return {
    name: 'Q3 Findings',
    role: 'findings',
    values: {
      top: 0,
      left: 0,
      values: [
        ['Findings – Q3 2020/21', null, null],
        ['Severity', 'Sheet', 'What to check'],
        ['Check', 'P1 Children & Young People', 'CYP-41: DOT was typed as ↑ (improving) but the figures say ↓.'],
        ['Note', 'P2 Place', 0.0528],
        ['Note', 'P2 Place', 12],
      ],
    },
    formats: [{ format: { bold: true, fill: 'D9D9D9' }, areas: [{ top: 1, left: 0, bottom: 1, right: 2 }] }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [10, 28, 80],
    freeze: { rows: 2, cols: 0 },
    links: [{ row: 2, col: 1, sheet: 'P1 Children & Young People', cell: 'M9' }],
    tabColor: '7F7F7F',
  };
}

const copy = (s: SheetContent): SheetContent => JSON.parse(JSON.stringify(s)) as SheetContent;

describe("A generated sheet's fingerprint", () => {
  it('is the same for the same content, however the content was made', () => {
    assert.equal(sheetPrint(findings()), sheetPrint(copy(findings())));
  });

  it('changes with any value, its kind, a format, an area, a merge, a link, a width, the panes or the tab colour', () => {
    const base = sheetPrint(findings());
    const changes: ((s: SheetContent) => void)[] = [
      (s) => (s.values.values[3][2] = 0.0529),
      (s) => (s.values.values[4][2] = '12'),
      (s) => (s.values.values[4][2] = 13),
      (s) => (s.values.values[4][2] = true),
      (s) => (s.values.values[4][2] = null),
      (s) => (s.values.values[2][2] = 'CYP-41: DOT was typed as ↑ (improving) but the figures say ↔.'),
      (s) => (s.values.values[0] = ['Findings – Q3 2020/21', null]),
      (s) => s.values.values.push([null]),
      (s) => (s.values.top = 1),
      (s) => (s.formats[0].format.fill = 'D9D9DA'),
      (s) => (s.formats[0].areas[0].right = 3),
      (s) => s.formats.push({ format: { italic: true }, areas: [] }),
      (s) => (s.merges[0].bottom = 1),
      (s) => (s.links[0].cell = 'M10'),
      (s) => (s.links[0].row = 3),
      (s) => (s.columnWidths[2] = 81),
      (s) => (s.freeze = null),
      (s) => (s.tabColor = null),
      (s) => (s.name = 'Q3 Findings (2)'),
    ];
    for (const change of changes) {
      const s = copy(findings());
      change(s);
      assert.notEqual(sheetPrint(s), base, String(change));
    }
  });

  it('tells apart any two values blocks whose JSON differs, and gives one block one print (property)', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const block = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 });
    fc.assert(
      fc.property(block, block, (a, b) => {
        const s = findings();
        const t = findings();
        s.values.values = a;
        t.values.values = b;
        // Every pair the JSON's fingerprint told apart, this tells apart too; the same block, the same print.
        if (JSON.stringify(a) !== JSON.stringify(b)) assert.notEqual(sheetPrint(s), sheetPrint(t));
        t.values.values = a.map((r) => [...r]);
        assert.equal(sheetPrint(s), sheetPrint(t));
      }),
    );
  });

  it("recognises a fingerprint kept by an earlier version (the sheet's JSON), and one of its own", () => {
    const s = findings();
    const print = sheetPrint(s);
    assert.ok(samePrint(fingerprint(JSON.stringify(s)), s, print));
    assert.ok(samePrint(print, s, print));
    const t = copy(s);
    t.values.values[4][2] = 13;
    assert.ok(!samePrint(fingerprint(JSON.stringify(t)), s, print));
    assert.ok(!samePrint(sheetPrint(t), s, print));
  });
});

describe("A generated sheet's fingerprint, as workbooks scored before keep it", () => {
  // The `2:` prints of session 8 (test/support/sheet-print-v2.ts): the faster sheetPrint gives the very
  // same print, so a workbook scored by that version rescores with "nothing to change" (issue 11).
  it('is the same print on the generated sheets of 60 and 700 indicators, first scored and scored again', () => {
    for (const n of [60, 700]) {
      const grids = bigGrids(n);
      const run = prepareRun(grids, defaultState());
      for (const sheet of run.plan.sheets) assert.equal(sheetPrint(sheet), sheetPrintV2(sheet), `${n}: ${sheet.name}`);
      const outcome = commitRun(
        run,
        new Map(),
        defaultState(),
        grids.map((g) => g.name),
        { at: AT, by: 'add-in' },
      );
      // Scored again: each kept print is the print session 8 gives the sheet planned now (nothing to change).
      const again = prepareRun(grids, outcome.state);
      for (const sheet of again.plan.sheets) {
        const kept = outcome.state.productSheets.find((p) => p.name === sheet.name)!.fingerprint;
        assert.equal(kept, sheetPrintV2(sheet), `${n}: ${sheet.name} scored again`);
      }
    }
  });

  it('is the same print on any sheet: texts of every length, figures, formats, merges, links (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant(''));
    const cell = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const area = fc.record({ top: fc.integer(), left: fc.nat(), bottom: fc.double(), right: fc.nat() });
    const format = fc.record(
      {
        bold: fc.boolean(),
        fill: fc.string({ maxLength: 8 }),
        fontSize: fc.double(),
        hAlign: fc.constant('center' as const),
      },
      { requiredKeys: [] },
    );
    const sheet = fc.record({
      name: text,
      role: fc.constant('findings' as const),
      values: fc.record({
        top: fc.oneof(fc.nat(), fc.double()),
        left: fc.nat(),
        values: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
      }),
      formats: fc.array(fc.record({ format, areas: fc.array(area, { maxLength: 3 }) }), { maxLength: 4 }),
      merges: fc.array(area, { maxLength: 3 }),
      columnWidths: fc.array(fc.double(), { maxLength: 4 }),
      freeze: fc.option(fc.record({ rows: fc.nat(), cols: fc.nat() })),
      links: fc.array(fc.record({ row: fc.integer(), col: fc.double(), sheet: text, cell: text }), { maxLength: 4 }),
      tabColor: fc.option(fc.string({ maxLength: 6 })),
    });
    fc.assert(
      fc.property(sheet, (s) => {
        const content = s as SheetContent;
        assert.equal(sheetPrint(content), sheetPrintV2(content));
        // Again: texts now kept (the words of a format's key, a link's sheet) give the same print.
        assert.equal(sheetPrint(content), sheetPrintV2(content));
      }),
      { numRuns: 500 },
    );
  });
});
