/**
 * The command's files (issue 8 item 7): permissions kept when scoring in place, a symbolic link
 * written through, a full disk or a file-size limit told plainly with nothing left behind, temporary
 * files removed when the run is interrupted, and every sheet's print setup unchanged.
 */
import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scorecard, REPO } from '../support/xlsx-cli';
import { copyExample, filesIn, folderForEachTest } from '../support/xlsx-fixtures';
import { writeFilesAtomically } from '../../src/cli/atomic-write';
import { listedSheets } from '../../src/xlsx/package-parts';
import { readZipEntry } from '../../src/xlsx/package/zip';

const POSIX = process.platform !== 'win32';

describe("The command's output files", () => {
  const folder = folderForEachTest();
  const { at } = folder;

  (POSIX ? it : it.skip)("scoring in place keeps the file's permissions: 640 stays 640", async () => {
    const file = copyExample(folder.dir, 'q3.xlsx');
    fs.chmodSync(file, 0o640);
    const ran = await scorecard(['score', file, '-o', file]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(filesIn(folder.dir), ['q3.xlsx']);
  });

  (POSIX ? it : it.skip)(
    'a read-only workbook named as the output is not replaced, even by root: one sentence, exit 1, the file as it was',
    async () => {
      const input = copyExample(folder.dir, 'in.xlsx');
      fs.writeFileSync(at('signed-off.xlsx'), 'the signed-off copy');
      fs.chmodSync(at('signed-off.xlsx'), 0o444);
      const ran = await scorecard(['score', input, '-o', at('signed-off.xlsx')]);
      assert.equal(ran.code, 1, ran.stderr);
      assert.match(
        ran.stderr.trim(),
        /^scorecard: Cannot write '.*signed-off\.xlsx': the file is read-only\. Nothing was written; make it writable, or give another name with -o\.$/,
      );
      assert.equal(fs.readFileSync(at('signed-off.xlsx'), 'utf8'), 'the signed-off copy');
      assert.deepEqual(filesIn(folder.dir), ['in.xlsx', 'signed-off.xlsx']);
    },
  );

  for (const owner of ['~$en.xlsx', '~$open.xlsx', '.~lock.open.xlsx#'])
    it(`a workbook open in Excel or LibreOffice ('${owner}' beside it) is not replaced: the sentence names the lock file`, async () => {
      const input = copyExample(folder.dir, 'in.xlsx');
      fs.writeFileSync(at('open.xlsx'), 'open in Excel');
      fs.writeFileSync(at(owner), '');
      const ran = await scorecard(['score', input, '-o', at('open.xlsx')]);
      assert.equal(ran.code, 1, ran.stderr);
      assert.ok(
        ran.stderr.includes(`it looks open in another program (Excel or LibreOffice keeps '${owner}' beside it)`),
        ran.stderr,
      );
      assert.equal(fs.readFileSync(at('open.xlsx'), 'utf8'), 'open in Excel');
    });

  it('a folder that cannot hold new files (ENOENT on the temporary file, as under /proc) is told in one sentence, not as a defect of the tool', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    const original = fs.promises.writeFile;
    (fs.promises as { writeFile: unknown }).writeFile = async () => {
      throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    };
    let ran;
    try {
      ran = await scorecard(['score', input, '-o', at('out.xlsx')]);
    } finally {
      (fs.promises as { writeFile: unknown }).writeFile = original;
    }
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(
      ran.stderr.trim(),
      /^scorecard: Cannot write '.*out\.xlsx': the system would not create a file there \(ENOENT\)\. Nothing was written; choose another folder with -o\.$/,
    );
  });

  it('-o into a folder that does not exist (a typo) is refused in one sentence, exit 1, and no folder is made', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    const ran = await scorecard(['score', input, '-o', at('typo/out.xlsx')]);
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(
      ran.stderr.trim(),
      /^scorecard: The folder '.*typo' does not exist, so nothing was written: create it first, or give -o a file in a folder that exists\.$/,
    );
    assert.deepEqual(filesIn(folder.dir), ['in.xlsx'], 'no typo folder, no file');
  });

  it('--json into a folder that does not exist is refused the same way, before the workbook is written', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    const ran = await scorecard(['score', input, '-o', at('out.xlsx'), '--json', at('results/q3.json')]);
    assert.equal(ran.code, 1, ran.stderr);
    assert.match(
      ran.stderr.trim(),
      /^scorecard: The folder '.*results' does not exist, .* give --json a file in a folder that exists\.$/,
    );
    assert.deepEqual(filesIn(folder.dir), ['in.xlsx']);
  });

  it('undo and reset-state refuse a missing output folder too', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    for (const command of ['undo', 'reset-state']) {
      const ran = await scorecard([command, input, '-o', at('nowhere/out.xlsx')]);
      assert.equal(ran.code, 1, ran.stderr);
      assert.match(ran.stderr.trim(), /^scorecard: The folder '.*nowhere' does not exist/);
    }
    assert.deepEqual(filesIn(folder.dir), ['in.xlsx']);
  });

  (POSIX ? it : it.skip)('-o onto a symbolic link writes the file it points at; the link stays a link', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    fs.mkdirSync(at('shared'));
    fs.writeFileSync(at('shared/q3-scored.xlsx'), 'old');
    fs.symlinkSync(path.join('shared', 'q3-scored.xlsx'), at('latest.xlsx'));
    const ran = await scorecard(['score', input, '-o', at('latest.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.ok(fs.lstatSync(at('latest.xlsx')).isSymbolicLink(), 'still a link');
    assert.equal(
      fs.readFileSync(at('shared/q3-scored.xlsx')).subarray(0, 2).toString('latin1'),
      'PK',
      'the linked file is the scored workbook',
    );
    assert.deepEqual(filesIn(at('shared')), ['q3-scored.xlsx'], 'no temporary file left beside the real file');
  });

  (POSIX ? it : it.skip)('-o onto a link to a file not there yet creates that file', async () => {
    const input = copyExample(folder.dir, 'in.xlsx');
    fs.symlinkSync('target.xlsx', at('link.xlsx'));
    const ran = await scorecard(['score', input, '-o', at('link.xlsx')]);
    assert.equal(ran.code, 0, ran.stderr);
    assert.ok(fs.lstatSync(at('link.xlsx')).isSymbolicLink());
    assert.ok(fs.statSync(at('target.xlsx')).size > 1000);
  });

  for (const [code, said] of [
    [
      'ENOSPC',
      /^scorecard: Cannot write '.*out\.xlsx': the disk is full\. Nothing was written; free some space and try again\.$/,
    ],
    [
      'EFBIG',
      /^scorecard: Cannot write '.*out\.xlsx': the file would be larger than this system allows \(a file-size limit\)\. Nothing was written\.$/,
    ],
  ] as const) {
    it(`a write that fails with ${code} half-way is told plainly (exit 1, not "something went wrong"), with nothing left behind`, async () => {
      const input = copyExample(folder.dir, 'in.xlsx');
      const before = filesIn(folder.dir);
      const original = fs.promises.writeFile;
      // The disk fills up half-way through the workbook: part of it is on disk when the error comes.
      (fs.promises as { writeFile: unknown }).writeFile = async (file: fs.PathLike, bytes: Buffer | string) => {
        await original(
          file,
          typeof bytes === 'string' ? bytes.slice(0, bytes.length >> 1) : bytes.subarray(0, bytes.length >> 1),
        );
        throw Object.assign(new Error(`${code}: write failed`), { code });
      };
      let ran;
      try {
        ran = await scorecard(['score', input, '-o', at('out.xlsx'), '--json', at('r.json')]);
      } finally {
        (fs.promises as { writeFile: unknown }).writeFile = original;
      }
      assert.equal(ran.code, 1, ran.stderr);
      assert.equal(ran.stdout, '');
      assert.match(ran.stderr.trim(), said);
      assert.deepEqual(filesIn(folder.dir), before, 'no output and no temporary file');
    });
  }

  it('writeFilesAtomically: the second file failing leaves neither, nor any temporary file', async () => {
    const files = [
      { path: at('a.xlsx'), bytes: 'PK…' },
      { path: at('b.json'), bytes: '{}' },
    ];
    let n = 0;
    await assert.rejects(
      writeFilesAtomically(files, {
        writeFile: async (file, bytes) => {
          fs.writeFileSync(file, bytes);
          if (++n === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
      /b\.json': the disk is full/,
    );
    assert.deepEqual(filesIn(folder.dir), []);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    (POSIX ? it : it.skip)(`a run stopped by ${signal} while writing removes its temporary files`, async () => {
      const script = folder.at('stuck.ts');
      const target = folder.at('out.xlsx');
      // A write that puts its temporary file on disk and then never finishes (a slow network drive).
      fs.writeFileSync(
        script,
        `
        import * as fs from 'fs';
        import { writeFilesAtomically } from ${JSON.stringify(path.join(REPO, 'src', 'cli', 'atomic-write'))};
        void writeFilesAtomically([{ path: ${JSON.stringify(target)}, bytes: 'x' }], {
          writeFile: (file, bytes) => { fs.writeFileSync(file, bytes); process.stdout.write('writing\\n'); return new Promise(() => undefined); },
        });
      `,
      );
      const child = spawn(process.execPath, ['-r', 'tsx/cjs', script], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('writing')) resolve();
        });
        child.on('exit', () => reject(new Error(`ended before writing: ${err}`)));
      });
      assert.equal(
        filesIn(folder.dir).filter((f) => f.endsWith('.tmp')).length,
        1,
        'the temporary file is there while writing',
      );
      const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill(signal);
      const code = await ended;
      assert.equal(code, signal === 'SIGINT' ? 130 : 143);
      assert.deepEqual(filesIn(folder.dir), ['stuck.ts'], 'no temporary file, no output');
    });
  }
});

describe('Print setup after scoring (issue 8)', () => {
  const folder = folderForEachTest({ example: true });
  /** Each sheet's print elements, by sheet name. */
  function printSetup(bytes: Buffer): Map<string, string> {
    const out = new Map<string, string>();
    const sheets = listedSheets(
      readZipEntry(bytes, 'xl/workbook.xml')!.toString('utf8'),
      readZipEntry(bytes, 'xl/_rels/workbook.xml.rels')!.toString('utf8'),
    );
    for (const s of sheets) {
      const xml = readZipEntry(bytes, s.part!)!.toString('utf8');
      const parts = [
        'pageSetUpPr',
        'printOptions',
        'pageMargins',
        'pageSetup',
        'headerFooter',
        'rowBreaks',
        'colBreaks',
      ].map((t) => {
        const m = new RegExp(`<${t}\\b[^>]*/>|<${t}\\b[^>]*>[\\s\\S]*?</${t}>`).exec(xml);
        return m ? m[0] : `(no ${t})`;
      });
      out.set(s.name, parts.join('\n'));
    }
    return out;
  }

  it("every sheet of the analyst's keeps its print setup exactly: no DPI, scale, copies or page-numbering attributes added", async () => {
    const input = folder.example;
    const output = folder.at('scored.xlsx');
    const ran = await scorecard(['score', input, '-o', output]);
    assert.equal(ran.code, 0, ran.stderr);
    const before = printSetup(fs.readFileSync(input));
    const after = printSetup(fs.readFileSync(output));
    for (const [name, setup] of before) assert.equal(after.get(name), setup, name);
    assert.doesNotMatch([...after.values()].join('\n'), /useFirstPageNumber/);
  });
});
