// The GraphQL-over-HTTP audit of the graphql-http package against the real HTTP server (server/http.ts), and
// GraphiQL in a browser at /graphql.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import type { Server } from 'node:http';
import { createHttpServer, listen } from '../../server/http.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { testApi } from './helpers.ts';

const graph = testGraph();
let server: Server;
let url = '';

beforeAll(async () => {
  await resetGraph(graph);
  server = createHttpServer(testApi(graph));
  const port = await listen(server, 0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await graph.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const audits = serverAudits({ url: () => url });
    const failed: string[] = [];
    let musts = 0;
    for (const audit of audits) {
      if (!audit.name.startsWith('MUST')) continue;
      musts++;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(musts).toBeGreaterThan(10);
    expect(failed).toEqual([]);
  });

  it('serves GraphiQL to a browser', async () => {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('mutations over a real socket from loopback are allowed without a token', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { ingestText(input: {text: "Quy định số 213-QĐ/TW"}, dryRun: true) { dryRun instruments } }' }),
    });
    expect(await res.json()).toEqual({ data: { ingestText: { dryRun: true, instruments: 1 } } });
  });
});
