// When Neo4j is away the API answers SERVICE_UNAVAILABLE within a couple of seconds (not after the driver's
// 15 s of retries), and recovers by itself when it is back. "Away" is played by a TCP proxy in front of the
// test database that we close and reopen; a dead port is the other case.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../../server/graph/driver.ts';
import { freePort } from '../../server/graph/local-neo4j.ts';
import { gql, testApi } from './helpers.ts';

const target = new URL(inject('neo4jUri').replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
const open: Graph[] = [];
afterAll(async () => {
  for (const g of open) await g.close();
});

function graphAt(port: number): Graph {
  const g = new Graph({ uri: `bolt://127.0.0.1:${port}`, user: inject('neo4jUser'), password: inject('neo4jPassword'), database: inject('neo4jDatabase') || null, connectionTimeoutMs: 2000 });
  open.push(g);
  return g;
}

/** A TCP proxy to the test database that can be cut and restored. */
function proxy(port: number): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 7687), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((res) =>
    server.listen(port, '127.0.0.1', () =>
      res({
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

const STATS = `{ stats { instruments } }`;

describe('when Neo4j is down', () => {
  it('a dead port: SERVICE_UNAVAILABLE fast, and faster still while the breaker is open', async () => {
    const yoga = testApi(graphAt(await freePort()));
    let t0 = Date.now();
    const r = await gql(yoga, STATS);
    expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(r.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1/);
    expect(Date.now() - t0).toBeLessThan(3000);
    t0 = Date.now();
    expect((await gql(yoga, STATS)).errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - t0).toBeLessThan(200);
    // health answers, saying the database is not there
    expect((await gql(yoga, `{ health { ok } }`)).data?.health).toEqual({ ok: false });
  });

  it('recovers by itself when the database is back', async () => {
    const port = await freePort();
    let p = await proxy(port);
    const yoga = testApi(graphAt(port));
    expect((await gql(yoga, STATS)).errors).toBeUndefined();
    await p.close();
    const t0 = Date.now();
    const down = await gql(yoga, STATS);
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - t0).toBeLessThan(3000);
    p = await proxy(port);
    let ok = false;
    const deadline = Date.now() + 10_000;
    while (!ok && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      ok = !(await gql(yoga, STATS)).errors;
    }
    expect(ok).toBe(true);
    await p.close();
  });
});
