// One transaction per document: a document is in the graph entirely or not at all, also when the process
// writing it dies in the middle, or a statement of its transaction fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GraphTx } from '../../server/graph/driver.ts';
import { ingestDocument } from '../../server/graph/ingest.ts';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { SEED_EXPECTED, seedExtraction, seedText } from './fixtures/seed-extraction.ts';

const graph = testGraph();
beforeAll(() => resetGraph(graph));
afterAll(() => graph.close());

async function productNodes(): Promise<number> {
  const [row] = await graph.read<{ count: number }>('graph/count-nodes');
  return row?.count ?? 0;
}

describe('a document is all or nothing', () => {
  it('killed mid-transaction leaves nothing behind', async () => {
    await resetGraph(graph);
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests/graph/helpers/hang-mid-ingest.ts')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<void>((res) => child.once('exit', () => res()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the child never reached the middle of its transaction:\n${out}\n${err}`)), 60_000);
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('MID')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`the child exited early:\n${out}\n${err}`)));
    });
    // Inside the open transaction the document and its instruments exist; nobody else sees them.
    expect(await productNodes()).toBe(0);
    child.kill('SIGKILL');
    await exited;
    expect(out).not.toContain('COMMITTED');
    // The server rolls the transaction back when the connection drops; its locks go with it, so the same
    // document can be written again at once and then gives the complete graph.
    expect(await productNodes()).toBe(0);
    const text = seedText();
    const r = await ingestDocument(graph, { text, source: 'killed.txt' }, { extraction: seedExtraction(text) });
    expect(r.status).toBe('added');
    const [stats] = await graph.read<{ nodes: Record<string, number> }>('graph/stats');
    // labels the seed does not have (Article) count 0 in the stats
    expect(Object.fromEntries(Object.entries(stats?.nodes ?? {}).filter(([, n]) => n > 0))).toEqual(SEED_EXPECTED.nodes);
  });

  it('a statement failing late in the transaction rolls back everything before it', async () => {
    await resetGraph(graph);
    const run = GraphTx.prototype.run;
    GraphTx.prototype.run = async function (this: GraphTx, name: string, params?: Record<string, unknown>) {
      if (name === 'ingest/write-actions') throw new Error('deliberate failure before the actions');
      return run.call(this, name, params);
    } as typeof run;
    try {
      const text = seedText();
      await expect(ingestDocument(graph, { text, source: 'fail.txt' }, { extraction: seedExtraction(text) })).rejects.toThrow(/deliberate failure/);
    } finally {
      GraphTx.prototype.run = run;
    }
    expect(await productNodes()).toBe(0);
  });
});
