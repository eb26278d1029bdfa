/** The message and tone the command passed to the dialog page in its query string. */
export function readDialogMessage(search: string): { message: string; tone: string } {
  const params = new URLSearchParams(search);
  return { message: params.get('message') ?? '', tone: params.get('tone') ?? 'done' };
}
