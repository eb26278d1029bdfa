/**
 * Writing output files so that none is ever left half-written: each goes to a temporary file in its
 * own folder, and only when all are complete are they renamed into place. On any failure the
 * temporary files are removed and the error is told in plain English.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../core';

export interface OutputFile {
  path: string;
  bytes: Buffer | string;
}

function temporaryName(target: string, n: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${n}.tmp`);
}

function explain(e: unknown, target: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EROFS') return new InputError(`Cannot write '${target}': permission denied.`);
  if (code === 'EISDIR') return new InputError(`Cannot write '${target}': it is a folder; give a file name.`);
  if (code === 'EBUSY' || code === 'EPERM') return new InputError(`Cannot write '${target}': another program (Excel?) has it open; close it and try again.`);
  if (code === 'ENOSPC') return new InputError(`Cannot write '${target}': the disk is full.`);
  if (code === 'ENOTDIR' || code === 'EEXIST') return new InputError(`Cannot write '${target}': part of its folder path is a file.`);
  return e instanceof Error ? e : new Error(String(e));
}

export async function writeFilesAtomically(files: OutputFile[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      try {
        if (fs.existsSync(f.path) && fs.statSync(f.path).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
        await fs.promises.mkdir(path.dirname(path.resolve(f.path)), { recursive: true });
        const tmp = temporaryName(f.path, i);
        written.push(tmp);
        await fs.promises.writeFile(tmp, f.bytes);
      } catch (e) {
        throw explain(e, f.path);
      }
    }
    for (const [i, f] of files.entries()) {
      try {
        await fs.promises.rename(written[i], f.path);
      } catch (e) {
        throw explain(e, f.path);
      }
    }
  } finally {
    for (const tmp of written) await fs.promises.rm(tmp, { force: true });
  }
}
