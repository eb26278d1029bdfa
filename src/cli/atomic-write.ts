/**
 * Writing output files so that none is ever left half-written: each goes to a temporary file in its
 * own folder, and only when all are complete are they renamed into place. On any failure the
 * temporary files are removed and the error is told in plain English; a run interrupted by Ctrl+C
 * (SIGINT) or killed (SIGTERM) removes them too (issue 8).
 *
 * Replacing a file keeps its permissions (a 640 workbook stays 640), and a symbolic link named as the
 * output is written through: the file it points at is replaced and the link stays a link.
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
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EROFS') return new InputError(`Cannot write '${target}': permission denied.`);
  if (code === 'EISDIR') return new InputError(`Cannot write '${target}': it is a folder; give a file name.`);
  if (code === 'EBUSY')
    return new InputError(`Cannot write '${target}': another program (Excel?) has it open; close it and try again.`);
  // EPERM is the system refusing the change itself (a file marked unchangeable with chattr +i, a protected
  // folder): not proof the file is open, which only a lock file beside it shows (whyNotReplace). Said as
  // "another program (Excel?) has it open" it sent the analyst looking for an Excel that was not running
  // (session 9, fresh-user check 3). On Windows an open file can give EPERM too, so there it is said as a maybe.
  if (code === 'EPERM')
    return new InputError(
      `Cannot write '${target}': the system does not permit changing it (operation not permitted: the file or its folder may be protected, for example marked unchangeable${process.platform === 'win32' ? ', or it is open in another program' : ''}). Nothing was written; give another name with -o, or ask whoever manages the file to allow changes.`,
    );
  if (code === 'ENOSPC')
    return new InputError(
      `Cannot write '${target}': the disk is full. Nothing was written; free some space and try again.`,
    );
  if (code === 'EDQUOT')
    return new InputError(
      `Cannot write '${target}': your disk quota is used up. Nothing was written; free some space and try again.`,
    );
  if (code === 'EFBIG')
    return new InputError(
      `Cannot write '${target}': the file would be larger than this system allows (a file-size limit). Nothing was written.`,
    );
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return new InputError(`Cannot write '${target}': part of its folder path is a file.`);
  if (code === 'ELOOP')
    return new InputError(`Cannot write '${target}': it is a symbolic link that leads round in a circle.`);
  // Any other refusal by the file system (ENOENT for a folder that cannot hold new files, such as /proc;
  // ENXIO, EINVAL …) is about the place, not a defect of the tool (session 6 fresh-user check).
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return new InputError(
      `Cannot write '${target}': the system would not create a file there (${code}). Nothing was written; choose another folder with -o.`,
    );
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Why a file named as output must not be replaced, or null. Two cases the file system itself lets
 * through (session 6 fresh-user check):
 * - **read-only**: no write permission bit at all (chmod 444; on Windows the Read-only attribute, which
 *   Node shows the same way). Renaming over it would succeed — renaming needs only the folder's
 *   permission, and root ignores the bits — and silently replace a file its owner marked as not to change.
 * - **open in Excel or LibreOffice**: their owner files beside it — Excel's `~$` in place of the name's
 *   first two characters (`~$dget.xlsx` for Budget.xlsx; short names also seen as `~$` + the whole name,
 *   so both are looked for) and LibreOffice's `.~lock.name.xlsx#`. On Linux and macOS nothing stops the rename, and Excel would later save its open copy
 *   over the scored file. A lock file left behind by a crash is named, so the analyst can delete it.
 */
export function whyNotReplace(target: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  if ((stat.mode & 0o222) === 0)
    return `Cannot write '${target}': the file is read-only. Nothing was written; make it writable, or give another name with -o.`;
  const dir = path.dirname(target);
  const name = path.basename(target);
  const owners = [`~$${name.slice(2)}`, `~$${name}`, `.~lock.${name}#`];
  for (const owner of owners)
    if (fs.existsSync(path.join(dir, owner)))
      return `Cannot write '${target}': it looks open in another program (Excel or LibreOffice keeps '${owner}' beside it). Nothing was written; close it and try again, or delete '${owner}' if it is not open.`;
  return null;
}

/**
 * Where a file named as output is really written: the file a symbolic link points at (followed
 * through every link, even to a file not there yet), else the path itself.
 */
export function writeThrough(target: string): string {
  let at = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(at);
    } catch {
      return at;
    }
    if (!stat.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), fs.readlinkSync(at));
  }
  throw Object.assign(new Error('too many links'), { code: 'ELOOP' });
}

/** Temporary files of the writes under way, removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePendingNow(): void {
  for (const tmp of pending) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done while the process is ending.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingNow();
  uninstallHandlers();
  // Ended the way the signal would have ended it: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
  process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

export interface WriteOptions {
  /** Writes one temporary file (tests inject a failing writer: a full disk, a file-size limit). */
  writeFile?: (file: string, bytes: Buffer | string) => Promise<void>;
}

export async function writeFilesAtomically(files: OutputFile[], options: WriteOptions = {}): Promise<void> {
  const writeFile = options.writeFile ?? ((file: string, bytes: Buffer | string) => fs.promises.writeFile(file, bytes));
  const written: string[] = [];
  const targets: string[] = [];
  installHandlers();
  try {
    for (const [i, f] of files.entries()) {
      try {
        const real = writeThrough(f.path);
        targets.push(real);
        if (fs.existsSync(real) && fs.statSync(real).isDirectory())
          throw Object.assign(new Error('folder'), { code: 'EISDIR' });
        const refused = whyNotReplace(real);
        if (refused) throw new InputError(refused);
        const tmp = temporaryName(real, i);
        written.push(tmp);
        pending.add(tmp);
        await writeFile(tmp, f.bytes);
        await keepPermissions(real, tmp);
      } catch (e) {
        throw explain(e, f.path);
      }
    }
    for (const [i, f] of files.entries()) {
      try {
        await fs.promises.rename(written[i], targets[i]);
        pending.delete(written[i]);
      } catch (e) {
        throw explain(e, f.path);
      }
    }
  } finally {
    for (const tmp of written) {
      await fs.promises.rm(tmp, { force: true });
      pending.delete(tmp);
    }
    if (pending.size === 0) uninstallHandlers();
  }
}

/** A file replaced keeps its permission bits (640 stays 640); a new file gets the usual ones. */
async function keepPermissions(target: string, tmp: string): Promise<void> {
  let mode: number;
  try {
    mode = (await fs.promises.stat(target)).mode & 0o7777;
  } catch {
    return;
  }
  await fs.promises.chmod(tmp, mode);
}
