/**
 * The results at a glance then in depth: the council's counts as tiles (number and words on the colour,
 * never colour alone), then each priority's; every count above 0 a button that lists its indicators (Esc closes the list) (ref, name,
 * value, variance, DOT), every indicator a button that selects its row in the workbook; then the Tier 1,
 * strong-performance and requires-improvement lists, each collapsible.
 */
import { Fragment, useState } from 'react';
import { Subtitle2 } from '@fluentui/react-text';
import {
  COLOURS,
  DIRECTION_WORDS,
  highlightRule,
  offTargetYetStrong,
  QUARTILE_WORDS,
  noneListed,
  statusWordsOf,
  varianceSignWords,
  organisationWords,
  targetColumns,
  type CountColumn,
  type CountTable,
  type IndicatorScore,
  type ScoreResult,
  type Status,
  varianceShown,
  breakdownSentence,
  countedIndicators,
  isAreaBreakdown,
  quarterWords,
} from '../../core';
import { figureText } from '../../core/read/number-formats-text';

/** The tiles' colours by status (README.md, "What it reads, what it writes"); the words and the order are the count tables' (core/vocabulary). */
const TILE_COLOURS: Record<Status, { fill: string; text: string }> = {
  'on target': COLOURS.green,
  'within tolerance': COLOURS.amber,
  'off target': COLOURS.red,
  'data gap': { fill: 'EDEDED', text: '333333' },
  'no target': { fill: 'EDEDED', text: '333333' },
  'not rated': { fill: 'EDEDED', text: '333333' },
  'not due': { fill: 'EDEDED', text: '333333' },
};

/** The latest figure as the analyst's cell shows it (02:10, 95.5%, £480,000), with a unit typed beside it. */
function figure(i: IndicatorScore): string {
  if (i.latestValue === null) return '–';
  return `${figureText(i.latestValue, i.latestFormat)}${i.latestUnit ? ` ${i.latestUnit}` : ''}`;
}

/** The variance as its cell shows it ("−5.04%", "Missed (target 0)"): core/plan/owned-cells.ts, beside the cell writer. */
function variance(i: IndicatorScore): string {
  return varianceShown(i) ?? '–';
}

/**
 * Why a data gap has no figure, in place of "Value – · Variance – · DOT –" (fresh user 13): the words its
 * cell holds ("No figure (not yet available)", "No figure (n/a)"), else that the cells are blank. Null for an
 * indicator with a figure.
 */
export function noFigureWhy(i: Pick<IndicatorScore, 'status' | 'latestValue' | 'reason'>): string | null {
  if (i.status !== 'data gap' || i.latestValue !== null) return null;
  return i.reason ? `No figure (${i.reason})` : 'No figure (the cells are blank)';
}

