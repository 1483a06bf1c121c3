// The commands as a user runs them: child processes with NEO4J_URI pointing at the test database.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../server/graph/queries.ts';
import { resetGraph, testGraph } from '../setup/db.ts';
import { SEED_PATH } from './fixtures/seed-extraction.ts';

const exec = promisify(execFile);
const graph = testGraph();
let dir = '';
beforeAll(async () => {
  await resetGraph(graph);
  dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' };
  if (inject('neo4jPassword')) {
    e.NEO4J_USER = inject('neo4jUser');
    e.NEO4J_PASSWORD = inject('neo4jPassword');
  }
  return e;
}

async function npm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec('npm', ['run', '--silent', ...args], { cwd: REPO_ROOT, env: env(), maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest / stats', () => {
  it('ingest --json prints one JSON summary on stdout and lists failed files with a non-zero exit', async () => {
    copyFileSync(SEED_PATH, join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'page.html'), '<html><head><title>Tin</title><script>var x = "Quy định số 999-QĐ/TW";</script></head><body><nav>Trang chủ Quy định số 998-QĐ/TW</nav><p>Thực hiện Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị.</p></body></html>');
    writeFileSync(join(dir, 'broken.pdf'), 'this is not a pdf');
    const r = await npm(['ingest', '--', dir, '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as { documents: number; instruments: number; relations: number; actions: number; failed: number; failures: { file: string; reason: string }[] };
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['actions', 'documents', 'failed', 'instruments', 'relations']));
    expect(summary.documents).toBe(2);
    expect(summary.instruments).toBeGreaterThanOrEqual(13);
    expect(summary.actions).toBeGreaterThanOrEqual(8);
    expect(summary.failed).toBe(1);
    expect(summary.failures[0]!.file).toContain('broken.pdf');
    expect(summary.failures[0]!.reason).toMatch(/PDF/);
    expect(r.stderr).toContain('broken.pdf');

    // again: nothing changes, and the html's script and navigation never became instruments
    const again = await npm(['ingest', '--', join(dir, 'seed.txt'), join(dir, 'page.html'), '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ documents: 0, instruments: 0, relations: 0, actions: 0, unchanged: 2, failed: 0 });
    const numbers = (await graph.runMigrationStatement('MATCH (i:Instrument) RETURN i.number AS n', false)).map((x) => x.get('n') as string | null);
    expect(numbers).not.toContain('999');
    expect(numbers).not.toContain('998');
  });

  it('stats --json prints node counts by label and relationship counts by type', async () => {
    const r = await npm(['stats', '--', '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as { nodes: Record<string, number>; relationships: Record<string, number> };
    expect(stats.nodes.Document).toBe(2);
    expect(stats.nodes.Instrument).toBe(13);
    expect(stats.relationships.CONTINUES).toBe(1);
    expect(stats.nodes.MergeLock).toBeUndefined();
  });

  it('--delete removes a document by id', async () => {
    const [row] = (await graph.runMigrationStatement("MATCH (d:Document) WHERE d.source ENDS WITH 'page.html' RETURN d.id AS id", false)).map((x) => x.get('id') as string);
    const r = await npm(['ingest', '--', '--delete', row!, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deleted: [{ docId: row }], missing: 0 });
    const stats = JSON.parse((await npm(['stats', '--', '--json'])).stdout) as { nodes: Record<string, number> };
    expect(stats.nodes.Document).toBe(1);
    const missing = await npm(['ingest', '--', '--delete', 'nope', '--json']);
    expect(missing.code).toBe(1);
  });
});

describe('npm run export', () => {
  it('writes graphml, Cytoscape json, csv and JSON-LD of the whole graph', async () => {
    const stats = JSON.parse((await npm(['stats', '--', '--json'])).stdout) as { nodes: Record<string, number>; relationships: Record<string, number> };
    const nodeCount = Object.values(stats.nodes).reduce((a, b) => a + b, 0);
    const edgeCount = Object.values(stats.relationships).reduce((a, b) => a + b, 0);
    for (const format of ['graphml', 'json', 'csv', 'jsonld']) {
      const out = join(dir, `graph.${format}`);
      const r = await npm(['export', '--', '--format', format, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      if (format === 'graphml') {
        expect(text.match(/<node /g)?.length).toBe(nodeCount);
        expect(text.match(/<edge /g)?.length).toBe(edgeCount);
        expect(text).toContain('id="instrument:quy-dinh:213-qd-tw@2020"');
      } else if (format === 'json') {
        const j = JSON.parse(text) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string; interaction: string } }[] } };
        expect(j.elements.nodes.length).toBe(nodeCount);
        expect(j.elements.edges.length).toBe(edgeCount);
        expect(j.elements.edges).toContainEqual({ data: expect.objectContaining({ source: 'instrument:ket-luan:1-kl-tw@2021', target: 'instrument:chi-thi:5-ct-tw', interaction: 'CONTINUES' }) });
      } else if (format === 'csv') {
        expect(text.split('\n')[0]).toContain('source_id,source_type,source_name,relationship');
        expect(text).toContain('CONTINUES');
      } else {
        const j = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Record<string, unknown>[] };
        expect(j['@context']['@vocab']).toBe('https://schema.org/');
        const qd = j['@graph'].find((o) => o['@id'] === 'urn:vanban:instrument:quy-dinh:213-qd-tw@2020');
        expect(qd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '213-QĐ/TW', legislationDate: '2020-01-02', legislationPassedBy: { '@id': 'urn:vanban:organization:bo-chinh-tri' } });
        const kl = j['@graph'].find((o) => o['@id'] === 'urn:vanban:instrument:ket-luan:1-kl-tw@2021');
        expect(kl?.['vg:continues']).toEqual({ '@id': 'urn:vanban:instrument:chi-thi:5-ct-tw' });
      }
    }
  });

  it('writes the neighbourhood of one instrument with --focus and --depth', async () => {
    const r = await npm(['export', '--', '--format', 'json', '--focus', 'chi-thi:5-ct-tw', '--depth', '1']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { elements: { nodes: { data: { id: string } }[] } };
    const ids = j.elements.nodes.map((n) => n.data.id);
    expect(ids).toContain('instrument:chi-thi:5-ct-tw');
    expect(ids).toContain('instrument:ket-luan:1-kl-tw@2021');
    expect(ids).not.toContain('instrument:quy-dinh:37-qd-tw@2021');
    const missing = await npm(['export', '--', '--format', 'json', '--focus', 'nope:1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no instrument with key');
  });
});

describe('a wrong configuration', () => {
  it('stops stats, ingest and export with one line per problem and no stack trace', async () => {
    for (const args of [['stats', '--', '--json'], ['ingest', '--', SEED_PATH], ['export', '--', '--format', 'json']]) {
      try {
        await exec('npm', ['run', '--silent', ...args], { cwd: REPO_ROOT, env: { ...env(), NEO4J_URI: 'http://nope', LOG_LEVEL: 'silent' } });
        expect.unreachable(`${args[0]} accepted a wrong NEO4J_URI`);
      } catch (err) {
        const e = err as { code: number; stderr: string; stdout: string };
        expect(e.code, args[0]).toBe(1);
        expect(e.stderr).toMatch(/NEO4J_URI must look like/);
        expect(e.stderr).not.toMatch(/\n\s+at /);
        expect(e.stdout).toBe('');
      }
    }
  });
});
