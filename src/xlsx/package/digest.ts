/**
 * A rescore that changes nothing costs nothing (issue 10 item 3). When the package path writes a
 * scoring, the state sheet keeps, under the key `packageDigest` (rows after every other, which the
 * core's decodeState passes over):
 *   - every part of the package by its CRC-32 and size as the zip's central directory gives them
 *     (the analyst's sheets, the summary sheets, workbook.xml, shared strings, styles …; not the state
 *     sheet itself, nor docProps/, which only say who saved the file and when);
 *   - a SHA-1 of the state sheet's own XML without these rows (its settings, journal, product sheets);
 *   - the options the scoring was given, and the engine's rules version (`RULES_VERSION`,
 *     src/core/rules-version.ts);
 * and, after it in the same rows (past a "."), what the command prints: the result, the sheet names,
 * the counts of cells and sheets, deflated at level 1 (5.6 MB of JSON at 10,000 indicators: the
 * quickest level to write; inflated and read only when nothing changed).
 * Scoring again with no options (or the same ones) then compares the zip's directory and the state
 * sheet with the digest: when nothing differs, the workbook already holds this scoring, and the
 * command says so without parsing any sheet, and prints the summary kept (only then is it inflated and
 * read). Any difference — a figure typed, a sheet renamed, a format changed, the add-in's own scoring,
 * a newer version of this digest, a scoring under other rules (an older version of the product, which
 * may have scored what is now refused) — takes the full path.
 *
 * Version 1 of the digest (before the summary came after it) kept the summary inside the digest's JSON,
 * read whatever was to be decided: it is still read, so a workbook scored by the version before keeps
 * its no-change rescore.
 */
import { createHash } from 'crypto';
import * as zlib from 'zlib';
import { RULES_VERSION, STATE_SHEET, type RunOverrides, type ScoreResult, type SheetNames } from '../../core';
import type { Package } from './read';
import { readSheet } from './read';
import { entryText, type ZipEntry } from './zip';
import { MAIN_NS } from './xml';

/** What the command prints about a scoring, kept so a no-change rescore can print it again. */
export interface ScoringSummary {
  result: ScoreResult;
  /** The summary, Highlights and Findings sheets' names. */
  names: SheetNames;
  /** Owned cells scored, and the sheets of indicator tables they are on. */
  cells: number;
  tableSheets: string[];
  namesTaken: string[];
  /** Why no cell of the analyst's tables was coloured (PreparedRun.uncoloured); absent otherwise. */
  uncoloured?: string;
}

/** The key of the digest's rows; the digest's own version (another is not read: the full path is taken); characters a row. */
const PACKAGE_DIGEST = 'packageDigest';
/** Between the digest and the summary in the rows' text (never in base64). */
const THEN = '.';
const VERSION = 2;
const CHUNK = 30000;

interface Digest {
  /** 2; 1: a digest written before version 2, with the summary's fields in it (`V1Digest`). */
  v: number;
  /** The rules version the scoring was made under (absent in digests written before it was kept). */
  rules?: number;
  overrides: string;
  parts: Record<string, string>;
  state: string;
  /** The SHA-1 of the summary's text (version 2). */
  summary?: string;
}

type V1Digest = Digest & ScoringSummary;

/** Parts the digest covers: all but the state sheet and the document properties. */
function covered(entries: ZipEntry[], statePart: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const e of entries)
    if (e.name !== statePart && !e.name.startsWith('docProps/')) parts[e.name] = `${e.crc >>> 0}:${e.size}`;
  return parts;
}

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function sameOverrides(now: RunOverrides, before: string): boolean {
  return Object.keys(now).length === 0 || JSON.stringify(now) === before;
}

/**
 * The digest rows for a state sheet whose XML without them is `stateXml`, in a package whose other
 * entries are `entries`: the digest, then "." and the summary, each deflated JSON in base64, 30,000
 * characters a row.
 * @param rules the rules version the scoring was made under: this version's (tests give an older one)
 */
export function digestRows(
  entries: ZipEntry[],
  statePart: string,
  stateXml: string,
  overrides: RunOverrides,
  summary: ScoringSummary,
  rules: number = RULES_VERSION,
): string[][] {
  const kept = deflated(summary, 1);
  const digest: Digest = {
    v: VERSION,
    rules,
    overrides: JSON.stringify(overrides),
    parts: covered(entries, statePart),
    state: sha1(stateXml),
    summary: sha1(kept),
  };
  return rowsOf(`${deflated(digest)}${THEN}${kept}`);
}

/** A value as deflated JSON in base64 (at zlib's default level unless given). */
function deflated(value: unknown, level: number = zlib.constants.Z_DEFAULT_COMPRESSION): string {
  return zlib.deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level }).toString('base64');
}

