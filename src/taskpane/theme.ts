/**
 * The Office theme as a Fluent theme: Office.context.officeTheme's body background tells dark (Dark
 * Grey, Black) from light (Colorful, White); with no theme (older hosts) the pane is light. Forced
 * colours (Windows high contrast) need nothing here: Fluent's styles and pane.css follow the system colours.
 * The dark theme is a chunk of its own (theme-dark.ts), loaded only under a dark Office theme, so the
 * pane's first bundle carries one theme.
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import { webLightTheme, type Theme } from '@fluentui/react-theme';

export function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export async function paneTheme(
  officeTheme: { bodyBackgroundColor?: string } | undefined,
): Promise<{ theme: Theme; dark: boolean }> {
  const dark = isDarkColour(officeTheme?.bodyBackgroundColor);
  if (!dark) return { theme: webLightTheme, dark };
  const { webDarkTheme } = await import(/* webpackChunkName: "dark" */ './theme-dark');
  return { theme: webDarkTheme, dark };
}
