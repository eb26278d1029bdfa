/**
 * Undo names an indicator whose results it puts back were worked out from an outturn or a name since
 * changed, and does not name one whose time only went through an ExcelJS script (docs/workbook.md, "Undo
 * after the figures changed"; state/inputs.ts, DIGEST_VERSION 3). Version 2 left the outturn and the name
 * out — both change scores (the outturn tells a month's share of a year, the name a time or a count) — and
 * hashed figures bit for bit, so 5:00 saved back by ExcelJS as 0.003472222222626442 was "changed". A
 * workbook whose state has version 2 digests still undoes, and still names a figure changed since.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, OwnedFormat } from '../../src/core';
import { MemoryWorkbook } from '../support/memory-workbook';
import { sheet } from '../support/grids';

const HEADER = [
  'Ref',
  'Performance Indicator',
  'Higher / Lower is better?',
  'Target',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  '2019/20 Outturn',
  '% Variance from Target',
  'DOT',
  'Trend',
];
const s = (seconds: number) => seconds / 86400;
/** The rows the version 2 fixture was scored from (test/fixtures/state-digests-v2/README.md). */
const ROWS: CellValue[][] = [
  ['A-1', 'Missed bin collections', 'Lower', 100, 90, 92, 95, 96, 97, 99, 101, 103, 104, 98, null, null, null],
  ['A-2', 'Council tax collected %', 'Higher', 97, 90, 92, 95, 96, 97, 99, 98, 96, 99, 96.5, null, null, null],
  [
    'A-3',
    'Average time to answer calls (mm:ss)',
    'Lower',
    s(300),
    s(290),
    s(280),
    s(300),
    s(310),
    s(305),
    s(295),
    s(300),
    s(302),
    s(298),
    s(301),
    null,
    null,
    null,
  ],
];
const SHEET = 'P1';
const NAME = 1;
const DEC = 12;
const OUTTURN = 13;

/** Scored, then scored again at another tolerance: undo will put the first scoring back. */
function scoredTwice(): MemoryWorkbook {
  const wb = new MemoryWorkbook([sheet(SHEET, [HEADER, ...ROWS.map((r) => [...r])])]);
  wb.score();
  wb.score({ tolerancePct: 10 });
  return wb;
}

const cells = (wb: MemoryWorkbook) => wb.sheet(SHEET)!.values;

describe('Undo names an indicator whose outturn or name changed, and not a time ExcelJS saved back', () => {
  it('last year’s outturn corrected since the scoring put back (98 → 120): A-1 is named', () => {
    const wb = scoredTwice();
    cells(wb)[1][OUTTURN] = 120;
    assert.deepEqual(wb.undo().stale, ['A-1'], 'was nothing: the outturn was not an input');
  });

  it('keeps two characters an indicator for the outturn beside the six for the rest', () => {
    const inputs = scoredTwice().state().journal!.inputsBefore!;
    assert.deepEqual([inputs.v, inputs.d.length, inputs.o?.length], [3, 18, 6]);
  });

  it('the outturn column deleted since (a tidy-up that changes no score here): nothing named', () => {
    const wb = scoredTwice();
    for (const r of cells(wb)) r.splice(OUTTURN, 1);
    assert.deepEqual(wb.undo().stale, [], 'every indicator was named');
  });

  it('an outturn cleared since: A-2 is named', () => {
    const wb = scoredTwice();
    cells(wb)[2][OUTTURN] = null;
    assert.deepEqual(wb.undo().stale, ['A-2']);
  });

  it('an indicator renamed since, its ref the same ("Council tax collected" for "… %"): A-2 is named', () => {
    const wb = scoredTwice();
    cells(wb)[2][NAME] = 'Council tax collected';
    assert.deepEqual(wb.undo().stale, ['A-2'], 'was nothing: the name was not an input');
  });

  it('the response times saved back by an ExcelJS script (5:00 as 0.003472222222626442, about 1e-12 off): nothing named', () => {
    const wb = scoredTwice();
    // What ExcelJS writes back for a time it read as a date (1899-12-30 00:05:00): the date serial's 15 digits.
    const shifted = (v: number) =>
      new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000)).getTime() / 86400000 + 25569;
    const row = cells(wb)[3];
    for (let c = 3; c <= OUTTURN; c++) row[c] = shifted(row[c] as number);
    assert.notEqual(row[4], s(290), 'the round trip shifts the stored time');
    assert.ok(Math.abs((row[4] as number) - s(290)) < 1e-11);
    assert.deepEqual(wb.undo().stale, [], 'was A-3');
  });

  it('a response time changed by one second (5:00 → 5:01) is still named', () => {
    const wb = scoredTwice();
    cells(wb)[3][DEC] = s(299);
    assert.deepEqual(wb.undo().stale, ['A-3']);
  });
});

interface DumpedSheet {
  name: string;
  visibility: 'visible' | 'veryHidden';
  values: CellValue[][];
  formats: [string, OwnedFormat][];
}

/** The same workbook scored twice by main before this change (DIGEST_VERSION 2 in its state). */
function scoredByVersion2(): MemoryWorkbook {
  const file = path.join(__dirname, '..', 'fixtures', 'state-digests-v2', 'memory-workbook.json');
  const dumped = JSON.parse(fs.readFileSync(file, 'utf8')) as DumpedSheet[];
  const wb = new MemoryWorkbook([]);
  wb.sheets = dumped.map((d) => ({ ...d, values: d.values.map((r) => [...r]), formats: new Map(d.formats) }));
  return wb;
}

describe('A workbook whose state keeps version 2 digests (scored before the outturn and name were inputs)', () => {
  it('still undoes: the first scoring put back, the same as this version gives, nothing named', () => {
    const wb = scoredByVersion2();
    assert.equal(wb.state().journal!.inputsBefore!.v, 2);
    const undo = wb.undo();
    assert.deepEqual(undo.stale, []);
    const ours = new MemoryWorkbook([sheet(SHEET, [HEADER, ...ROWS.map((r) => [...r])])]);
    ours.score();
    assert.deepEqual(wb.sheet(SHEET)!.values, ours.sheet(SHEET)!.values);
  });

  it('still names a figure changed since (A-2’s December), worked out again the version 2 way', () => {
    const wb = scoredByVersion2();
    cells(wb)[2][DEC] = 80;
    assert.deepEqual(wb.undo().stale, ['A-2']);
  });

  it('scored again by this version after a figure changed (A-1’s December): undoing that names A-1, the version 2 digests carried on', () => {
    const wb = scoredByVersion2();
    cells(wb)[1][DEC] = 80;
    wb.score({ tolerancePct: 10 });
    const journal = wb.state().journal!;
    assert.deepEqual([journal.inputs?.v, journal.inputsBefore?.v], [3, 2]);
    assert.deepEqual(wb.undo().stale, ['A-1']);
  });

  it('an undo keeps the version 2 digests it put back: a rescore and its undo still name a figure changed since', () => {
    const wb = scoredByVersion2();
    wb.undo();
    assert.equal(wb.state().inputs?.v, 2);
    wb.score({ tolerancePct: 10 });
    cells(wb)[1][DEC] = 80;
    assert.deepEqual(wb.undo().stale, ['A-1']);
  });
});