function inflated(text: string): unknown {
  return JSON.parse(zlib.inflateRawSync(Buffer.from(text, 'base64')).toString('utf8'));
}

/** Text in rows of the digest's key, 30,000 characters a row (a cell holds 32,767). */
function rowsOf(text: string): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([PACKAGE_DIGEST, text.slice(i, i + CHUNK)]);
  return rows;
}

interface KeptDigest {
  digest: Digest;
  /** The digest rows' text: the digest, then (version 2) "." and the summary. */
  text: string;
  then: number;
}

/**
 * The digest the package's state sheet keeps, when the package is as the command wrote it at that
 * scoring (the state sheet's XML and every covered part's CRC-32 and size unchanged); else null.
 * Reads the zip's directory and the state sheet's part; parses no other sheet.
 */
function keptDigest(pkg: Pick<Package, 'entries' | 'byName' | 'sheets'>): KeptDigest | null {
  const state = pkg.sheets.find((s) => s.name === STATE_SHEET && s.state === 'veryHidden');
  const entry = state && pkg.byName.get(state.part);
  if (!state || !entry) return null;
  const xml = entryText(entry);
  // The digest rows are the last rows of the sheet, written by this path as inline text.
  const first = xml.indexOf(`<t xml:space="preserve">${PACKAGE_DIGEST}</t>`);
  if (first < 0) return null;
  const rowStart = xml.lastIndexOf('<row ', first);
  const dataEnd = xml.indexOf('</sheetData>', first);
  if (rowStart < 0 || dataEnd < 0) return null;
  const rows = readSheet(`<sheetData xmlns="${MAIN_NS}">${xml.slice(rowStart, dataEnd)}</sheetData>`, [], false);
  const byRow = new Map<number, (string | null)[]>();
  for (const c of rows.cells) {
    const r = byRow.get(c.row) ?? [null, null];
    if (c.col < 2) r[c.col] = typeof c.value === 'string' ? c.value : null;
    byRow.set(c.row, r);
  }
  const cells = [...byRow].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  if (cells.some(([k]) => k !== PACKAGE_DIGEST)) return null;
  // The digest, then (version 2) the summary.
  const text = cells.map(([, v]) => v ?? '').join('');
  const then = text.indexOf(THEN);
  let digest: Digest;
  try {
    digest = inflated(then < 0 ? text : text.slice(0, then)) as Digest;
  } catch {
    return null;
  }
  if (digest.v === VERSION ? then < 0 : digest.v !== 1 || then >= 0) return null;
  if (sha1(xml.slice(0, rowStart) + xml.slice(dataEnd)) !== digest.state) return null;
  const parts = covered(pkg.entries, state.part);
  const names = Object.keys(parts);
  if (names.length !== Object.keys(digest.parts).length || names.some((n) => parts[n] !== digest.parts[n])) return null;
  return { digest, text, then };
}

/**
 * True when the package is a scoring this command wrote and nothing in it has changed since (under
 * any rules version or options): replacing it loses nothing the analyst did. False for a workbook
 * edited after scoring, scored by the add-in, or never scored. Reads as `unchangedScoring` does.
 */
export function untouchedSinceScoring(pkg: Pick<Package, 'entries' | 'byName' | 'sheets'>): boolean {
  return keptDigest(pkg) !== null;
}

/**
 * The summary of the scoring the workbook already holds, when scoring it again with `overrides`
 * would change nothing; else null. Reads the zip's directory, workbook.xml and its relationships
 * (already read by readPackage's caller) and the state sheet's part; parses no other sheet.
 */
export function unchangedScoring(
  pkg: Pick<Package, 'entries' | 'byName' | 'sheets'>,
  overrides: RunOverrides,
): ScoringSummary | null {
  const kept = keptDigest(pkg);
  if (!kept) return null;
  const { digest, text, then } = kept;
  if (digest.rules !== RULES_VERSION || !sameOverrides(overrides, digest.overrides)) return null;
  // Nothing changed: the summary kept is read (in version 1, the digest's own fields).
  let summaryKept: ScoringSummary;
  if (digest.v === 1) summaryKept = digest as V1Digest;
  else {
    const summaryText = text.slice(then + THEN.length);
    if (sha1(summaryText) !== digest.summary) return null;
    try {
      summaryKept = inflated(summaryText) as ScoringSummary;
    } catch {
      return null;
    }
  }
  const { result, names: sheetNames, cells: count, tableSheets, namesTaken, uncoloured } = summaryKept;
  const summary: ScoringSummary = { result, names: sheetNames, cells: count, tableSheets, namesTaken };
  if (uncoloured) summary.uncoloured = uncoloured;
  return summary;
}
