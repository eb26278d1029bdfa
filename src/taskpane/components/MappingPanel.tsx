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
import { MAPPING_CHOICES, withSheetMapping, type ColumnMapping, type MappingHint } from '../../core';
import { countsPhrase } from '../../office/outcome-message';
import type { MappingPreview } from '../../office/pane-state';
import { Options } from './Options';

export function MappingPanel({
  hint,
  base,
  busy,
  preview,
  save,
}: {
  hint: MappingHint;
  base: ColumnMapping | null;
  busy: boolean;
  preview: (mapping: ColumnMapping) => Promise<MappingPreview | null>;
  save: (mapping: ColumnMapping) => void;
}) {
  const suggested = hint.suggestedMapping?.sheets?.[hint.sheet]?.columns ?? {};
  const unread = hint.headers.filter((h) => h.readAs === null);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(unread.map((h) => [h.text, suggested[h.text] ?? ''])),
  );
  const [seen, setSeen] = useState<string>('');
  const chosen = Object.fromEntries(Object.entries(choices).filter(([, v]) => v !== ''));
  const mapping = withSheetMapping(base, hint.sheet, hint.headerRow, chosen);
  const key = JSON.stringify(mapping);

  useEffect(() => {
    if (Object.keys(chosen).length === 0) {
      setSeen('');
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      preview(mapping).then((p) => {
        if (!live || !p) return;
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
      <p role="status" aria-live="polite" className="preview" data-testid="mapping-preview">
        {seen}
      </p>
      <Button appearance="primary" disabled={busy || Object.keys(chosen).length === 0} onClick={() => save(mapping)}>
        Save mapping
      </Button>
    </section>
  );
}
