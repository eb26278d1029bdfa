/**
 * The core is pure (docs/architecture.md): no DOM, no Node, no Office.js. `npm test` type-checks
 * src/core with tsconfig.core.json, which has no DOM library and no Node or Office types; this test
 * proves those options really reject a core file that reaches for the page, the disk or Excel
 * (issue 12: "npm test fails when a core file references document, require('fs') or Office").
 */
import { strict as assert } from 'assert';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** The compiler options of tsconfig.core.json, as `tsc -p tsconfig.core.json` would use them. */
function coreOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'tsconfig.core.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  assert.equal(error, undefined);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file).options;
}

/** Type-checks one throwaway core file (in memory, placed in src/core) and returns its error messages. */
function errorsOf(source: string): string[] {
  const options = coreOptions();
  const fileName = path.join(ROOT, 'src', 'core', '__throwaway__.ts');
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) =>
    path.resolve(name) === fileName ? ts.createSourceFile(name, source, version) : read(name, version, onError);
  host.fileExists = (
    (exists) => (name: string) =>
      path.resolve(name) === fileName || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('The core stays pure: tsconfig.core.json rejects', function () {
  this.timeout(60000);

  it('a core file that touches the page (document)', () => {
    assert.ok(errorsOf(`export const title = document.title;`).some((m) => /Cannot find name 'document'/.test(m)));
  });

  it("a core file that reads the disk (require('fs'))", () => {
    assert.ok(errorsOf(`export const fs = require('fs');`).some((m) => /Cannot find name 'require'/.test(m)));
  });

  it("a core file that imports Node's fs", () => {
    assert.ok(
      errorsOf(`import * as fs from 'fs';\nexport const read = fs.readFileSync;`).some((m) =>
        /Cannot find module 'fs'/.test(m),
      ),
    );
  });

  it('a core file that calls Office.js (Office, Excel)', () => {
    const errors = errorsOf(`export const ready = Office.onReady(); export const run = Excel.run;`);
    assert.ok(errors.some((m) => /Cannot find name 'Office'/.test(m)));
    assert.ok(errors.some((m) => /Cannot find name 'Excel'/.test(m)));
  });

  it('but not a core file of plain TypeScript that imports the core', () => {
    assert.deepEqual(errorsOf(`import { periodTarget } from './rules/targets';\nexport const f = periodTarget;`), []);
  });
});
