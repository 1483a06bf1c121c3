import { describe, expect, it } from 'vitest';
import { allQueryNames, query, splitStatements, stripComments } from '../../server/graph/queries.ts';
import { loadMigrations } from '../../server/graph/migrate.ts';

describe('Cypher files', () => {
  it('strip // comments but not inside strings', () => {
    expect(stripComments("// header\nMATCH (n {u: 'http://x'}) // tail\nRETURN n").trim()).toBe("MATCH (n {u: 'http://x'}) \nRETURN n");
  });
  it('split statements at top-level semicolons only', () => {
    expect(splitStatements("CREATE (:A {s: 'a;b'});\n// c;\nRETURN 1;")).toEqual(["CREATE (:A {s: 'a;b'})", 'RETURN 1']);
  });
  it('load queries by name and refuse unknown or unsafe names', () => {
    expect(query('graph/count-nodes')).toMatch(/^MATCH/);
    expect(() => query('nope/none')).toThrow(/cypher\/queries\/nope\/none\.cypher/);
    expect(() => query('../secrets')).toThrow(/bad query name/);
    expect(allQueryNames()).toContain('graph/health');
  });
  it('migrations are numbered, ordered and non-empty', () => {
    const ms = loadMigrations();
    expect(ms.map((m) => m.id)).toEqual([...ms.map((m) => m.id)].sort());
    for (const m of ms) expect(m.statements.length).toBeGreaterThan(0);
  });
});
