/**
 * Large requests and large reads (issue 9, item 4). Excel on the web caps a request and a response at
 * 5 MB, counted in bytes as sent (UTF-8: the arrows ↑ ↓ ↔ ■ are three bytes each); it has answered an
 * oversized request with a bare GeneralException over an HTTP 500 rather than the documented codes
 * (office-js issues 1314, 1012); a read over 5,000,000 cells fails or comes back with `values` null
 * ("Resource limits and performance optimization for Office Add-ins", Microsoft Learn); and a stray value
 * far from the tables makes the used range huge. The model enforces each; the adapter copes with each.
 */
import { strict as assert } from 'assert';
import { abilitiesOf } from '../../src/office/host';
import { callBytes, jsonBytes, rowChunks, utf8Bytes } from '../../src/office/payload';
import { isTooLarge, plainMessage } from '../../src/office/problems';
import { readExcelGrids } from '../../src/office/read-workbook';
import { scoreQuarter } from '../../src/office/scoring';
import { WriteBatch } from '../../src/office/write-batch';
import { writeValues } from '../../src/office/write-cells';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { ExcelModel, ExcelModelError, FIVE_MB, type ModelOptions } from '../support/excel-model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';
const LAST_ROW = 1048575;
const LAST_COL = 16383;

/** The report's workbook with one stray value typed at XFD1048576 of the P1 sheet. */
function withStrayValue(options: ModelOptions = {}) {
  const model = modelFromGrids(reportGrids(), options);
  model.doc.sheet(P1)!.edit(LAST_ROW, LAST_COL).value = ' ';
  return model;
}

async function read(model: ReturnType<typeof modelFromGrids>) {
  return model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host)));
}

