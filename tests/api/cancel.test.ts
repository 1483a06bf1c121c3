// A request whose client goes away stops its database work: over real HTTP, the request's abort signal reaches
// the Graph's reads (which then close their session: tests/graph/cancel.test.ts shows the server stopping).
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph, Params } from '../../server/graph/driver.ts';
import { createApi } from '../../server/api/yoga.ts';
import { createHttpServer, listen } from '../../server/http.ts';
import { testConfig, testGraph } from '../setup/db.ts';

const graph = testGraph();
const seen: { name: string; signal: AbortSignal | undefined }[] = [];
/** The real Graph, but every read hangs until its signal aborts: a query slower than the client's patience. */
const hanging = Object.create(graph) as Graph;
hanging.read = (<T>(name: string, _params?: Params, _timeoutMs?: number, signal?: AbortSignal) => {
  seen.push({ name, signal });
  return new Promise<T[]>((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
}) as Graph['read'];

let server: Server;
let base = '';
beforeAll(async () => {
  server = createHttpServer(createApi({ graph: hanging, config: testConfig({ QUERY_TIMEOUT_MS: '60000' }) }));
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(async () => {
  server?.close();
  server?.closeAllConnections();
  await graph.close();
});

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const t0 = Date.now();
  while (!cond() && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 20));
  return cond();
}

describe('a request whose client goes away', () => {
  it('aborts the signal its database reads were given', async () => {
    const ac = new AbortController();
    const res = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "quy dinh 213") { label } }' }),
      signal: ac.signal,
    });
    res.catch(() => undefined);
    expect(await until(() => seen.length > 0, 10_000)).toBe(true);
    const { signal } = seen[0]!;
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal!.aborted).toBe(false);
    ac.abort();
    await expect(res).rejects.toThrow();
    expect(await until(() => signal!.aborted, 5_000)).toBe(true);
  });
});
