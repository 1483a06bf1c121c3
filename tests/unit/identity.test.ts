// The merge rule over a batch of documents, without a database: planning several documents together gives
// what planning them one after the other gives, and a batch ends before a document that would re-key a node
// an earlier document of the batch links to.
import { describe, expect, it } from 'vitest';
import { NodeState, planBatch, planInstruments, type InstrumentItem, type InstrumentNode } from '../../server/graph/identity.ts';
import { instrumentRow } from '../../server/graph/rows.ts';

const item = (key: string, a: { kind: string; number: string; symbol?: string | null; issuedOn?: string | null; title?: string | null }): InstrumentItem => ({
  key,
  row: instrumentRow(key, { kind: a.kind, number: a.number, symbol: a.symbol ?? null, issuedOn: a.issuedOn ?? null, issuer: null, title: a.title ?? null }),
});

const full = item('quy-dinh:213-qd-tw@2020', { kind: 'Quy định', number: '213', symbol: 'QĐ/TW', issuedOn: '2020-01-02' });
const short = item('quy-dinh:213', { kind: 'Quy định', number: '213' });
const titled = item('quy-dinh:213-qd-tw@2020', { kind: 'Quy định', number: '213', symbol: 'QĐ/TW', title: 'Về trách nhiệm nêu gương' });

/** The same documents planned one by one, each against the nodes the previous ones left. */
function sequential(docs: InstrumentItem[][], nodes: InstrumentNode[] = []) {
  const state = new NodeState(nodes);
  return docs.map((items) => {
    const plan = planInstruments(items, state.relevant(items));
    for (const r of plan.rekeys) {
      const cur = state.get(r.from);
      state.drop(r.from);
      if (cur) state.put({ ...cur, key: r.to, baseKey: r.baseKey, year: cur.year ?? r.year });
    }
    for (const w of plan.writes) state.put({ key: w.key, ...w.props });
    return plan;
  });
}

describe('planBatch', () => {
  it('plans each document against what the documents before it wrote', () => {
    const docs = [[full], [short], [titled]];
    const batch = planBatch(docs, []);
    expect(batch.size).toBe(3);
    // the short form joins the node the first document creates; the third completes its title
    expect(batch.plans[1]!.map.get('quy-dinh:213')).toBe(full.key);
    expect(batch.plans.map((p) => [p.created, p.existing])).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
    ]);
    expect(batch.writes).toHaveLength(1);
    expect(batch.writes[0]!.props).toMatchObject({ title: 'Về trách nhiệm nêu gương', issuedOn: '2020-01-02' });
    expect([...batch.lockGroups]).toEqual(['quy-dinh:213']);
    const seq = sequential(docs);
    expect(batch.plans.map((p) => [...p.map])).toEqual(seq.map((p) => [...p.map]));
  });

  it('writes nothing and locks nothing for documents that only cite nodes as they are', () => {
    const node: InstrumentNode = { key: full.key, ...planInstruments([full], []).writes[0]!.props };
    const batch = planBatch([[short], [full]], [node]);
    expect(batch.size).toBe(2);
    expect(batch.writes).toEqual([]);
    expect(batch.lockGroups.size).toBe(0);
  });

  it('ends the batch before a document re-keying a node an earlier one links to', () => {
    const bare = item('ket-luan:21-kl-tw', { kind: 'Kết luận', number: '21', symbol: 'KL/TW' });
    const dated = item('ket-luan:21-kl-tw@2021', { kind: 'Kết luận', number: '21', symbol: 'KL/TW', issuedOn: '2021-09-20' });
    const batch = planBatch([[bare], [dated]], []);
    expect(batch.size).toBe(1);
    expect(batch.writes.map((w) => w.key)).toEqual(['ket-luan:21-kl-tw']);
    // the next round, against the nodes the first left, re-keys it
    const node: InstrumentNode = { key: bare.key, ...batch.writes[0]!.props };
    const next = planBatch([[dated]], [node]);
    expect(next.rekeys.map((r) => [r.from, r.to])).toEqual([['ket-luan:21-kl-tw', 'ket-luan:21-kl-tw@2021']]);
  });

  it('keeps a NodeState up to date across batches (the bulk load)', () => {
    const state = new NodeState();
    planBatch([[full]], state);
    expect(state.get(full.key)?.issuedOn).toBe('2020-01-02');
    const second = planBatch([[short]], state);
    expect(second.plans[0]!.map.get(short.key)).toBe(full.key);
    expect(second.writes).toEqual([]);
  });
});
