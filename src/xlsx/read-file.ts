/** Reading the analyst's file; every way it can fail is told as an InputError. */
import * as fs from 'fs';
import { InputError } from '../core';

export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.promises.stat(path);
    if (stat.isDirectory()) throw new InputError(`'${path}' is a folder, not an Excel workbook.`);
    return await fs.promises.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Cannot find '${path}': check the file name and folder.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Cannot read '${path}': permission denied.`);
    if (code === 'EBUSY')
      throw new InputError(`Cannot read '${path}': another program (Excel?) has it locked; close it and try again.`);
    throw e;
  }
}
