// Child process for the atomicity test: ingests the seed article and stops dead in the middle of its
// transaction (after the document, its instruments and its citations are written, before the relations),
// printing MID so the parent can kill it there. Usage: NEO4J_URI=… tsx hang-mid-ingest.ts
import { Graph, GraphTx } from '../../../server/graph/driver.ts';
import { ingestDocument } from '../../../server/graph/ingest.ts';
import { seedExtraction, seedText } from '../fixtures/seed-extraction.ts';

const run = GraphTx.prototype.run;
GraphTx.prototype.run = async function (this: GraphTx, name: string, params?: Record<string, unknown>) {
  const rows = await run.call(this, name, params);
  if (name === 'ingest/write-document') {
    process.stdout.write('MID\n');
    await new Promise(() => undefined); // never resolves: the transaction stays open until we are killed
  }
  return rows;
} as typeof run;

const graph = new Graph({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
const text = seedText();
await ingestDocument(graph, { text, source: 'killed.txt' }, { extraction: seedExtraction(text) });
process.stdout.write('COMMITTED\n');
