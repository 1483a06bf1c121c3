// The bulk path of a first load (`npm run ingest -- --bulk`): for a big corpus going into a store that has no
// document yet (the catalogue may be there). It is the ingest without what a shared, already filled store
// needs: one loader keeps the merge state of every instrument in memory (identity.ts NodeState: memory grows
// with the distinct instruments and the ids of the documents, not with their texts), so there is no
// candidate read, no merge lock and no begin statement; each batch is two auto-commit statements with
// `CALL { … } IN TRANSACTIONS` (instruments, then whole documents, 500 a transaction). That runs on any
// Neo4j 5, a user's server or cluster (`neo4j://`, the writes go to the leader) as well as the bundled one.
//
// What it gives up: it refuses a store that already has documents; a repeated text is written once, but a
// second version from the same source does not replace the first (use the normal ingest for updates); and a
// killed load leaves the batches committed so far (each document whole, possibly instruments no committed
// document cites yet): finish it with the normal ingest, which skips the documents already there.
import { ownInstrumentKey } from './doc-identity.ts';
import type { Graph } from './driver.ts';
import { NodeState, planBatch, type InstrumentNode } from './identity.ts';
import type { DocumentResult, PreparedDocument } from './ingest.ts';
import { documentRows } from './rows.ts';

export class BulkRefusedError extends Error {}

export type BatchWriter = (docs: PreparedDocument[]) => Promise<DocumentResult[]>;

/** Checks the store is fit for a bulk load and returns the writer of its batches (to be called one at a time). */
export async function bulkWriter(graph: Graph): Promise<BatchWriter> {
  const [check] = await graph.read<{ hasDocuments: boolean; nodes: InstrumentNode[] }>('ingest/bulk-check-empty');
  if (check?.hasDocuments) throw new BulkRefusedError('--bulk loads into a store without documents; this one has some: run the ingest without --bulk');
  const state = new NodeState(check?.nodes ?? []);
  const ids = new Set<string>();
  return async (docs) => {
    const results: (DocumentResult | undefined)[] = new Array<DocumentResult | undefined>(docs.length);
    let pending: { n: number; d: PreparedDocument }[] = [];
    for (const [n, d] of docs.entries()) {
      if (ids.has(d.doc.id)) results[n] = { docId: d.doc.id, source: d.doc.source, status: 'unchanged', replaced: [], instruments: { added: 0, updated: 0 }, relations: 0, actions: 0, organizations: 0 };
      else {
        ids.add(d.doc.id);
        pending.push({ n, d });
      }
    }
    while (pending.length) {
      const plan = planBatch(
        pending.map((p) => p.d.items),
        state,
      );
      const rows = [];
      const own: { docId: string; key: string }[] = [];
      for (let k = 0; k < plan.size; k++) {
        const { n, d } = pending[k]!;
        const p = plan.plans[k]!;
        const r = documentRows(d.doc, d.extraction, (key) => p.map.get(key) ?? key);
        rows.push(r);
        const ownKey = ownInstrumentKey(d.extraction);
        if (ownKey) own.push({ docId: d.doc.id, key: p.map.get(ownKey) ?? ownKey });
        results[n] = { docId: d.doc.id, source: d.doc.source, status: 'added', replaced: [], instruments: { added: p.created, updated: p.existing }, relations: r.relations.length, actions: r.actions.length, organizations: r.orgs.length };
      }
      if (plan.rekeys.length) await graph.write('ingest/rekey-instruments', { rekeys: plan.rekeys });
      if (plan.writes.length) await graph.autoCommit('ingest/bulk-instruments', { instruments: plan.writes });
      await graph.autoCommit('ingest/bulk-documents', { docs: rows });
      // each document's own instrument (its header or enacting sentence), as the normal ingest marks it
      if (own.length) await graph.write('graph/mark-own-documents', { rows: own });
      pending = pending.slice(plan.size);
    }
    return results as DocumentResult[];
  };
}
