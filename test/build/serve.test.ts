/**
 * `npm start` serves the add-in over https on localhost:3000 with office-addin-dev-certs' certificates:
 * start it, fetch the manifest (certificate check off for this request only: the development CA may
 * not be trusted on this machine), and always shut the server down.
 */
import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as https from 'https';
import * as path from 'path';
import { ROOT } from './support/build';

function fetchInsecure(url: string): Promise<{ status: number; body: string; certSubject: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      const cert = (res.socket as import('tls').TLSSocket).getPeerCertificate();
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          body,
          certSubject: `${JSON.stringify(cert?.subject ?? {})} ${cert?.subjectaltname ?? ''}`,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

describe('The development server (npm start)', function () {
  this.timeout(180000);
  let server: ChildProcess | undefined;
  let log = '';

  after(() => {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
  });

  it('serves the manifest over https on localhost:3000', async () => {
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), 'serve', '--mode', 'development'],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_HOST: '' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    let response: Awaited<ReturnType<typeof fetchInsecure>> | undefined;
    for (let i = 0; i < 120 && !response; i++) {
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 1000));
      try {
        const r = await fetchInsecure('https://localhost:3000/manifest.xml');
        if (r.status === 200) response = r;
      } catch {
        // not up yet
      }
    }
    assert.ok(response, `the server did not answer:\n${log.slice(-2000)}`);
    assert.match(response.body, /<OfficeApp /);
    assert.match(response.body, /https:\/\/localhost:3000\/taskpane\.html/);
    assert.match(response.certSubject, /localhost/i, 'served with the development certificate');
    const page = await fetchInsecure('https://localhost:3000/commands.html');
    assert.equal(page.status, 200);
    assert.match(page.body, /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
  });
});
