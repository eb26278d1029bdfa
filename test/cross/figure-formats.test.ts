/**
 * The product's own sheets and findings show each figure the way the analyst's workbook shows it (the
 * fresh user's council workbook: 02:10 came out as 0.0015, 95.5% as 0.955, £480,000 as 480000), on
 * both front ends alike: the command line on the .xlsx file, the add-in on the in-memory Excel model.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { CellValue } from '../../src/core';
import { cellAddress } from '../../src/core/a1';
import { AT, scoreOnBothFrontEnds } from '../support/both-front-ends';
import { scoreQuarter } from '../../src/office/scoring';
import { modelFromXlsx } from '../support/excel-model/xlsx';
import { readPackage } from '../../src/xlsx/package/read';
import { entryBytes, readZip } from '../../src/xlsx/package/zip';
import { scorecard } from '../support/xlsx-cli';
import { folderForEachTest } from '../support/xlsx-fixtures';
import { FORMATTED_INDICATORS, FORMATTED_SHEET, formattedWorkbook } from '../support/formatted-workbook';
import { STANDARD_HEADER } from '../support/grids';
import type { WorkbookSnap } from '../support/workbook-snapshot';

/** A cell's value and number format, as the analyst sees it ("General" where none is set). */
function cellOf(snap: WorkbookSnap, sheet: string, address: string): { value: CellValue; numberFormat: string } {
  const c = snap.find((s) => s.name === sheet)?.cells[address];
  return { value: c?.value ?? null, numberFormat: c?.numberFormat ?? 'General' };
}

/** The row (0-based) of each indicator's Ref in the Highlights sheet's "All indicators" list. */
function allIndicatorRows(snap: WorkbookSnap, sheet: string): Map<string, number> {
  const cells = snap.find((s) => s.name === sheet)!.cells;
  let start = 0;
  for (let r = 0; r < 500; r++) if (cells[cellAddress(r, 0)]?.value === 'All indicators') start = r;
  const rows = new Map<string, number>();
  for (let r = start; r < start + 50; r++) {
    const ref = cells[cellAddress(r, 1)]?.value;
    if (typeof ref === 'string' && ref !== 'Ref') rows.set(ref, r);
  }
  return rows;
}

