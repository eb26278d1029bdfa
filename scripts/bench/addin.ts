/**
 * The add-in on the in-memory Excel model (issue 11 items 2 and 3): for a first scoring and for a
 * rescore (the same workbook scored again after one figure changed, so that it writes), the syncs,
 * the calls per sheet and the largest request, against the bound syncs ≤ 2 + ⌈payload / budget⌉, where
 * payload is every byte the run sends and receives (requests and responses, UTF-8, as the model counts
 * them) and budget the adapter's 4 MB per request. Counts only, never times. The bound's two: the sync
 * that lists the sheets, and the last read request, which no write can join (the journal written first
 * holds what it reads); beside it, the two phases' own floors, ⌈reads / budget⌉ and ⌈writes / budget⌉.
 * A run over the bound is named under the table with the bound it is held to instead: where the reads
 * weigh no more than one budget they take two requests, the owned cells being known only once the bands
 * have come back (test/office/scale.test.ts says why): 3 + ⌈writes / budget⌉.
 *
 * `addinBench(sizes)` returns a plain object for bench/results.json's "addin" key; `npx tsx
 * scripts/bench/addin.ts [--api 1.18] [--rich-text] [60 1000 …]` prints the table on its own, on the
 * model's default ExcelApi 1.17 or the requirement sets given (a comma list, such as `--api 1.17,1.18`:
 * one table each; 1.18: owned text cells' runs of fonts are read too). `--rich-text` types notes in two
 * fonts over four owned cells before the first scoring and over two of them before the rescore, as
 * test/office/scale.test.ts does (only where the runs are read, ExcelApi 1.18 on). Beside the counts,
 * each run's CPU time in ms (the process's user + system time, the model's work included): on a shared
 * machine compare runs made back to back, never against a bound.
 */
import { scoreQuarter } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids } from '../../test/support/excel-model/build';
import type { ExcelModel } from '../../test/support/excel-model';
import { bigGrids } from '../../test/support/big-workbook';
import { richRows, typeRichNotes } from '../../test/support/rich-notes';

const AT = () => new Date('2026-11-26T09:00:00Z');

export interface AddinRunCounts {
  syncs: number;
  /** 2 + ⌈payload / budget⌉. */
  bound: number;
  /**
   * Where the reads weigh no more than one budget, the bound test/office/scale.test.ts holds the run to
   * when it is over `bound`: 3 + ⌈writes / budget⌉ (the reads take two requests); absent otherwise.
   */
  readsInOneBound?: number;
  /** Bytes sent and received (requests + responses). */
  payload: number;
  calls: number;
  callsPerSheet: number;
  largestRequest: number;
  largestResponse: number;
  /** Syncs that failed (a request or response the host refused) and were retried. */
  failedSyncs: number;
  /** The process's CPU time over the run (user + system), in ms: the adapter, the engine and the model. */
  cpuMs: number;
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

function counts(model: ExcelModel, cpuMs: number): AddinRunCounts {
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
    ...(bytes(ok.filter((s) => !s.wrote)) <= PAYLOAD_BUDGET
      ? { readsInOneBound: 3 + Math.ceil(bytes(ok.filter((s) => s.wrote)) / PAYLOAD_BUDGET) }
      : {}),
    payload,
    calls: model.callCount,
    callsPerSheet: Math.round(model.callCount / sheets),
    largestRequest: model.largestRequest,
    largestResponse: model.largestResponse,
    failedSyncs: model.syncs.filter((s) => s.error).length,
    cpuMs,
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

const readsRuns = (apiVersion?: string) => Number((apiVersion ?? '1.17').split('.')[1]) >= 18;

/**
 * One size: a first scoring at the default 5%, then a rescore at 10%; with `richText` (on ExcelApi 1.18
 * and later) notes in two fonts typed over owned cells first.
 */
export async function measureAddin(indicators: number, apiVersion?: string, richText = false): Promise<AddinBenchRow> {
  const model = modelFromGrids(bigGrids(indicators), apiVersion ? { apiVersion } : {});
  const rows = richText && readsRuns(apiVersion) ? richRows(model) : [];
  typeRichNotes(model, rows);
  let start = process.cpuUsage();
  await scoreQuarter(model.host, {}, AT);
  const first = counts(model, cpuMsSince(start));
  typeRichNotes(model, rows.length > 0 ? [rows[0], rows[rows.length - 1]] : []);
  model.clearLog();
  start = process.cpuUsage();
  await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
  const rescore = counts(model, cpuMsSince(start));
  return { indicators, first, rescore };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Measures each size, prints the table, and returns the rows for bench/results.json. */
export async function addinBench(
  sizes = [60, 1000, 10000, 50000],
  apiVersion?: string,
  richText = false,
): Promise<{ budget: number; rows: AddinBenchRow[] }> {
  const rich = richText && readsRuns(apiVersion) ? ', rich text in owned cells' : '';
  console.log(
    `\nThe add-in on the in-memory Excel model (ExcelApi ${apiVersion ?? '1.17'}${rich}): syncs against 2 + ⌈payload / ${PAYLOAD_BUDGET / 1048576} MB⌉`,
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
    'CPU ms',
  ];
  const widths = [10, 8, 6, 6, 6, 6, 6, 6, 10, 7, 11, 15, 6, 7];
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
  line(head);
  const rows: AddinBenchRow[] = [];
  for (const n of sizes) {
    const row = await measureAddin(n, apiVersion, richText);
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
        c.cpuMs,
      ]);
    }
  }
  console.log(
    "(reads: syncs that only read, the sheet list included; R, W: their bytes and the writes'; B: the budget)",
  );
  for (const row of rows)
    for (const [label, c] of [
      ['first scoring', row.first],
      ['rescore', row.rescore],
    ] as const)
      if (c.syncs > c.bound)
        console.log(
          c.readsInOneBound !== undefined
            ? `${row.indicators.toLocaleString('en-GB')}, ${label}: ${c.syncs} syncs against ${c.bound} — its reads (${mb(c.readPayload)}) fit one request but take two, the owned cells being known only once the bands are back: held to 3 + ⌈W/B⌉ = ${c.readsInOneBound}.`
            : `${row.indicators.toLocaleString('en-GB')}, ${label}: ${c.syncs} syncs, over the bound of ${c.bound}.`,
        );
  return { budget: PAYLOAD_BUDGET, rows };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--api');
  const apis = at >= 0 ? (args[at + 1] ?? '').split(',') : [undefined];
  if (at >= 0 && !apis.every((a) => /^1\.\d+$/.test(a ?? ''))) {
    console.error('--api takes ExcelApi requirement sets, such as 1.18 or 1.17,1.18.');
    process.exit(1);
  }
  const richText = args.includes('--rich-text');
  const sizes = args
    .filter((a, i) => a !== '--rich-text' && (at < 0 || (i !== at && i !== at + 1)))
    .map(Number)
    .filter((n) => n > 0);
  (async () => {
    for (const api of apis) await addinBench(sizes.length ? sizes : undefined, api, richText);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
