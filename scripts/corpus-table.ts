/**
 * The corpus table for the closing note of issue 8 (item 8): runs test/corpus/corpus.test.ts and writes
 * docs/corpus.md — each kind of strange or broken workbook × what the command line did × what the
 * add-in (on the in-memory Excel model) did × the verdict. `npx tsx scripts/corpus-table.ts`
 * (a few minutes; it prints the table too).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

type Outcome = 'passed' | 'failed' | 'pending';
interface Row {
  cli: { title: string; outcome: Outcome }[];
  addIn: { title: string; outcome: Outcome }[];
  pending?: string;
}

const rows = new Map<string, Row>();
const suiteTitle = 'The corpus of strange and broken workbooks (issue 8)';

function record(test: Mocha.Test, outcome: Outcome): void {
  const parent = test.parent?.title ?? '';
  if (parent === suiteTitle) {
    // A kind pending as a whole: "kind — pending: reason".
    const m = /^(.+?) — pending: (.+)$/.exec(test.title);
    if (m) rows.set(m[1], { cli: [], addIn: [], pending: m[2] });
    return;
  }
  const row = rows.get(parent) ?? { cli: [], addIn: [] };
  rows.set(parent, row);
  (test.title.startsWith('the add-in') ? row.addIn : row.cli).push({ title: test.title, outcome });
}

function cell(tests: { title: string; outcome: Outcome }[], none: string): string {
  if (tests.length === 0) return none;
  const failed = tests.filter((t) => t.outcome === 'failed');
  if (failed.length) return `**fails**: ${failed.map((t) => t.title).join('; ')}`;
  const refused = tests.some((t) => /refuses/.test(t.title));
  const pending = tests.filter((t) => t.outcome === 'pending');
  const base = refused
    ? 'refuses in one sentence, writes nothing'
    : 'scores; only its cells change; twice changes nothing; undo restores';
  return pending.length
    ? `${base} (pending: ${pending.map((t) => t.title.replace(/^.*— pending: /, '')).join('; ')})`
    : base;
}

function verdict(row: Row): string {
  if (row.pending) return `pending (${row.pending})`;
  const all = [...row.cli, ...row.addIn];
  if (all.some((t) => t.outcome === 'failed')) return 'defect';
  if (all.some((t) => t.outcome === 'pending')) return 'partly pending';
  return 'as the analyst needs';
}

async function main(): Promise<void> {
  const root = path.join(__dirname, '..');
  const mocha = new Mocha({ timeout: 60000, reporter: 'dot' });
  mocha.addFile(path.join(root, 'test/corpus/corpus.test.ts'));
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => record(t, 'passed'));
    runner.on('fail', (t) => record(t as Mocha.Test, 'failed'));
    runner.on('pending', (t) => record(t, 'pending'));
  });
  const lines = [
    '# The corpus: each kind of workbook through both front ends (issue 8 item 8)',
    '',
    'Written by `npx tsx scripts/corpus-table.ts` from a run of `test/corpus/corpus.test.ts` (the kinds are made by',
    '`test/corpus/build.ts`). "Add-in" is the Office.js adapter on the in-memory Excel model; n/a where Excel would',
    'not open the file as a workbook at all (it repairs or refuses it itself).',
    '',
    '| kind | command line | add-in | verdict |',
    '| --- | --- | --- | --- |',
  ];
  for (const [kind, row] of rows) {
    const cli = row.pending ? '—' : cell(row.cli, '—');
    const addIn = row.pending ? '—' : cell(row.addIn, 'n/a');
    lines.push(`| \`${kind}\` | ${cli} | ${addIn} | ${verdict(row)} |`);
  }
  const counts = [...rows.values()].map(verdict);
  lines.push(
    '',
    `${rows.size} kinds: ${counts.filter((v) => v === 'as the analyst needs').length} as the analyst needs, ${counts.filter((v) => v.startsWith('pending') || v === 'partly pending').length} pending in whole or part, ${counts.filter((v) => v === 'defect').length} defects.`,
    '',
  );
  fs.writeFileSync(path.join(root, 'docs/corpus.md'), lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