describe('Figures on the generated sheets and in the findings keep the workbook’s formats, on both front ends', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  it('the Highlights lists show each latest value and target with its source cell’s value and number format (times, percentages, money, [h]:mm, decimals)', async () => {
    fs.writeFileSync(at('council.xlsx'), await formattedWorkbook());
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('council.xlsx'), at);
    const latestCol = (month: string | null) => STANDARD_HEADER.indexOf(month === 'Sep' ? 'Sep' : month!);
    for (const [who, snap, result] of [
      ['command line', cliSnap, cli],
      ['add-in', addInSnap, addIn.result],
    ] as const) {
      const highlights = result.indicators.length > 0 ? 'Q3 Highlights' : '';
      const rows = allIndicatorRows(snap, highlights);
      for (const x of FORMATTED_INDICATORS) {
        const score = result.indicators.find((s) => s.ref === x.ref)!;
        const sourceRow = FORMATTED_INDICATORS.indexOf(x) + 2;
        const r = rows.get(x.ref)!;
        const latest = cellOf(snap, highlights, cellAddress(r, 3));
        const target = cellOf(snap, highlights, cellAddress(r, 5));
        const sourceLatest = cellOf(snap, FORMATTED_SHEET, cellAddress(sourceRow, latestCol(score.latestMonth)));
        assert.deepEqual(latest, sourceLatest, `${who}: ${x.ref}'s latest value as its ${score.latestMonth} cell`);
        const sourceTarget = cellOf(snap, FORMATTED_SHEET, cellAddress(sourceRow, 3));
        if (x.ref === 'CS-06') {
          // Decision: a target typed as text "95%" is written as the percentage it reads as, 0.95 shown 95%.
          assert.deepEqual(sourceTarget, { value: '95%', numberFormat: 'General' }, who);
          assert.deepEqual(target, { value: 0.95, numberFormat: '0%' }, `${who}: CS-06's typed "95%" target`);
        } else assert.deepEqual(target, sourceTarget, `${who}: ${x.ref}'s target as its target cell`);
      }
      // The figures as the analyst reads them, named.
      const fr01 = rows.get('FR-01')!;
      assert.equal(cellOf(snap, highlights, cellAddress(fr01, 3)).numberFormat, 'mm:ss', who);
      assert.equal(cellOf(snap, highlights, cellAddress(rows.get('CS-02')!, 3)).numberFormat, '0.0%', who);
      assert.equal(cellOf(snap, highlights, cellAddress(rows.get('CS-03')!, 3)).numberFormat, '£#,##0', who);
      assert.equal(cellOf(snap, highlights, cellAddress(rows.get('ASC-04')!, 3)).numberFormat, '[h]:mm', who);
      assert.equal(cellOf(snap, highlights, cellAddress(rows.get('HS-05')!, 3)).numberFormat, '0.0', who);
    }
    // Every generated sheet alike, cell by cell, on both front ends: values and number formats.
    for (const sheet of ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings']) {
      const of = (snap: WorkbookSnap) =>
        Object.entries(snap.find((s) => s.name === sheet)!.cells)
          .filter(([, c]) => (c.value !== null && c.value !== '') || (c.numberFormat ?? 'General') !== 'General')
          .map(([a, c]) => [
            a,
            typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value,
            c.numberFormat ?? 'General',
          ])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      assert.deepEqual(of(addInSnap), of(cliSnap), `${sheet}: the same cells and number formats`);
    }
  });

  it('the findings name figures as the workbook shows them: "the latest value (02:10)", the series "07:29 to 07:50"', async () => {
    fs.writeFileSync(at('council.xlsx'), await formattedWorkbook());
    const { cli, addIn } = await scoreOnBothFrontEnds(at('council.xlsx'), at);
    assert.deepEqual(cli.findings, addIn.result.findings, 'the same findings');
    const messages = cli.findings.filter((f) => f.ref === 'FR-08').map((f) => f.message);
    assert.deepEqual(messages, [
      "FR-08: Sept's 02:10 is far out of line with the rest of the series (07:29 to 07:50); check it was entered correctly.",
      'FR-08: no Q3 figure yet; the latest value (02:10) is carried forward from Sept and scored and counted as the Q3 figure. Type this quarter\'s figure, or "not available" in its month to count it as a data gap.',
    ]);
  });

  it('the command line gives each distinct format one style (xf) in styles.xml, shared by its cells', async () => {
    fs.writeFileSync(at('council.xlsx'), await formattedWorkbook(3));
    const { cliSnap } = await scoreOnBothFrontEnds(at('council.xlsx'), at);
    const bytes = fs.readFileSync(at('cli.xlsx'));
    const parts = new Map(readZip(bytes).map((e) => [e.name, entryBytes(e).toString('utf8')]));
    const codes = [...parts.get('xl/styles.xml')!.matchAll(/<numFmt [^>]*formatCode="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(new Set(codes).size, codes.length, `each number format once: ${codes.join(' | ')}`);
    const part = readPackage(bytes, 'cli.xlsx').sheets.find((x) => x.name === 'Q3 Highlights')!.part;
    const xml = parts.get(part)!;
    const rows = allIndicatorRows(cliSnap, 'Q3 Highlights');
    // The latest values of FR-01, FR-08 and their copies: one format (mm:ss, centred, bordered), one xf.
    const styles = new Set(
      [...rows]
        .filter(([ref]) => /^FR-0[18]/.test(ref))
        .map(([, r]) => {
          const cell = new RegExp(`<c r="${cellAddress(r, 3)}"[^>]*\\bs="(\\d+)"`).exec(xml);
          return cell?.[1];
        }),
    );
    assert.equal(styles.size, 1, `one style for six mm:ss latest values: ${[...styles].join(', ')}`);
    assert.ok([...styles][0] !== undefined, 'each has a style');
    assert.equal([...rows.keys()].filter((ref) => /^FR-0[18]/.test(ref)).length, 6, 'FR-01, FR-08 and their copies');
  });

  it('the add-in sets number formats by column block: as many calls for 80 indicators as for 8', async () => {
    const calls = async (copies: number) => {
      fs.writeFileSync(at(`council-${copies}.xlsx`), await formattedWorkbook(copies));
      const model = await modelFromXlsx(at(`council-${copies}.xlsx`));
      await scoreQuarter(model.host, {}, AT);
      const all = model.syncs.flatMap((x) => x.calls);
      return { numberFormats: all.filter((c) => c.name === 'Range.numberFormat').length, syncs: model.syncs.length };
    };
    const few = await calls(1);
    const many = await calls(10);
    assert.deepEqual(many, few, 'number-format calls and syncs do not grow with the indicators');
    assert.ok(few.numberFormats > 0);
  });

  it('scored again with nothing changed, the add-in writes nothing; the command line says "Nothing to change"', async () => {
    fs.writeFileSync(at('council.xlsx'), await formattedWorkbook());
    const { model } = await scoreOnBothFrontEnds(at('council.xlsx'), at);
    await scoreQuarter(model.host, {}, AT);
    const again = await scoreQuarter(model.host, {}, AT);
    assert.equal(again.changed, false, 'the formatted Highlights cells read back as written');
    const ran = await scorecard(['score', at('cli.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /Nothing to change/);
  });
});
