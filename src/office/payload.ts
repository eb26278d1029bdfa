/**
 * Keeping every request well under Excel on the web's 5 MB cap: a budget per request, the size a call
 * adds to it (in UTF-8 bytes, as sent), address lists cut to a length Excel accepts, and the cell limit
 * of one read.
 */
import type { Area } from '../core';
import { areaAddress } from '../core';

/** What one request may carry: 4 MB, a margin under Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * The longest address list passed to worksheet.getRanges. Excel refuses lists of about 8,200
 * characters and more (office-js issue 5198); 6,000 leaves a margin.
 */
export const ADDRESS_LIMIT = 6000;

/** Framing of one call in a request (ids, names, object path), beyond its arguments. */
export const CALL_OVERHEAD = 120;

/**
 * Excel on the web reads at most 5,000,000 cells in one request: a larger read fails, or its `values`
 * come back null ("Resource limits and performance optimization for Office Add-ins", Microsoft Learn).
 */
export const CELL_READ_LIMIT = 5000000;

/**
 * The UTF-8 length of a string: what it weighs on the wire. JavaScript's `length` counts UTF-16 units,
 * so the arrows ↑ ↓ ↔ and ■ (one unit, three bytes each) and £ (two bytes) would be undercounted by
 * two thirds. Plain code (no TextEncoder, no Buffer): it runs in Internet Explorer 11 too.
 */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair is one character of four bytes.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A value's size as JSON, in UTF-8 bytes. */
export function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : utf8Bytes(JSON.stringify(v));
}

/** The bytes a call sends: its arguments as JSON (UTF-8) plus framing. */
export function callBytes(args: unknown): number {
  return jsonBytes(args) + CALL_OVERHEAD;
}

/** Areas as comma-separated A1 lists, each at most `limit` characters. */
export function addressChunks(areas: Area[], limit = ADDRESS_LIMIT): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of areas) {
    const address = areaAddress(a);
    if (current && current.length + 1 + address.length > limit) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Rows of a 2D block cut into pieces whose JSON stays under `budget` bytes (UTF-8) each. */
export function rowChunks<T>(rows: T[][], budget: number): { offset: number; rows: T[][] }[] {
  const chunks: { offset: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (i > start && size + bytes > budget) {
      chunks.push({ offset: start, rows: rows.slice(start, i) });
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rows.length > start) chunks.push({ offset: start, rows: rows.slice(start) });
  return chunks;
}
