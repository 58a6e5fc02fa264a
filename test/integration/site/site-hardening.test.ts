/**
 * The local site as a network service: it answers only under its own host name (DNS rebinding),
 * and `/status` says STARTING until the site is ready, RUNNING after.
 */
import http from 'node:http';
import type { RunningSite } from '../../../emulator/core/site';
import { startSite } from '../../../emulator/core/site';
import { basicAuth } from '../../support/test-site';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite({ dataDir: ':memory:', port: 0, testMode: true, starting: true });
});
afterAll(async () => site.close());

/** A GET with a chosen Host header (fetch does not let a caller set it). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path,
        headers: { host, authorization: basicAuth('admin'), accept: 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the site answers only under its own host name', () => {
  it('refuses a request whose Host is another name re-pointed at it (DNS rebinding)', async () => {
    const port = new URL(site.url).port;
    const rebound = await getWithHost('/rest/api/3/myself', `attacker.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('admin@example.com');
    expect((await getWithHost('/rest/api/3/myself', `127.0.0.1:${Number(port) + 1}`)).status).toBe(
      421,
    );
  });

  it('answers under its own host and the loopback names of its port', async () => {
    const port = new URL(site.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await getWithHost('/rest/api/3/myself', host);
      expect(res.status).toBe(200);
      expect(res.body).toContain('admin@example.com');
    }
  });
});

describe('/status', () => {
  it('answers STARTING until the site is ready, then RUNNING', async () => {
    const starting = await fetch(`${site.url}/status`);
    expect(await starting.json()).toEqual({ state: 'STARTING' });
    site.ctx.state = 'RUNNING';
    const running = await fetch(`${site.url}/status`);
    expect(await running.json()).toEqual({ state: 'RUNNING' });
  });
});
