// Cancelling a read: the caller gets a CancelledError at once and the server stops the query, so an API request
// whose client went away (a superseded autocomplete search, a closed tab) no longer keeps Neo4j busy.
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../server/graph/driver.ts';
import { testGraph } from '../setup/db.ts';

const graph = testGraph();
afterAll(() => graph.close());

/** Long enough to still be running when we look (seconds on this machine), short enough not to matter if not. */
const SLOW = { n: 400_000_000 };

async function running(): Promise<number> {
  return (await graph.read('test/running', { marker: 'x % 7 = 0' })).length;
}

async function until(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

describe('a cancelled read', () => {
  it('rejects at once and the server stops the query', async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    const pending = graph.read('test/slow', SLOW, 60_000, ac.signal);
    pending.catch(() => undefined);
    expect(await until(async () => (await running()) > 0, 10_000)).toBe(true);
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - t0).toBeLessThan(15_000);
    // The server ends the transaction too, not only the client's wait.
    expect(await until(async () => (await running()) === 0, 10_000)).toBe(true);
  });

  it('rejects before starting when the signal is already aborted, and the driver stays usable', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(graph.read('test/slow', { n: 10 }, undefined, ac.signal)).rejects.toBeInstanceOf(CancelledError);
    await expect(graph.readTx((tx) => tx.run('test/slow', { n: 10 }), undefined, ac.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(await graph.read<{ c: number }>('test/slow', { n: 70 })).toEqual([{ c: 10 }]);
  });

  it('a read that finishes first is not disturbed by a later abort', async () => {
    const ac = new AbortController();
    expect(await graph.read<{ c: number }>('test/slow', { n: 700 }, undefined, ac.signal)).toEqual([{ c: 100 }]);
    ac.abort();
  });
});
