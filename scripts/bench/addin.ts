/**
 * The add-in on the in-memory Excel model (issue 11 items 2 and 3): for a first scoring and for a
 * rescore (the same workbook scored again after one figure changed, so that it writes), the syncs,
 * the calls per sheet and the largest request, against the bound syncs ≤ 2 + ⌈payload / budget⌉, where
 * payload is every byte the run sends and receives (requests and responses, UTF-8, as the model counts
 * them) and budget the adapter's 4 MB per request. Counts only, never times. The bound's two: the sync
 * that lists the sheets, and the last read request, which no write can join (the journal written first
 * holds what it reads); beside it, the two phases' own floors, ⌈reads / budget⌉ and ⌈writes / budget⌉.
 *
 * `addinBench(sizes)` returns a plain object for bench/results.json's "addin" key; `npx tsx
 * scripts/bench/addin.ts [--api 1.18] [60 1000 …]` prints the table on its own, on the model's default
 * ExcelApi 1.17 or the requirement set given (1.18: owned text cells' runs of fonts are read too).
 */
import { scoreQuarter } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids } from '../../test/support/excel-model/build';
import type { ExcelModel } from '../../test/support/excel-model';
import { bigGrids } from '../../test/support/big-workbook';

const AT = () => new Date('2026-11-26T09:00:00Z');

export interface AddinRunCounts {
  syncs: number;
  /** 2 + ⌈payload / budget⌉. */
  bound: number;
  /** Bytes sent and received (requests + responses). */
  payload: number;
  calls: number;
  callsPerSheet: number;
  largestRequest: number;
  largestResponse: number;
  /** Syncs that failed (a request or response the host refused) and were retried. */
  failedSyncs: number;
  /** Syncs that only read (the sheet list included) and their bytes; syncs that wrote and theirs. */
  readSyncs: number;
  readPayload: number;
  writeSyncs: number;
  writePayload: number;
}

export interface AddinBenchRow {
  indicators: number;
  first: AddinRunCounts;
  rescore: AddinRunCounts;
}

function counts(model: ExcelModel): AddinRunCounts {
  // What had to travel: a request the host refused (and was sent again smaller) is not payload.
  const payload = model.syncs.filter((s) => !s.error).reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  const sheets = model.doc.sheets.length;
  const ok = model.syncs.filter((s) => !s.error);
  const bytes = (list: typeof ok) => list.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  return {
    readSyncs: ok.filter((s) => !s.wrote).length,
    readPayload: bytes(ok.filter((s) => !s.wrote)),
    writeSyncs: ok.filter((s) => s.wrote).length,
    writePayload: bytes(ok.filter((s) => s.wrote)),
    syncs: model.syncs.length,
    bound: 2 + Math.ceil(payload / PAYLOAD_BUDGET),
    payload,
    calls: model.callCount,
    callsPerSheet: Math.round(model.callCount / sheets),
    largestRequest: model.largestRequest,
    largestResponse: model.largestResponse,
    failedSyncs: model.syncs.filter((s) => s.error).length,
  };
}

/** One size: a first scoring at the default 5%, then a rescore at 10%. */
export async function measureAddin(indicators: number, apiVersion?: string): Promise<AddinBenchRow> {
  const model = modelFromGrids(bigGrids(indicators), apiVersion ? { apiVersion } : {});
  await scoreQuarter(model.host, {}, AT);
  const first = counts(model);
  model.clearLog();
  await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
  const rescore = counts(model);
  return { indicators, first, rescore };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Measures each size, prints the table, and returns the rows for bench/results.json. */
export async function addinBench(
  sizes = [60, 1000, 10000, 50000],
  apiVersion?: string,
): Promise<{ budget: number; rows: AddinBenchRow[] }> {
  console.log(
    `\nThe add-in on the in-memory Excel model (ExcelApi ${apiVersion ?? '1.17'}): syncs against 2 + ⌈payload / ${PAYLOAD_BUDGET / 1048576} MB⌉`,
  );
  const head = [
    'indicators',
    'run',
    'syncs',
    'bound',
    'reads',
    '⌈R/B⌉',
    'writes',
    '⌈W/B⌉',
    'payload',
    'calls',
    'calls/sheet',
    'largest request',
    'failed',
  ];
  const widths = [10, 8, 6, 6, 6, 6, 6, 6, 10, 7, 11, 15, 6];
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
  line(head);
  const rows: AddinBenchRow[] = [];
  for (const n of sizes) {
    const row = await measureAddin(n, apiVersion);
    rows.push(row);
    for (const [label, c] of [
      ['first', row.first],
      ['rescore', row.rescore],
    ] as const) {
      line([
        n,
        label,
        c.syncs,
        c.bound,
        c.readSyncs,
        Math.ceil(c.readPayload / PAYLOAD_BUDGET),
        c.writeSyncs,
        Math.ceil(c.writePayload / PAYLOAD_BUDGET),
        mb(c.payload),
        c.calls,
        c.callsPerSheet,
        mb(c.largestRequest),
        c.failedSyncs,
      ]);
    }
  }
  console.log(
    "(reads: syncs that only read, the sheet list included; R, W: their bytes and the writes'; B: the budget)",
  );
  return { budget: PAYLOAD_BUDGET, rows };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--api');
  const apiVersion = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !/^1\.\d+$/.test(apiVersion ?? '')) {
    console.error('--api takes an ExcelApi requirement set, such as 1.18.');
    process.exit(1);
  }
  const sizes = args
    .filter((_, i) => at < 0 || (i !== at && i !== at + 1))
    .map(Number)
    .filter((n) => n > 0);
  addinBench(sizes.length ? sizes : undefined, apiVersion).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
