// Same-origin by default, tried from a real browser: a page on another local server (another port, so another
// origin) tries what a hostile site would — a plain HTML form, a no-cors fetch, a JSON fetch, reading an answer,
// a form upload — and a DNS-rebinding name pointed at the API. None may read the graph or change it; the API's
// own page still can, and so can an origin listed in CORS_ORIGINS. Plus the same requests as curl sends them.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createHttpServer, listen } from '../../server/http.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { caseGraph, gql, K, load, testApi } from '../api/helpers.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumInstalled } from '../e2e/chromium.ts';
import { chromium } from 'playwright-core';

const graph = testGraph();
const yoga = testApi(graph);
let api: Server;
let evil: Server;
let friend: Server;
let apiUrl = '';
let evilUrl = '';
let friendUrl = '';
let apiPort = 0;
let browser: Browser | null = null;

const DELETE = `mutation { deleteDocument(id: "${K.doc1}") { deleted } }`;

/** The hostile page: every way a page can send a request to another origin without asking first. */
function evilPage(target: string): string {
  return `<!doctype html><meta charset="utf-8"><title>evil</title>
<form id="f" method="POST" action="${target}" target="sink" enctype="application/x-www-form-urlencoded">
  <input name="query" value='${DELETE}'>
</form>
<form id="m" method="POST" action="${target}" target="sink2" enctype="multipart/form-data">
  <input name="operations" value='{"query":"${DELETE.replace(/"/g, '\\"')}","variables":{}}'>
  <input name="map" value='{}'>
</form>
<iframe name="sink"></iframe><iframe name="sink2"></iframe>`;
}

async function documentCount(): Promise<number> {
  return (await gql(yoga, '{ stats { documents } }')).data.stats.documents as number;
}

function serve(html: (req: { url?: string }) => string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(req)));
  return listen(server, 0, '127.0.0.1').then((port) => ({ server, url: `http://127.0.0.1:${port}/` }));
}

/** A raw request with whatever Host and headers we like (fetch does not let us set Host). */
function raw(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((res, rej) => {
    const req = httpRequest({ host: '127.0.0.1', port: apiPort, path, method: body === undefined ? 'GET' : 'POST', headers }, (r) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString()));
      r.on('end', () => res({ status: r.statusCode ?? 0, body: text, headers: r.headers }));
    });
    req.on('error', rej);
    req.end(body);
  });
}

beforeAll(async () => {
  await resetGraph(graph);
  await load(graph, caseGraph());
  api = createHttpServer(yoga);
  apiPort = await listen(api, 0, '127.0.0.1');
  apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  ({ server: evil, url: evilUrl } = await serve(() => evilPage(apiUrl)));
  ({ server: friend, url: friendUrl } = await serve(() => '<!doctype html><title>friend</title>'));
  if (chromiumInstalled()) {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.example 127.0.0.1'],
      headless: true,
    });
  }
});
afterAll(async () => {
  await browser?.close();
  for (const s of [api, evil, friend]) {
    s?.closeAllConnections();
    await new Promise((r) => s?.close(r));
  }
  await graph.close();
});

describe('from a real cross-origin page in Chromium', () => {
  it('a hostile page can neither change the graph nor read it', async (ctx) => {
    if (!browser) return ctx.skip();
    const before = await documentCount();
    const page = await browser.newPage();
    await page.goto(evilUrl);
    // 1. plain HTML forms: urlencoded and multipart (the kinds of request a browser sends without asking)
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
    await page.evaluate(() => (document.getElementById('m') as HTMLFormElement).submit());
    await page.waitForTimeout(500);
    // 2. fetches: no-cors text/plain and urlencoded (sent, answer unreadable), JSON (needs a preflight: refused),
    //    and reading a query's answer (CORS off: unreadable)
    const outcomes = await page.evaluate(
      async ({ target, del }) => {
        const out: string[] = [];
        const attempt = async (name: string, init: RequestInit) => {
          try {
            const r = await fetch(target, init);
            out.push(`${name}: ${r.type} ${r.status} ${r.type === 'opaque' ? '' : await r.text()}`);
          } catch (e) {
            out.push(`${name}: blocked ${(e as Error).name}`);
          }
        };
        await attempt('text', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: del }) });
        await attempt('form', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(del)}` });
        await attempt('json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: del }) });
        await attempt('read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { documents } }' }) });
        await attempt('get', { method: 'GET' });
        return out;
      },
      { target: apiUrl, del: DELETE },
    );
    await page.close();
    expect(outcomes.find((o) => o.startsWith('json:'))).toMatch(/blocked/);
    expect(outcomes.find((o) => o.startsWith('read:'))).toMatch(/blocked/);
    for (const o of outcomes) expect(o).not.toMatch(/"documents"|"deleted"/);
    expect(await documentCount()).toBe(before);
  });

  it('a DNS-rebinding name that points at the API is refused (Host is not this server)', async (ctx) => {
    if (!browser) return ctx.skip();
    const before = await documentCount();
    const page = await browser.newPage();
    // the name resolves to the API's address, so this page's "same origin" requests reach the API
    await page.goto(`http://rebind.example:${apiPort}/`);
    const result = await page.evaluate(async (del) => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: del }) });
      return { status: r.status, body: await r.text() };
    }, DELETE);
    await page.close();
    expect(result.status).toBe(403);
    expect(JSON.parse(result.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    expect(await documentCount()).toBe(before);
  });

  it("the API's own page can still read, mutate and upload (with the client's preflight header)", async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    await page.goto(apiUrl.replace('/graphql', '/'));
    const r = await page.evaluate(async () => {
      const json = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { ingestText(input: {text: "Quy định số 213-QĐ/TW"}, dryRun: true) { instruments } }' }),
      }).then((x) => x.json());
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: 'mutation($file: File!) { convertFile(file: $file) { length } }', variables: { file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new File(['Quy định số 213-QĐ/TW'], 'a.txt'));
      const upload = await fetch('/graphql', { method: 'POST', headers: { 'graphql-preflight': '1' }, body: form }).then((x) => x.json());
      return { json, upload };
    });
    await page.close();
    expect(r.json).toEqual({ data: { ingestText: { instruments: 1 } } });
    expect(r.upload).toEqual({ data: { convertFile: { length: 21 } } });
  });

  it('an origin listed in CORS_ORIGINS may read (without credentials for "*"), others still may not', async (ctx) => {
    if (!browser) return ctx.skip();
    const friendOrigin = friendUrl.replace(/\/$/, '');
    const open = createHttpServer(testApi(graph, { CORS_ORIGINS: friendOrigin }));
    const port = await listen(open, 0, '127.0.0.1');
    try {
      const read = async (from: string) => {
        const page = await browser!.newPage();
        await page.goto(from);
        const out = await page.evaluate(async (target) => {
          try {
            const r = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { documents } }' }) });
            return await r.text();
          } catch (e) {
            return `blocked ${(e as Error).name}`;
          }
        }, `http://127.0.0.1:${port}/graphql`);
        await page.close();
        return out;
      };
      expect(await read(friendUrl)).toMatch(/"documents"/);
      expect(await read(evilUrl)).toMatch(/blocked/);
    } finally {
      open.closeAllConnections();
      await new Promise((r) => open.close(r));
    }
  });
});

