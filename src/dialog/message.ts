/**
 * The message and tone the command passed to the dialog page in its query string. Read by hand, not
 * with URLSearchParams, which Internet Explorer 11 (the dialog's webview on some Office 2016/2019
 * installs) lacks; "+" is a space as in a form-encoded query.
 */
export function readDialogMessage(search: string): { message: string; tone: string } {
  const params: Record<string, string> = {};
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!(key in params)) params[key] = decode(eq < 0 ? '' : part.slice(eq + 1));
  }
  return { message: params.message ?? '', tone: params.tone ?? 'done' };
}
