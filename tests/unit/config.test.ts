import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('has defaults that start the bundled database on loopback', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ neo4jUri: null, port: 4000, host: '127.0.0.1', apiToken: null, logLevel: 'warn' });
    expect(c.dataDir).toMatch(/\.data$/);
  });

  it('reads a user Neo4j', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'legal' });
    expect(c).toMatchObject({ neo4jUri: 'neo4j+s://abc.databases.neo4j.io', neo4jUser: 'neo4j', neo4jPassword: 'pw', neo4jDatabase: 'legal' });
  });

  it('lists every wrong value, one line each', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT="abc"/);
    expect(problems.join('\n')).toMatch(/NEO4J_URI/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
  });

  it('refuses a non-loopback HOST without API_TOKEN', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/API_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', API_TOKEN: 'a-long-enough-token-123' }).host).toBe('0.0.0.0');
  });

  it('loads the codified articles unless CATALOG_ARTICLES turns them off, and refuses a value it cannot read', () => {
    expect(loadConfig({}).catalogArticles).toBe(true);
    expect(loadConfig({ CATALOG_ARTICLES: '0' }).catalogArticles).toBe(false);
    expect(loadConfig({ CATALOG_ARTICLES: 'Off' }).catalogArticles).toBe(false);
    expect(loadConfig({ CATALOG_ARTICLES: 'yes' }).catalogArticles).toBe(true);
    expect(() => loadConfig({ CATALOG_ARTICLES: 'sometimes' })).toThrow(/CATALOG_ARTICLES must be 1 or 0/);
  });
});
