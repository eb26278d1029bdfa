/**
 * The pane's own layout: fits 320 px with no horizontal scroll, visible focus on every control, tiles
 * with a border so forced colours (high contrast) still outline them. Colours come from the Fluent
 * theme's tokens, so dark and light follow the Office theme.
 */
import { tokens } from '@fluentui/react-theme';

const CSS = `
.pane { padding: 12px; display: flex; flex-direction: column; gap: 10px; max-width: 100%; box-sizing: border-box; overflow-wrap: anywhere; }
.pane h3 { font-size: 14px; margin: 8px 0 4px; font-weight: 600; }
.pane .actions { display: flex; flex-wrap: wrap; gap: 8px; }
.pane .live:empty { display: none; }
.pane .more > summary { font-weight: 600; }
.pane .more-fields { display: flex; flex-direction: column; gap: 10px; padding: 6px 0 2px 12px; }
.pane .fui-Field, .pane .fui-Select, .pane .fui-Input { min-width: 0; max-width: 100%; }
.pane .fui-Select__select { min-width: 0; width: 100%; text-overflow: ellipsis; }
.pane .busy { display: flex; flex-direction: column; gap: 6px; }
.pane .busy .fui-Spinner { justify-content: flex-start; }
.pane .phase { color: ${tokens.colorNeutralForeground2}; }
.pane .plain-message { margin: 0; }
.pane .tiles { display: flex; flex-wrap: wrap; gap: 6px; }
.pane .tile-list { flex: 1 1 100%; min-width: 0; }
.pane .tile { flex: 1 1 84px; min-height: 52px; border: 1px solid ${tokens.colorNeutralStroke1}; border-radius: 4px; padding: 6px; text-align: left; cursor: pointer; font: inherit; display: flex; flex-direction: column; }
.pane .tile.zero { cursor: default; }
.pane .apply-all { display: block; margin: 8px 0; }
.pane .mapping-warning { font-weight: 600; }
.pane .compact .tile { min-height: 36px; flex-basis: 56px; padding: 4px; font-size: 12px; }
.pane .tile .n { font-size: 20px; font-weight: 700; line-height: 1.1; }
.pane .compact .tile .n { font-size: 15px; }
.pane .tile[aria-expanded="true"] { outline: 2px solid ${tokens.colorNeutralForeground1}; outline-offset: 1px; }
.pane .total { margin: 4px 0; font-size: 12px; }
.pane ul { list-style: none; padding: 0; margin: 4px 0; }
.pane .indicator, .pane .finding { display: block; width: 100%; text-align: left; background: transparent; color: ${tokens.colorNeutralForeground1}; border: 0; border-bottom: 1px solid ${tokens.colorNeutralStroke2}; padding: 6px 2px; font: inherit; font-size: 13px; cursor: pointer; }
.pane .indicator:hover, .pane .finding:hover { background: ${tokens.colorNeutralBackground1Hover}; }
.pane .ref, .pane .where { font-weight: 600; }
.pane .facts, .pane .what { display: block; }
.pane .facts { font-size: 12px; color: ${tokens.colorNeutralForeground2}; }
.pane details { margin: 2px 0; }
.pane details details { margin-left: 10px; }
.pane summary { cursor: pointer; padding: 4px 0; font-weight: 600; }
.pane button:focus-visible, .pane summary:focus-visible { outline: 2px solid ${tokens.colorStrokeFocus2}; outline-offset: 2px; }
.pane .fui-Input:focus-within, .pane select:focus-visible { outline: 2px solid ${tokens.colorStrokeFocus2}; outline-offset: 2px; }
.pane [data-focus-after-run]:focus { outline: 2px solid ${tokens.colorStrokeFocus2}; outline-offset: 2px; }
.pane .empty { margin: 4px 0; }
.pane .rule { margin: 4px 0; font-size: 12px; color: ${tokens.colorNeutralForeground2}; }
.pane .mapping { border: 1px solid ${tokens.colorNeutralStroke1}; border-radius: 4px; padding: 8px; }
.pane .mapping p { margin: 4px 0; font-size: 13px; }
.pane .headers { width: 100%; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.pane .headers th, .pane .headers td { text-align: left; padding: 3px 2px; border-bottom: 1px solid ${tokens.colorNeutralStroke2}; vertical-align: top; }
.pane .headers th:first-child { width: 32px; }
.pane .headers select { width: 100%; max-width: 100%; font: inherit; }
.pane .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) {
  .pane .tile { forced-color-adjust: auto; border: 1px solid ButtonText; }
  .pane .tile[aria-expanded="true"] { outline: 2px solid Highlight; }
}
`;

export function PaneStyle() {
  return <style>{CSS}</style>;
}