describe('the same requests as curl sends them', () => {
  it('a form-encoded, text/plain or application/graphql mutation is refused with 415 and changes nothing', async () => {
    const before = await documentCount();
    const cases: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(DELETE)}`],
      ['text/plain', JSON.stringify({ query: DELETE })],
      ['application/graphql', DELETE],
    ];
    for (const [type, body] of cases) {
      const r = await raw('/graphql', { host: `127.0.0.1:${apiPort}`, 'content-type': type, origin: 'https://evil.example', accept: 'application/json' }, body);
      expect(r.headers['access-control-allow-origin'], type).toBeUndefined();
      const parsed = JSON.parse(r.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(parsed.data ?? null, type).toBeNull();
      expect(parsed.errors?.[0]?.extensions?.code, type).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(r.status, type).toBe(415);
    }
    expect(await documentCount()).toBe(before);
  });

  it('a JSON mutation from a foreign Origin (or Referer) is refused with 403 FORBIDDEN_ORIGIN', async () => {
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { referer: 'https://evil.example/page' }, { origin: 'null' }];
    for (const h of foreign) {
      const r = await raw('/graphql', { host: `127.0.0.1:${apiPort}`, 'content-type': 'application/json', ...h }, JSON.stringify({ query: DELETE }));
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
    }
    const own = await raw('/graphql', { host: `127.0.0.1:${apiPort}`, 'content-type': 'application/json', origin: `http://127.0.0.1:${apiPort}` }, JSON.stringify({ query: '{ stats { documents } }' }));
    expect(own.status).toBe(200);
  });

  it('a multipart upload without a preflight header is refused with 403 CSRF_PREFLIGHT_REQUIRED', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation($file: File!) { convertFile(file: $file) { length } }', variables: { file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new File(['Quy định số 213-QĐ/TW'], 'a.txt'));
    const res = await fetch(apiUrl, { method: 'POST', body: form });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('CSRF_PREFLIGHT_REQUIRED');
  });

  it('CORS is off by default: no Access-Control-Allow-Origin for a foreign Origin, no credentials ever with "*"', async () => {
    const r = await raw('/graphql', { host: `127.0.0.1:${apiPort}`, origin: 'https://evil.example', 'access-control-request-method': 'POST' }, '');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.headers['access-control-allow-credentials']).toBeUndefined();
    const star = testApi(graph, { CORS_ORIGINS: '*' });
    const res = await star.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin: 'https://any.example', 'access-control-request-method': 'POST' } });
    expect(['*', 'https://any.example']).toContain(res.headers.get('access-control-allow-origin'));
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a Host that is not this server is refused with 403 HOST_NOT_ALLOWED; ALLOWED_HOSTS adds names', async () => {
    const r = await raw('/graphql', { host: 'attacker.rebind.example', 'content-type': 'application/json' }, JSON.stringify({ query: '{ stats { documents } }' }));
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    for (const host of ['localhost', `localhost:${apiPort}`, `127.0.0.1:${apiPort}`, `[::1]:${apiPort}`]) {
      expect((await raw('/graphql', { host, 'content-type': 'application/json' }, JSON.stringify({ query: '{ stats { documents } }' }))).status, host).toBe(200);
    }
    const named = testApi(graph, { ALLOWED_HOSTS: 'graph.example.org' });
    const ok = await named.fetch('http://graph.example.org/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { documents } }' }) });
    expect(ok.status).toBe(200);
  });
});