describe('Large requests and large reads (in-memory model)', function () {
  this.timeout(120000);

  it('counts a payload in UTF-8 bytes: ↑ ↓ ↔ ■ are three bytes each, £ two, ASCII one', () => {
    assert.equal(utf8Bytes('↑↓↔■'), 12);
    assert.equal(utf8Bytes('£5'), 3);
    assert.equal(utf8Bytes('Q3'), 2);
    assert.equal(utf8Bytes('😀'), 4);
    assert.equal(jsonBytes([['↑', '↓']]), 15);
    assert.ok(callBytes('↔') > callBytes('x') + 1);
    const rows = Array.from({ length: 100 }, () => ['↑', '↓', '↔', '■']);
    for (const chunk of rowChunks(rows, 300))
      assert.ok(jsonBytes(chunk.rows) <= 300 + chunk.rows.length, `${jsonBytes(chunk.rows)} bytes`);
  });

  it('the model counts requests in UTF-8 bytes too', async () => {
    const model = modelFromGrids([{ name: 'Arrows', values: [['x']] }]);
    const arrows = Array.from({ length: 1000 }, () => ['↑']);
    await model.host.run(async (context) => {
      context.workbook.worksheets.getItem('Arrows').getRange('A1:A1000').values = arrows;
    });
    const sent = model.syncs[0].calls.find((c) => c.name === 'Range.values')!.bytes;
    assert.ok(sent >= Buffer.byteLength(JSON.stringify(arrows), 'utf8'), `${sent} bytes`);
  });

  it('1,200,000 DOT and Trend arrows go in requests under 5 MB (counted in UTF-16 they would not)', async () => {
    const values = Array.from({ length: 300000 }, () => ['↑', '↓', '↔', '■']);
    const model = modelFromGrids([{ name: 'Arrows', values: [['x']] }]);
    await model.host.run(async (context) => {
      const batch = new WriteBatch(context, true);
      await writeValues(batch, context.workbook.worksheets.getItem('Arrows'), { top: 0, left: 0, values });
      await batch.flush();
    });
    assert.deepEqual(
      model.syncs.filter((s) => s.error),
      [],
    );
    assert.ok(model.syncs.length >= 2, 'several requests');
    assert.ok(model.largestRequest < FIVE_MB, `${model.largestRequest} bytes`);
    assert.equal(model.doc.sheet('Arrows')!.cell(299999, 3)!.value, '■');
    // The same cut made by UTF-16 length would have sent more than 5 MB in one request.
    const utf16Chunk = Math.floor((4 * 1024 * 1024 * 0.9) / (JSON.stringify(values[0]).length + 1));
    assert.ok(Buffer.byteLength(JSON.stringify(values.slice(0, utf16Chunk)), 'utf8') > FIVE_MB);
  });

  it('the model enforces the 5,000,000-cell read limit, in each of its shapes', async () => {
    for (const overCellLimit of ['RangeExceedsLimit', 'GeneralException', 'null'] as const) {
      const model = withStrayValue({ overCellLimit });
      const attempt = model.host.run(async (context) => {
        const used = context.workbook.worksheets.getItem(P1).getUsedRange(true).load('values');
        await context.sync();
        return used.values;
      });
      if (overCellLimit === 'null') assert.equal(await attempt, null);
      else await assert.rejects(attempt, (e: ExcelModelError) => e.code === overCellLimit);
    }
  });

  it('the model can answer an oversized response with a bare GeneralException (HTTP 500), which the adapter takes for "too large" only on a large request', async () => {
    const model = modelFromGrids(reportGrids(), { responseLimit: 2000, oversize: 'GeneralException' });
    await assert.rejects(
      model.host.run(async (context) => {
        context.workbook.worksheets.getItem(P1).getUsedRange(true).load('values');
        await context.sync();
      }),
      (e: ExcelModelError & { httpStatusCode?: number }) => e.code === 'GeneralException' && e.httpStatusCode === 500,
    );
    const internal = Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
    assert.equal(isTooLarge(internal, true), true);
    assert.equal(isTooLarge(internal, false), false);
    assert.equal(isTooLarge({ code: 'RangeExceedsLimit' }, false), true);
  });

  for (const overCellLimit of ['RangeExceedsLimit', 'GeneralException', 'null'] as const) {
    it(`a stray value at XFD1048576 (used range of 17 billion cells, read answered with ${overCellLimit}): the sheet is read where it has content and scores as without it`, async () => {
      const plain = modelFromGrids(reportGrids());
      const stray = withStrayValue({ overCellLimit });
      const book = await read(stray);
      const grid = book.grids.find((g) => g.name === P1)!;
      const expected = (await read(plain)).grids.find((g) => g.name === P1)!;
      expected.values.forEach((row, r) =>
        row.forEach((v, c) => assert.equal(grid.values[r]?.[c] ?? null, v, `row ${r + 1}, column ${c + 1}`)),
      );
      const a = await scoreQuarter(plain.host, {}, AT);
      const b = await scoreQuarter(stray.host, {}, AT);
      assert.deepEqual(b.result.indicators, a.result.indicators);
      assert.deepEqual(b.result.executiveSummary, a.result.executiveSummary);
    });
  }

  it('on a host without getSpecialCells (ExcelApi 1.8) it says where the stray value is and changes nothing', async () => {
    const model = withStrayValue({ apiVersion: '1.8' });
    await assert.rejects(scoreQuarter(model.host, {}, AT), (e: unknown) =>
      /'P1 Children & Young People' has something in a cell far from its tables \(its used range runs to XFD1048576\).*Ctrl\+End.*Nothing was changed\./.test(
        plainMessage(e),
      ),
    );
    assert.equal(model.doc.sheet('Q3 Summary'), undefined);
  });

  it('a response over 5 MB answered as an internal error is read in bands and gets the same grids', async () => {
    const doc = modelFromGrids(reportGrids()).doc;
    const small = modelFromGrids(reportGrids());
    const model = new ExcelModel(doc, { responseLimit: 8000, oversize: 'GeneralException' });
    const banded = await read(model);
    const whole = await read(small);
    assert.deepEqual(
      banded.grids.map((g) => g.values),
      whole.grids.map((g) => g.values),
    );
    const bandReads = model.syncs.filter((s) => s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes'));
    assert.ok(
      bandReads.some((s) => s.error === 'GeneralException'),
      'a band was refused with GeneralException, then cut finer',
    );
    assert.ok(bandReads.filter((s) => !s.error).length > 1, 'read in several bands');
  });

  it('a GeneralException on a small workbook is not mistaken for "too large": it is reported as the unexpected problem it is', async () => {
    const model = modelFromGrids([{ name: 'Notes', values: [['x']] }], {
      responseLimit: 50,
      oversize: 'GeneralException',
    });
    await assert.rejects(read(model), (e: unknown) => /unexpected problem/.test(plainMessage(e)));
  });

  it('a write request Excel still calls too large (here a bare GeneralException) is told plainly, not as an unexpected problem', async () => {
    const values = Array.from({ length: 100000 }, () => ['↑', '↓', '↔', '■']);
    const model = modelFromGrids([{ name: 'Arrows', values: [['x']] }], {
      requestLimit: 1500000,
      oversize: 'GeneralException',
    });
    await assert.rejects(
      model.host.run(async (context) => {
        const batch = new WriteBatch(context, true);
        await writeValues(batch, context.workbook.worksheets.getItem('Arrows'), { top: 0, left: 0, values });
        await batch.flush();
      }),
      (e: unknown) =>
        /^Excel refused part of the scoring as too large to send, so it stopped part-way\./.test(plainMessage(e)),
    );
  });
});
