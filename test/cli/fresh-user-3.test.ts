/**
 * Fresh-user check 3 (session 9), the command line's own messages: a file the system will not let be
 * replaced (EPERM: `chattr +i`, a protected folder) is not said to be open in Excel unless a lock file
 * shows it is.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { writeFilesAtomically } from '../../src/cli/atomic-write';
import { tempFolder } from '../support/xlsx-fixtures';
import { readSheet } from '../../src/xlsx/package/read';
import { MAIN_NS } from '../../src/xlsx/package/xml';

describe('Fresh user 3: what the command line says when it cannot write', () => {
  const refusedWith = (code: string) => async (): Promise<void> => {
    throw Object.assign(new Error(code), { code });
  };

  it('EPERM (a file marked unchangeable): "not permitted", not "another program (Excel?) has it open"', async () => {
    const folder = tempFolder();
    try {
      const target = path.join(folder.dir, 'q2.xlsx');
      fs.writeFileSync(target, 'old');
      await assert.rejects(
        writeFilesAtomically([{ path: target, bytes: 'new' }], { writeFile: refusedWith('EPERM') }),
        (e: Error) => {
          assert.doesNotMatch(e.message, /Excel\?|has it open/);
          assert.equal(
            e.message,
            `Cannot write '${target}': the system does not permit changing it (operation not permitted: the file or its folder may be protected, for example marked unchangeable${process.platform === 'win32' ? ', or it is open in another program' : ''}). Nothing was written; give another name with -o, or ask whoever manages the file to allow changes.`,
          );
          return true;
        },
      );
      assert.equal(fs.readFileSync(target, 'utf8'), 'old');
    } finally {
      folder.remove();
    }
  });

  it("with Excel's lock file beside it, it is said to be open", async () => {
    const folder = tempFolder();
    try {
      const target = path.join(folder.dir, 'q2.xlsx');
      fs.writeFileSync(target, 'old');
      fs.writeFileSync(path.join(folder.dir, '~$q2.xlsx'), '');
      await assert.rejects(writeFilesAtomically([{ path: target, bytes: 'new' }]), /looks open in another program/);
    } finally {
      folder.remove();
    }
  });

  it('the package reader knows a hidden column: `<col min="5" max="5" hidden="1">` is column E, hidden', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}">` +
      '<cols><col min="2" max="2" width="52" customWidth="1"/><col min="5" max="5" width="9" hidden="1"/></cols>' +
      '<sheetData><row r="1"><c r="E1" t="inlineStr"><is><t>2023/24 Outturn</t></is></c></row></sheetData></worksheet>';
    assert.deepEqual(readSheet(xml, [], false).hiddenColumns, [4]);
    assert.equal(readSheet(xml.replace(' hidden="1"', ''), [], false).hiddenColumns, undefined);
  });

  it("the package reader knows the analyst's conditional formats: each `sqref`'s areas, a list of several too", () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}">` +
      '<sheetData><row r="1"><c r="M1" t="inlineStr"><is><t>% Variance from Target</t></is></c></row></sheetData>' +
      '<conditionalFormatting sqref="M2:M40 P2"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
      '</worksheet>';
    assert.deepEqual(readSheet(xml, [], false).conditionalFormats, [
      { top: 1, left: 12, bottom: 39, right: 12 },
      { top: 1, left: 15, bottom: 1, right: 15 },
    ]);
    assert.equal(
      readSheet(xml.replace(/<conditionalFormatting.*<\/conditionalFormatting>/, ''), [], false).conditionalFormats,
      undefined,
    );
  });
});
