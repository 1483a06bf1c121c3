// Applies cypher/migrations/NNN_name.cypher in order. Each applied file is recorded as a (:SchemaMigration)
// node with its checksum; files already recorded are skipped, so running twice changes nothing. A failing
// statement stops everything with the file and the statement named.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from './driver.ts';
import { CYPHER_DIR, splitStatements } from './queries.ts';

export const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');

export interface Migration {
  id: string;
  name: string;
  file: string;
  statements: string[];
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly statement: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const m = /^(\d{3})_([a-z0-9_-]+)\.cypher$/.exec(file);
    if (!m) throw new MigrationError(`migration file name ${file} does not match NNN_name.cypher`, file, '');
    if (seen.has(m[1]!)) throw new MigrationError(`two migrations share number ${m[1]}`, file, '');
    seen.add(m[1]!);
    const text = readFileSync(join(dir, file), 'utf8');
    return { id: m[1]!, name: m[2]!, file, statements: splitStatements(text), checksum: createHash('sha256').update(text).digest('hex') };
  });
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

export async function migrate(graph: Graph, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = loadMigrations(dir);
  // The bootstrap constraint must exist before we can record anything; it is also in 001.
  await graph.autoCommit('migrations/bootstrap');
  const done = new Map(
    (await graph.read<{ id: string; checksum: string }>('migrations/applied')).map((r) => [r.id, r.checksum] as const),
  );
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const m of migrations) {
    const prior = done.get(m.id);
    if (prior !== undefined) {
      if (prior !== m.checksum) {
        throw new MigrationError(
          `migration ${m.file} was changed after it was applied (checksum differs); add a new migration instead of editing an applied one`,
          m.file,
          '',
        );
      }
      result.skipped.push(m.file);
      continue;
    }
    for (const statement of m.statements) {
      try {
        await graph.runMigrationStatement(statement);
      } catch (err) {
        throw new MigrationError(`migration ${m.file} failed at statement:\n${statement}\n→ ${(err as Error).message}`, m.file, statement, { cause: err });
      }
    }
    await graph.write('migrations/record', { id: m.id, name: m.name, checksum: m.checksum });
    result.applied.push(m.file);
  }
  // Index population is asynchronous; wait so that the first queries after start see complete indexes.
  await graph.autoCommit('migrations/await-indexes');
  return result;
}
