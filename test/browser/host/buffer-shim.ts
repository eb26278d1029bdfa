/**
 * The Excel model counts request bytes with Node's Buffer.byteLength (UTF-8); in the page, the same
 * count through TextEncoder. Imported first by office-model.ts.
 */
const page = globalThis as unknown as { Buffer?: unknown };
if (!page.Buffer) {
  const encoder = new TextEncoder();
  page.Buffer = { byteLength: (text: string) => encoder.encode(text).length };
}
export {};