function IndicatorList({
  indicators,
  label,
  goToIndicator,
  empty = 'None.',
  quartile = false,
}: {
  indicators: IndicatorScore[];
  label: string;
  goToIndicator: (sheet: string, row: number) => void;
  /** What an empty list says (the highlight lists: whether the indicators have quartiles to judge by). */
  empty?: string;
  /** Show each indicator's quartile: the strong performance and requires improvement lists are chosen by it. */
  quartile?: boolean;
}) {
  if (indicators.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="indicators" aria-label={label}>
      {indicators.map((i) => (
        <li key={i.key}>
          <button type="button" className="indicator" onClick={() => goToIndicator(i.sheet, i.row)}>
            <span className="ref">{i.ref ?? '(no ref)'}</span> <span className="name">{i.name}</span>
            {/* Its status, for a screen reader: the button's name is its text, so it says the indicator,
                its status and its facts (helper noise). On screen, the tile's colour and words say it. */}
            <span className="visually-hidden">{`, ${statusWordsOf(i)}: `}</span>
            <span className="facts">
              {noFigureWhy(i) ?? (
                <>
                  Value {figure(i)} · Variance {variance(i)} · DOT {i.dot ? DIRECTION_WORDS[i.dot] : '–'}
                </>
              )}
              {quartile ? ` · ${i.quartile ? QUARTILE_WORDS[i.quartile] : 'No quartile'}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function CountTiles({
  id,
  title,
  counts,
  indicators,
  result,
  goToIndicator,
  compact,
}: {
  id: string;
  title: string;
  counts: CountTable;
  indicators: IndicatorScore[];
  result: ScoreResult;
  goToIndicator: (sheet: string, row: number) => void;
  compact?: boolean;
}) {
  const [open, setOpen] = useState<CountColumn['key'] | null>(null);
  // No target and Not rated only where this scope has some (Not rated is a column only where the result has any).
  const tiles = targetColumns(result, 'short').filter(
    (t): t is CountColumn & { status: Status } =>
      t.status !== null && ((t.key !== 'noTarget' && t.key !== 'notRated') || counts[t.key] > 0),
  );
  const listId = `${id}-list`;
  const openTile = tiles.find((t) => t.key === open);
  return (
    <section
      aria-label={`${title}: counts`}
      className={compact ? 'counts compact' : 'counts'}
      data-scope={id}
      onKeyDown={(e) => {
        // Esc closes the open list and puts the focus back on its tile.
        if (e.key !== 'Escape' || open === null) return;
        e.preventDefault();
        const tile = e.currentTarget.querySelector<HTMLButtonElement>(`button[data-count="${open}"]`);
        setOpen(null);
        tile?.focus();
      }}
    >
      <div
        className="tiles"
        role="group"
        aria-label={`${title}, ${counts.total} ${organisationWords(result).indicators}`}
      >
        {tiles.map((t) => {
          const n = counts[t.key] as number;
          const colours = { background: `#${TILE_COLOURS[t.status].fill}`, color: `#${TILE_COLOURS[t.status].text}` };
          // A count of 0 has no indicators to list: a tile to read, not a button that does nothing.
          if (n === 0)
            return (
              <div key={t.key} className="tile zero" data-count={t.key} style={colours}>
                <span className="n">{n}</span> <span className="w">{t.header}</span>
              </div>
            );
          // The open list straight after its tile, a row of its own: next in Tab order, before the other
          // tiles (fresh user 11: Tab went through every other tile before reaching it). One fragment a tile,
          // open or not, so the tile keeps its focus when its list opens.
          return (
            <Fragment key={t.key}>
              <button
                type="button"
                className="tile"
                data-count={t.key}
                aria-expanded={open === t.key}
                aria-controls={open === t.key ? listId : undefined}
                style={colours}
                onClick={() => setOpen(open === t.key ? null : t.key)}
              >
                <span className="n">{n}</span> <span className="w">{t.header}</span>
              </button>
              {openTile === t && (
                <div id={listId} className="tile-list">
                  <IndicatorList
                    indicators={indicators.filter(openTile.holds)}
                    label={`${title}: ${openTile.header}`}
                    goToIndicator={goToIndicator}
                  />
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
      <p className="total" data-count="total">
        {counts.total} {organisationWords(result).indicators} in all
      </p>
    </section>
  );
}

function Highlight({
  title,
  refs,
  result,
  goToIndicator,
  byQuartile,
}: {
  title: string;
  refs: string[];
  result: ScoreResult;
  goToIndicator: (sheet: string, row: number) => void;
  /** Strong performance and requires improvement: empty says whether there were quartiles to judge by (core noneListed). */
  byQuartile?: 'strong' | 'improvement';
}) {
  const wanted = new Set(refs);
  // The result's lists hold each indicator's label: its ref, else its name (core/score/summaries.ts).
  // Areas' breakdowns share their whole's ref but are never in the lists (core/score/area-breakdowns.ts).
  const list = countedIndicators(result.indicators).filter((i) => wanted.has(i.ref ?? i.name));
  // Chosen by quartile, with no quartile to judge by: "(0)" read as "all is fine" (fresh user 11), so the
  // heading says why there is none.
  // Where the lists fall back to target and DOT (no quartile anywhere), their count is given (fresh user 15).
  const noQuartiles =
    byQuartile !== undefined &&
    refs.length === 0 &&
    countedIndicators(result.indicators).every((i) => i.quartile === null && i.benchmarkHalf === undefined);
  return (
    <details className="highlight">
      <summary>
        {title} ({noQuartiles ? 'none: no indicator has a quartile' : refs.length})
      </summary>
      {byQuartile && (
        // How the list is chosen, as the Highlights sheet says it: by quartile and DOT, not against target
        // (fresh user 9: ECON1, 54.7% below target, was listed as strong with nothing saying why).
        <p className="rule">
          {highlightRule(countedIndicators(result.indicators), byQuartile, result.organisation)}
          {byQuartile === 'strong' ? offTargetYetStrong(list) : ''}
        </p>
      )}
      <IndicatorList
        indicators={list}
        label={title}
        goToIndicator={goToIndicator}
        empty={byQuartile ? noneListed(result, 'the findings') : undefined}
        quartile={byQuartile !== undefined}
      />
    </details>
  );
}

export function Results({
  result,
  goToIndicator,
}: {
  result: ScoreResult;
  goToIndicator: (sheet: string, row: number) => void;
}) {
  return (
    <>
      {/* Where the focus goes after a run a pane button started (App.tsx; fresh user 11). */}
      <Subtitle2 as="h2" tabIndex={-1} data-focus-after-run="">
        {quarterWords(result)}: whole {organisationWords(result).noun}
      </Subtitle2>
      {/* Said once, where the lists showing each indicator's variance begin (helper noise). */}
      <p className="rule" data-testid="variance-sign">
        {varianceSignWords(result.indicators.some((i) => i.polarity === 'close'))}
      </p>
      {/* Areas' breakdowns (a BCU's, a district's sheet): scored on their sheets, not in these counts. */}
      {breakdownSentence(result.indicators) !== '' && (
        <p className="rule" data-testid="area-breakdowns">
          {breakdownSentence(result.indicators)}
        </p>
      )}
      <CountTiles
        id="council"
        title={organisationWords(result).row}
        counts={result.executiveSummary}
        indicators={countedIndicators(result.indicators)}
        result={result}
        goToIndicator={goToIndicator}
      />
      <Subtitle2 as="h2">By priority</Subtitle2>
      {result.priorities.map((p) => (
        <div key={p.priority} className="priority">
          <h3>{p.priorityName}</h3>
          <CountTiles
            id={`priority-${p.priority}`}
            title={p.priorityName}
            counts={p}
            indicators={result.indicators.filter((i) => i.priority === p.priority && !isAreaBreakdown(i))}
            result={result}
            goToIndicator={goToIndicator}
            compact
          />
        </div>
      ))}
      <Subtitle2 as="h2">Highlights</Subtitle2>
      <Highlight title="Tier 1 indicators" refs={result.tier1} result={result} goToIndicator={goToIndicator} />
      <Highlight
        title="Strong performance"
        refs={result.strongPerformance}
        result={result}
        goToIndicator={goToIndicator}
        byQuartile="strong"
      />
      <Highlight
        title="Requires improvement"
        refs={result.requiresImprovement}
        result={result}
        goToIndicator={goToIndicator}
        byQuartile="improvement"
      />
    </>
  );
}
