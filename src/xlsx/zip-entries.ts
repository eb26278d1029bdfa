/**
 * The names of the parts inside a zip file, read from its central directory (no decompression):
 * enough to tell an Excel workbook from another zip, a damaged file from a whole one, and to see
 * which parts (charts, pivot tables, macros) a workbook holds.
 */

import * as zlib from 'zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The part names, or null when the bytes are not a readable zip (truncated, damaged). */
export function zipEntryNames(bytes: Buffer): string[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  // Zip64 (over 4 GB or 65,535 parts) is beyond any workbook this tool reads.
  if (offset === 0xffffffff || count === 0xffff) return null;
  if (offset + size > end) return null;
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndRecord(bytes: Buffer): number {
  const last = bytes.length - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  return -1;
}


const LOCAL_FILE_HEADER = 0x04034b50;

/** One part's content (stored or deflated), or null when the zip does not hold it or it cannot be read. */
export function readZipEntry(bytes: Buffer, name: string): Buffer | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return null;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) return null;
      const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
      const data = bytes.subarray(start, start + compressedSize);
      try {
        if (method === 0) return Buffer.from(data);
        if (method === 8) return zlib.inflateRawSync(data);
      } catch {
        return null;
      }
      return null;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}
