/**
 * The column-mapping panel (issue 13 item 5): for a table refused or only partly recognised, the header
 * row found, what each column was read as, and a drop-down per unrecognised column with the roles the
 * engine knows. A preview re-reads the workbook as the analyst maps (nothing written); Save mapping
 * stores the mapping in the workbook's settings (the same JSON as the command line's --map) with a
 * scoring, so the ribbon command and the command line use it from then on.
 */
import { useEffect, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Subtitle2 } from '@fluentui/react-text';
import { FIELDS, MAPPING_CHOICES, withSheetMapping, type ColumnMapping, type MappingHint } from '../../core';
import { countsPhrase } from '../../office/outcome-message';
import type { MappingPreview } from '../../office/pane-state';
import { Options } from './Options';

/**
 * The other tables to map whose unrecognised headers are the same as this one's (a council's sheets
 * built from one template): the panel offers to map them all at once.
 */
export function sameHeaders(hint: MappingHint, all: MappingHint[]): MappingHint[] {
  const words = (h: MappingHint) => [...h.notUnderstood].sort().join('\u0000');
  return all.filter(
    (h) => h !== hint && !(h.sheet === hint.sheet && h.headerRow === hint.headerRow) && words(h) === words(hint),
  );
}

/**
 * A warning when the chosen roles give a field two columns ("Target" for column S while column R is read
 * as the target), saying what the reader will do: for the target, each row uses the first column where it
 * has a target there, else the second (read/rows.ts, `targetColumnOf`: an NHS "Standard | Annual trajectory",
 * fresh user 11, was told the trajectory "would not be used"); for any other field the first is read and the
 * second is not. Null otherwise.
 */
export function duplicateFieldWarning(hint: MappingHint, chosen: Record<string, string>): string | null {
  const label = (v: string) => MAPPING_CHOICES.find((c) => c.value === v)?.label ?? v;
  const columnOf = (text: string) => hint.headers.find((h) => h.text === text)?.column ?? text;
  const fields = new Set<string>(FIELDS);
  const seen = new Map<string, string>();
  for (const h of hint.headers) if (h.readAs !== null) seen.set(h.readAs, h.column);
  for (const [text, value] of Object.entries(chosen)) {
    if (!fields.has(value)) continue;
    const name = label(value);
    const first = seen.get(name);
    if (first !== undefined && value === 'target')
      return `Column ${first} is already the ${name} column: each indicator will be scored against column ${first} where it has a target there, else against column ${columnOf(text)}.`;
    if (first !== undefined)
      return `Column ${first} is already the ${name} column: column ${columnOf(text)} would not be used. Choose another role or Ignore this column.`;
    seen.set(name, columnOf(text));
  }
  return null;
}

export function MappingPanel({
  hint,
  all,
  base,
  busy,
  preview,
  save,
  position: placed,
  total: placedOf,
}: {
  hint: MappingHint;
  /** Every table still to map (the pane shows them one at a time, `hint` first). */
  all: MappingHint[];
  base: ColumnMapping | null;
  busy: boolean;
  preview: (mapping: ColumnMapping) => Promise<MappingPreview | null>;
  save: (mapping: ColumnMapping) => void;
  /** This sheet's place among the sheets met this session, and how many (mapping-order.ts); else among `all`. */
  position?: number;
  total?: number;
}) {
  const suggested = hint.suggestedMapping?.sheets?.[hint.sheet]?.columns ?? {};
  // What the workbook's saved mapping already says for this sheet (an Ignore saved before, say).
  const saved = base?.sheets?.[hint.sheet]?.columns ?? {};
  const unread = hint.headers.filter((h) => h.readAs === null);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(unread.map((h) => [h.text, saved[h.text] ?? suggested[h.text] ?? ''])),
  );
  const [seen, setSeen] = useState<string>('');
  const alike = sameHeaders(hint, all);
  const [toAll, setToAll] = useState(true);
  const chosen = Object.fromEntries(Object.entries(choices).filter(([, v]) => v !== ''));
  let mapping = withSheetMapping(base, hint.sheet, hint.headerRow, chosen);
  if (toAll) for (const h of alike) mapping = withSheetMapping(mapping, h.sheet, h.headerRow, chosen);
  const key = JSON.stringify(mapping);
  const position = placed ?? all.findIndex((h) => h.sheet === hint.sheet && h.headerRow === hint.headerRow) + 1;
  const sheets = placedOf ?? all.length;
  // The preview said the mapping still cannot score the workbook: it is not saved until it can (fresh user 13).
  const [refused, setRefused] = useState(false);
  const duplicate = duplicateFieldWarning(hint, chosen);

  useEffect(() => {
    if (Object.keys(chosen).length === 0) {
      setSeen('');
      setRefused(false);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      preview(mapping).then((p) => {
        if (!live || !p) return;
        setRefused(!p.result);
        if (p.result) {
          const still = p.toMap.find((h) => h.sheet === hint.sheet && h.headerRow === hint.headerRow);
          const rest = still
            ? ` Still not recognised: ${still.notUnderstood.map((t) => `"${t}"`).join(', ')}.`
            : ' Every column is now understood.';
          setSeen(`With this mapping, ${p.result.quarter}: ${countsPhrase({ result: p.result })}.${rest}`);
        } else setSeen(`With this mapping the workbook still cannot be scored: ${p.problem}`);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  return (
    <section className="mapping" aria-labelledby="mapping-title">
      <Subtitle2 as="h2" id="mapping-title">
        Map the columns of '{hint.sheet}'
      </Subtitle2>
      {sheets > 1 && position > 0 && (
        <p data-testid="mapping-position">
          Sheet {position} of {sheets} with columns to map.
        </p>
      )}
      <p>
        Header row {hint.headerRow}
        {hint.missing.length ? `; the table needs a ${hint.missing.join(' and a ')}` : ''}. Choose what each column that
        was not recognised holds, then save the mapping.
      </p>
      <table className="headers">
        <caption className="visually-hidden">
          Header row {hint.headerRow} of '{hint.sheet}'
        </caption>
        <thead>
          <tr>
            <th scope="col">Col</th>
            <th scope="col">Header</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {hint.headers.map((h) => (
            <tr key={h.column} data-column={h.column}>
              <td>{h.column}</td>
              <td>{h.text}</td>
              <td>
                {h.readAs !== null ? (
                  h.readAs
                ) : (
                  <select
                    aria-label={`What column ${h.column}, "${h.text}", holds`}
                    value={choices[h.text] ?? ''}
                    disabled={busy}
                    onChange={(e) => setChoices({ ...choices, [h.text]: e.target.value })}
                  >
                    <option value="">Not recognised</option>
                    <Options choices={MAPPING_CHOICES} />
                  </select>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {alike.length > 0 && (
        <label className="apply-all">
          <input type="checkbox" checked={toAll} disabled={busy} onChange={(e) => setToAll(e.target.checked)} /> Map the
          same columns on {alike.length === 1 ? 'the other sheet' : `the ${alike.length} other sheets`} with these
          headers ({alike.map((h) => `'${h.sheet}'`).join(', ')})
        </label>
      )}
      {/* Always in the page, so a warning that appears is announced (a live region added with its words is not always). */}
      <p className="mapping-warning" data-testid="mapping-warning" role="status" aria-live="polite">
        {duplicate ?? ''}
      </p>
      <p role="status" aria-live="polite" className="preview" data-testid="mapping-preview">
        {seen}
      </p>
      <Button
        appearance="primary"
        disabled={busy || refused || Object.keys(chosen).length === 0}
        onClick={() => save(mapping)}
        data-run=""
      >
        Save mapping
      </Button>
    </section>
  );
}
