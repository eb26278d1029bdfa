/**
 * JSON values with their lists of records written as columns (issue 10: the no-change digest keeps the
 * scoring's result, whose 10,000 indicators are 4.9 MB of JSON as records, most of it field names and
 * the same few words over again). A list of records becomes one table: its field names once, each
 * record's set of fields as a shape (by index), and one column per field; a column of text where most
 * values repeat (a sheet, a priority's name, "red") becomes a list of the distinct texts and an index
 * for each record. The result's 5.6 MB of JSON is about 1.4 MB so, and as much quicker to write, deflate,
 * inflate and parse.
 *
 * `unpackJson(JSON.parse(JSON.stringify(packJson(v))))` is `JSON.parse(JSON.stringify(v))`: the same
 * values, the same fields in the same order (test/xlsx/json-tables.test.ts, a property test).
 */

/** The marks of a table and of a column of distinct texts: keys no record of the result has (they start with U+0000). */
const TABLE = '\u0000t';
const DICT = '\u0000d';
/** A record that happens to have one of these keys, kept as it is under this one. */
const PLAIN = '\u0000o';
/** The shortest list written as a table (a shorter one gains nothing). */
const MIN_ROWS = 4;

type Record_ = Record<string, unknown>;

/** Sets a field, "__proto__" too (as JSON.parse makes it: a field of the record's own, not its prototype). */
function put(record: Record_, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function isRecord(v: unknown): v is Record_ {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** As JSON.stringify sees a value: what it gives for an object's toJSON (a Date's text). */
function jsonOf(v: unknown): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ? (v as { toJSON(): unknown }).toJSON()
    : v;
}

/** Whether JSON.stringify leaves a property with this value out (undefined, a function, a symbol). */
function dropped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** `v` with every list of MIN_ROWS or more records written as a table (see the module's comment). */
export function packJson(value: unknown): unknown {
  const v = jsonOf(value);
  if (Array.isArray(v)) {
    if (v.length >= MIN_ROWS && v.every((x) => isRecord(jsonOf(x)))) return table(v.map(jsonOf) as Record_[]);
    return v.map((x) => (dropped(x) ? null : packJson(x)));
  }
  if (isRecord(v)) {
    const out: Record_ = {};
    for (const k of Object.keys(v)) if (!dropped(v[k])) put(out, k, packJson(v[k]));
    return own(v, TABLE) || own(v, DICT) || own(v, PLAIN) ? { [PLAIN]: out } : out;
  }
  return v;
}

function table(rows: Record_[]): Record_ {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const columns: unknown[][] = [];
  const shapes: number[][] = [];
  const shapeIndex = new Map<string, number>();
  const shapeOf: number[] = [];
  for (const row of rows) {
    const shape: number[] = [];
    for (const k of Object.keys(row)) {
      const x = row[k];
      if (dropped(x)) continue;
      let i = keyIndex.get(k);
      if (i === undefined) {
        i = keys.length;
        keys.push(k);
        keyIndex.set(k, i);
        columns.push([]);
      }
      shape.push(i);
      columns[i].push(x);
    }
    const sig = shape.join(',');
    let s = shapeIndex.get(sig);
    if (s === undefined) {
      s = shapes.length;
      shapes.push(shape);
      shapeIndex.set(sig, s);
    }
    shapeOf.push(s);
  }
  const out: Record_ = { [TABLE]: keys, n: rows.length, s: shapes, c: columns.map(column) };
  if (shapes.length > 1) out.r = shapeOf;
  return out;
}

/** One column: its distinct texts and an index each, when most of its values are texts that repeat; else packed as a list. */
function column(values: unknown[]): unknown {
  if (values.length >= MIN_ROWS && values.every((x) => typeof x === 'string')) {
    const distinct = new Map<string, number>();
    const at: number[] = [];
    for (const x of values as string[]) {
      let i = distinct.get(x);
      if (i === undefined) distinct.set(x, (i = distinct.size));
      at.push(i);
    }
    if (distinct.size * 2 <= values.length) return { [DICT]: [...distinct.keys()], i: at };
  }
  return packJson(values);
}

/**
 * The value `packJson` packed (after a JSON round trip).
 * @throws Error on a table it did not write (a damaged digest: the caller then reads the workbook in full)
 */
export function unpackJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unpackJson);
  if (!isRecord(v)) return v;
  if (own(v, TABLE)) return untable(v);
  const record = own(v, PLAIN) ? (v[PLAIN] as Record_) : v;
  const out: Record_ = {};
  for (const k of Object.keys(record)) put(out, k, unpackJson(record[k]));
  return out;
}

function untable(t: Record_): Record_[] {
  const keys = t[TABLE] as string[];
  const shapes = t.s as number[][];
  const shapeOf = t.r as number[] | undefined;
  const n = t.n as number;
  const columns = (t.c as unknown[]).map(uncolumn);
  if (!Array.isArray(keys) || !Array.isArray(shapes) || !Number.isInteger(n) || columns.length !== keys.length)
    throw new Error('not a packed table');
  const next = new Array<number>(keys.length).fill(0);
  const rows: Record_[] = [];
  for (let r = 0; r < n; r++) {
    const shape = shapes[shapeOf ? shapeOf[r] : 0];
    const row: Record_ = {};
    for (const k of shape) {
      if (next[k] >= columns[k].length) throw new Error('not a packed table');
      put(row, keys[k], columns[k][next[k]++]);
    }
    rows.push(row);
  }
  return rows;
}

function uncolumn(c: unknown): unknown[] {
  if (isRecord(c) && own(c, DICT)) {
    const texts = c[DICT] as string[];
    return (c.i as number[]).map((i) => texts[i]);
  }
  const values = unpackJson(c);
  if (!Array.isArray(values)) throw new Error('not a packed column');
  return values;
}
