/**
 * Size (issue 11 items 2 and 3), on the in-memory Excel model, as formulas of the payload — never
 * timings. For a first scoring and a rescore (the same workbook scored again at 10%):
 *   - no request or response the host refuses, every request within the 4 MB budget;
 *   - syncs ≤ 2 + ⌈payload / budget⌉, with no slack, at every size: one sync lists the sheets, sizes
 *     their used ranges (every later response is sized before it is asked for) and reads the top of
 *     each visible sheet (A1:AZ40, its used part: the header rows); then the reads fill each request —
 *     bands, merged-area windows, the owned columns the header windows show (read blind to the foot of
 *     the sheet in the room the first request of bands leaves), and each sheet's owned cells' "before"
 *     picture once that sheet is read — and the writes fill each request. The one part-full request the
 *     formula allows is where the reads end: no write can share a request with the last read, because
 *     the write-ahead journal, written first, holds the owned cells' "before" picture, and what a
 *     request reads is only available once that request has come back ("Application-specific API
 *     model", load() and sync(): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *     So the bound is 1 (the list) + ⌈reads / budget⌉ + ⌈writes / budget⌉ ≤ 2 + ⌈payload / budget⌉.
 *     Where the reads weigh no more than one budget (1,000 indicators) they take one request: the
 *     owned columns are known from the header windows before the first band is asked for (until
 *     session 8 they were known only from the bands, and a first scoring of 1,000 on ExcelApi 1.18
 *     took 4 syncs for a payload of 4.19 MB). A header below row 40 is found with the bands, and its
 *     table's owned cells take one read request more (tested below);
 *   - the calls that format cells per sheet flat: at most those at 60 indicators, plus one per write
 *     request (a column block cut where a request is full); and every call, reads included, at most
 *     those at 60 plus two a sheet for each request (issue 11 item 3: calls per sheet flat).
 * payload = every byte sent and received; calls are counted by name from the model's log.
 * On the model's default ExcelApi 1.17, and on ExcelApi 1.18 with rich text in owned cells (notes typed
 * over variances, in two fonts), where the owned text cells' runs of fonts are read for undo too and
 * must ride in the same requests (issue 11 item 2; test/office/scale-text-runs.test.ts checks undo).
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids } from '../support/excel-model/build';
import { FIVE_MB, type ExcelModel } from '../support/excel-model';
import { bigGrids } from '../support/big-workbook';
import { richRows, typeRichNotes } from '../support/rich-notes';

const AT = () => new Date('2026-11-26T09:00:00Z');

interface Counts {
  byName: Map<string, number>;
  /** Every call of every sync. */
  calls: number;
  /** The workbook's sheets once scored (the generated ones included). */
  sheets: number;
  syncs: number;
  payload: number;
  writeSyncs: number;
  formatCalls: number;
  largestRequest: number;
  largestResponse: number;
  failed: number;
  /** Requests that only read owned cells' "before" picture after the reads (snapshots.ts's own). */
  snapshotRequests: number;
  /** Bytes of the syncs that only read (the sheet list's included), and of those that wrote. */
  readPayload: number;
  writePayload: number;
}

/** Calls that format cells: RangeAreas formats, their address lists, and per-cell properties. */
function isFormatCall(name: string): boolean {
  return (
    name === 'Worksheet.getRanges' ||
    name.startsWith('RangeAreas.format.') ||
    name === 'Range.setCellProperties' ||
    name.startsWith('Range.format.')
  );
}

function counts(model: ExcelModel): Counts {
  let formatCalls = 0;
  const byName = new Map<string, number>();
  for (const s of model.syncs) {
    for (const c of s.calls) {
      if (isFormatCall(c.name)) formatCalls++;
      byName.set(c.name, (byName.get(c.name) ?? 0) + 1);
    }
  }
  return {
    byName,
    calls: model.callCount,
    sheets: model.doc.sheets.length,
    syncs: model.syncs.length,
    payload: model.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    writeSyncs: model.syncs.filter((s) => s.wrote).length,
    formatCalls,
    largestRequest: model.largestRequest,
    largestResponse: model.largestResponse,
    failed: model.syncs.filter((s) => s.error).length,
    readPayload: model.syncs.filter((s) => !s.wrote).reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    writePayload: model.syncs.filter((s) => s.wrote).reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    snapshotRequests: model.syncs.filter(
      (s) =>
        !s.wrote &&
        s.calls.some((c) => c.name === 'Range.getCellProperties') &&
        !s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes'),
    ).length,
  };
}

interface Host {
  label: string;
  apiVersion?: string;
  /** Notes in two fonts typed over owned cells: before the first scoring, and over two scored ones before the rescore. */
  richText: boolean;
}

