/**
 * The compact state's encodings (state /3, issue 10 item 5, issue 11 item 1) give back exactly what they
 * were given, for any input (fast-check), and stay small where the journal is regular.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import {
  decodeState,
  encodeState,
  type CellValue,
  type Journal,
  type SheetContent,
  type WorkbookState,
} from '../../src/core';
import {
  decodeInts,
  decodeTexts,
  decodeValues,
  decodeWhich,
  encodeInts,
  encodeTexts,
  encodeValues,
  encodeWhich,
} from '../../src/core/state/columns';
import { contentFromSheet, layoutOf, readLayout, storeLayout } from '../../src/core/state/sheet-layout';
import { OWNED_ROLES } from '../../src/core/plan/types';
import type { JournalCell } from '../../src/core/state/state';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.integer(),
  fc.string(),
  fc.constantFrom('↑', '↓', '→', 'Green', 'Amber', 'Red', '1st', '', 'true', '0'),
);

describe('The compact state’s encodings', () => {
  it('a column of integers comes back as it was, whatever its runs and periods', () => {
    const column = fc.oneof(
      fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { maxLength: 200 }),
      // Periodic columns, as a journal's rows, columns and roles are, with breaks.
      fc
        .tuple(fc.array(fc.integer({ min: -5, max: 30 }), { minLength: 1, maxLength: 9 }), fc.nat(60), fc.nat(5))
        .map(([pattern, times, step]) =>
          Array.from(
            { length: pattern.length * times },
            (_, i) => pattern[i % pattern.length] + step * Math.floor(i / pattern.length),
          ),
        ),
    );
    fc.assert(fc.property(column, (values) => assert.deepEqual(decodeInts(encodeInts(values)), values)));
  });

  it('a journal’s periodic columns are a few characters, whatever their length', () => {
    const rows = Array.from({ length: 40000 }, (_, i) => 4 + Math.floor(i / 4));
    const roles = Array.from({ length: 40000 }, (_, i) => [0, 2, 3, 4][i % 4]);
    assert.ok(encodeInts(rows).length < 30, encodeInts(rows));
    assert.ok(encodeInts(roles).length < 30, encodeInts(roles));
  });

  it('a column of values comes back as it was: numbers exactly, text, booleans and blanks', () => {
    fc.assert(
      fc.property(fc.array(cellValue, { maxLength: 200 }), (values) => {
        const stored = JSON.parse(JSON.stringify(encodeValues(values)));
        assert.deepEqual(decodeValues(stored, values.length), values);
      }),
    );
  });

  it('a column of values written against another comes back as it was ("the same" where they agree)', () => {
    const pair = fc.array(fc.tuple(cellValue, cellValue, fc.boolean()), { maxLength: 200 }).map((rows) => ({
      same: rows.map(([a]) => a),
      values: rows.map(([a, b, agree]) => (agree ? a : b)),
    }));
    fc.assert(
      fc.property(pair, ({ same, values }) => {
        const stored = JSON.parse(JSON.stringify(encodeValues(values, same)));
        assert.deepEqual(decodeValues(stored, values.length, same), values);
      }),
    );
  });

  it('which value each cell holds comes back as it was, in either of its forms', () => {
    const small = fc.array(fc.integer({ min: -1, max: 12 }), { maxLength: 300 });
    const runs = fc
      .array(fc.tuple(fc.integer({ min: -1, max: 95 }), fc.integer({ min: 1, max: 50 })), { maxLength: 20 })
      .map((rs) => rs.flatMap(([v, n]) => Array<number>(n).fill(v)));
    fc.assert(
      fc.property(fc.oneof(small, runs), (values) => assert.deepEqual(decodeWhich(encodeWhich(values)), values)),
    );
    assert.equal(encodeWhich(Array<number>(40000).fill(1)), '=%!40000!');
  });

  it('front-coded texts come back as they were', () => {
    const text = fc.string({ unit: 'binary' }).filter((t) => !t.includes('\n'));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 100 }), (texts) =>
        assert.deepEqual(decodeTexts(JSON.parse(JSON.stringify(encodeTexts(texts))), texts.length), texts),
      ),
    );
  });

  it('a journal comes back from the state sheet exactly, cell by cell', () => {
    const format = fc.record({
      numberFormat: fc.constantFrom('General', '0.00%', '@'),
      fill: fc.constantFrom(null, 'FFC7CE', 'C6EFCE'),
      fontColor: fc.constantFrom(null, '9C0006'),
    });
    const sheet = fc.constantFrom(['P1', '3'], ['P2 Housing', undefined], ['P1', undefined]) as fc.Arbitrary<
      [string, string | undefined]
    >;
    const cell: fc.Arbitrary<JournalCell> = fc
      .record({
        sheet,
        row: fc.nat(1_048_575),
        col: fc.nat(16383),
        indicator: fc.option(
          fc.string({ minLength: 1 }).map((s) => `ref:${s.replace(/\n/g, ' ')}`),
          { nil: undefined },
        ),
        role: fc.option(fc.constantFrom(...OWNED_ROLES), { nil: undefined }),
        value: cellValue,
        format,
        formula: fc.option(fc.constantFrom('=A1/4', '=SUM(B2:B9)'), { nil: undefined }),
        error: fc.boolean(),
        native: fc.option(fc.constant({ kind: 'office' as const, hyperlink: { address: 'https://example.org' } }), {
          nil: undefined,
        }),
        afterValue: cellValue,
        original: cellValue,
        odd: fc.option(fc.constantFrom('$B$7', 'b7', 'B07', 'XFD1048576', 'AAAA1', 'B'), { nil: undefined }),
      })
      .map((r) => {
        const before: JournalCell['before'] = { value: r.value, format: r.format };
        if (r.formula !== undefined) before.formula = r.formula;
        if (r.error) before.error = true;
        if (r.native) before.native = r.native;
        const c: JournalCell = {
          sheet: r.sheet[0],
          // Addresses as the product writes them, and a few as it never does (kept as they are).
          cell: r.odd ?? `${String.fromCharCode(65 + (r.col % 26))}${r.row + 1}`,
          before,
          afterValue: r.afterValue,
          original: r.original,
        };
        if (r.sheet[1] !== undefined) c.sheetId = r.sheet[1];
        if (r.indicator !== undefined) c.indicator = r.indicator;
        if (r.role !== undefined) c.role = r.role;
        return c;
      });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (generated) => {
        const cells = structuredClone(generated); // plain objects, as the state gives back
        const journal: Journal = {
          at: '2026-11-26T09:00:00Z',
          by: 'command line',
          quarter: 'Q3 2020/21',
          cells,
          created: ['Q3 Summary'],
          replaced: [],
          productSheetsBefore: [],
          settingsBefore: { quarter: null, tolerancePct: 5, mapping: null },
        };
        const state: WorkbookState = {
          settings: { quarter: 3, tolerancePct: 5, mapping: null },
          productSheets: [],
          journal,
        };
        assert.deepEqual(decodeState(encodeState(state)), state);
      }),
    );
  });

  it('a generated sheet’s layout comes back exactly, and with the sheet’s values gives back its content', () => {
    const area = fc
      .tuple(fc.nat(500), fc.nat(20), fc.nat(5), fc.nat(5))
      .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
    const content: fc.Arbitrary<SheetContent> = fc.record({
      name: fc.constant('Q3 Findings'),
      role: fc.constant('findings' as const),
      values: fc
        .array(
          fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.constant(null)), {
            minLength: 3,
            maxLength: 3,
          }),
          {
            maxLength: 20,
          },
        )
        .map((values) => ({ top: 0, left: 0, values })),
      formats: fc.array(
        fc.record({
          format: fc.record({ bold: fc.boolean(), fill: fc.constantFrom(null, 'FFEB9C') }),
          areas: fc.array(area),
        }),
        { maxLength: 4 },
      ),
      merges: fc.array(area, { maxLength: 3 }),
      columnWidths: fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 5 }),
      freeze: fc.option(fc.record({ rows: fc.nat(3), cols: fc.nat(2) }), { nil: null }),
      links: fc.array(
        fc.record({
          row: fc.nat(400),
          col: fc.nat(10),
          sheet: fc.constantFrom('P1 Children', "P2 'Housing'"),
          cell: fc.nat(900).map((r) => `B${r + 1}`),
        }),
        { maxLength: 30 },
      ),
      tabColor: fc.constantFrom(null, '1F4E78'),
    });
    fc.assert(
      fc.property(content, (generated) => {
        const c = structuredClone(generated);
        const layout = layoutOf(c);
        const stored = JSON.parse(JSON.stringify(storeLayout(layout)));
        assert.deepEqual(readLayout(c.name, c.role, stored), layout);
        // The sheet read back (blanks as null) gives the content written.
        const grid = {
          name: c.name,
          values: c.values.values.map((r) => r.map((v) => (v === '' ? null : (v as CellValue)))),
        };
        assert.deepEqual(contentFromSheet(layout, grid), c);
      }),
    );
  });

  it('a generated sheet the analyst has edited since gives back its values as they are, with the product’s layout', () => {
    const c: SheetContent = {
      name: 'Q3 Summary',
      role: 'summary',
      values: {
        top: 0,
        left: 0,
        values: [
          ['Performance Scorecard', null],
          ['On target', 29],
        ],
      },
      formats: [{ format: { bold: true }, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] }],
      merges: [],
      columnWidths: [44, 12],
      freeze: null,
      links: [],
      tabColor: '1F4E78',
    };
    const edited = { name: 'Q3 Summary', values: [['Performance Scorecard'], ['On target', 30, 'my note']] };
    assert.deepEqual(contentFromSheet(layoutOf(c), edited), {
      ...c,
      values: { top: 0, left: 0, values: edited.values },
    });
  });
});
