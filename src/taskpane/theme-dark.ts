/** Fluent's dark theme, a chunk of its own: loaded only when Office's theme is dark (theme.ts). */
export { webDarkTheme } from '@fluentui/react-theme';