const HOSTS: Host[] = [
  { label: 'ExcelApi 1.17', richText: false },
  { label: 'ExcelApi 1.18 with rich text in owned cells', apiVersion: '1.18', richText: true },
];

/** A first scoring and a rescore at 10% of a workbook of `n` indicators. */
async function scoreTwice(n: number, host: Host): Promise<{ first: Counts; rescore: Counts; model: ExcelModel }> {
  const model = modelFromGrids(bigGrids(n), host.apiVersion ? { apiVersion: host.apiVersion } : {});
  const rows = host.richText ? richRows(model) : [];
  typeRichNotes(model, rows);
  await scoreQuarter(model.host, {}, AT);
  const first = counts(model);
  typeRichNotes(model, rows.length > 0 ? [rows[0], rows[rows.length - 1]] : []);
  model.clearLog();
  const again = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
  assert.equal(again.changed, true, 'the rescore at 10% writes');
  return { first, rescore: counts(model), model };
}

const bound = (c: Counts) => 2 + Math.ceil(c.payload / PAYLOAD_BUDGET);

for (const host of HOSTS)
  describe(`Scoring large workbooks in Excel (${host.label}): syncs and calls as formulas of the payload (in-memory model)`, function () {
    this.timeout(240000);
    let small: { first: Counts; rescore: Counts };

    before(async () => {
      small = await scoreTwice(60, host);
    });

    it('60 indicators: 3 syncs, first scoring and rescore (the bound: 2 + ⌈payload / 4 MB⌉ = 3)', () => {
      for (const c of [small.first, small.rescore]) {
        assert.equal(c.syncs, 3);
        assert.equal(bound(c), 3);
      }
    });

    for (const n of [1000, 6000, 10000, 50000]) {
      const held = 'syncs within 2 + ⌈payload / budget⌉ (no slack)';
      it(`${n.toLocaleString('en-GB')} indicators: nothing refused, requests within budget, ${held}, format calls flat`, async () => {
        const { first, rescore, model } = await scoreTwice(n, host);
        for (const [label, c] of [
          ['first scoring', first],
          ['rescore', rescore],
        ] as const) {
          const seen = `${label}: ${c.syncs} syncs, payload ${c.payload} bytes (bound ${bound(c)}), ${c.formatCalls} format calls (${label === 'first scoring' ? small.first.formatCalls : small.rescore.formatCalls} at 60), ${c.writeSyncs} write requests`;
          assert.equal(c.failed, 0, `no request or response refused — ${seen}`);
          assert.ok(c.largestRequest <= PAYLOAD_BUDGET, `largest request ${c.largestRequest} bytes — ${seen}`);
          assert.ok(c.largestResponse <= FIVE_MB, `largest response ${c.largestResponse} bytes — ${seen}`);
          assert.ok(c.syncs <= bound(c), seen);
          // Reads that fit one request take one: the list, the reads, the writes (it was 4 on ExcelApi 1.18).
          if (n === 1000) assert.equal(c.syncs, 3, seen);
          assert.equal(c.snapshotRequests, 0, `the owned cells' "before" picture travels with the reads — ${seen}`);
          const at60 = label === 'first scoring' ? small.first : small.rescore;
          assert.ok(c.formatCalls <= at60.formatCalls + c.writeSyncs, seen);
          // Sheets added and column widths: exactly as many calls as at 60; value and number-format blocks
          // at most one more per write request (a block cut where a request is full).
          for (const name of ['WorksheetCollection.add', 'Range.format.columnWidth'])
            assert.equal(c.byName.get(name), at60.byName.get(name), `${name} — ${seen}`);
          for (const name of ['Range.values', 'Range.numberFormat']) {
            assert.ok((c.byName.get(name) ?? 0) <= (at60.byName.get(name) ?? 0) + c.writeSyncs, `${name} — ${seen}`);
          }
          // Every call, reads included, flat but for the requests: at most those at 60 indicators plus two a
          // sheet for each request (bands, merged-area windows and snapshot blocks are cut where a request
          // is full, and a sheet's reads spread over more requests as the payload grows). Nothing is asked
          // per indicator or per column (hidden columns: one getColumnProperties call a sheet).
          const callBound = at60.calls + 2 * c.sheets * c.syncs;
          assert.ok(c.calls <= callBound, `${c.calls} calls (bound ${callBound}, ${at60.calls} at 60) — ${seen}`);
        }
        const summary = model.doc.sheet('Q3 Summary');
        assert.ok(summary, 'the summary sheet was written');
        assert.equal(summary.cell(6, 1)!.value, n, 'Total PIs');
      });
    }
  });
