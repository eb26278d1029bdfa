/**
 * The test host page: the built task pane (dist/) served on 127.0.0.1, with taskpane.html's (and the
 * ribbon's commands.html's) office.js script replaced by the in-memory Excel model (bundled with esbuild, loaded with the workbook given).
 * Nothing is fetched from outside the machine.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { build as esbuild } from 'esbuild';
import type { DocumentJson } from './doc-json';

const OFFICE_JS =
  /<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?[^>]*><\/script>/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.json': 'application/json',
};

let bundle: Promise<string> | undefined;

/** The model's page script, bundled once per test run. */
export function modelBundle(): Promise<string> {
  bundle ??= esbuild({
    entryPoints: [path.join(__dirname, 'office-model.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2019',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

export interface TestHost {
  origin: string;
  /** Sets the workbook the next page load opens. */
  load(doc: DocumentJson): void;
  close(): Promise<void>;
}

export async function startHost(dist: string): Promise<TestHost> {
  const script = await modelBundle();
  let workbook = '{}';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__host/office-model.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] });
      res.end(script);
      return;
    }
    if (url.pathname === '/__host/workbook.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] });
      res.end(`window.__WORKBOOK__ = ${workbook};`);
      return;
    }
    const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (path.basename(file) === 'taskpane.html' || path.basename(file) === 'commands.html') {
      const html = body.toString('utf8');
      if (!OFFICE_JS.test(html)) {
        res.writeHead(500);
        res.end(`${path.basename(file)} no longer loads office.js from the CDN`);
        return;
      }
      body = html.replace(
        OFFICE_JS,
        '<script src="/__host/workbook.js"></script><script src="/__host/office-model.js"></script>',
      );
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    load: (doc) => {
      workbook = JSON.stringify(doc);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
