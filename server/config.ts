// One place reads and validates the environment. A wrong value stops the program with one line per problem,
// naming the variable, what it got and what it wants.
import { resolve } from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Config {
  /** Bolt URI of a Neo4j the user runs; when null the project starts its bundled local Neo4j. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | null;
  /** Port of the bundled Neo4j's Bolt connector (only used when neo4jUri is null). */
  neo4jLocalPort: number;
  port: number;
  host: string;
  apiToken: string | null;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Per-query database timeout for API requests, milliseconds. */
  queryTimeoutMs: number;
  /** Origins (scheme://host[:port]) other web pages may call the API from; empty: same origin only. */
  corsOrigins: string[];
  /** Host names (besides loopback names and HOST) the API answers to; anything else is refused (DNS rebinding). */
  allowedHosts: string[];
  /** Bytes of one GraphQL answer; a larger one is refused (RESPONSE_TOO_LARGE). */
  responseMaxBytes: number;
  /** Load the official catalogue's codified articles as (:Article) nodes. */
  catalogArticles: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const port = (name: string, dflt: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return dflt;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: `${name}=${JSON.stringify(v)} is not a port number (0-65535)` });
        return z.NEVER;
      }
      return n;
    });

/** A whole number of `unit` of at least `min`, from an optional variable (unset or empty: `dflt`). */
const wholeNumber = (name: string, dflt: number, min: number, unit: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return dflt;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        ctx.addIssue({ code: 'custom', message: `${name}=${JSON.stringify(v)} must be a whole number of ${unit} ≥ ${min}` });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  NEO4J_URI: z
    .string()
    .optional()
    .refine((v) => !v || /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(v), {
      message: 'NEO4J_URI must look like bolt://host:7687, neo4j://host or neo4j+s://host',
    }),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'NEO4J_DATABASE is not a valid database name').optional(),
  NEO4J_LOCAL_PORT: port('NEO4J_LOCAL_PORT', 7687),
  PORT: port('PORT', 4000),
  HOST: z.string().min(1, 'HOST must not be empty').optional(),
  API_TOKEN: z.string().min(16, 'API_TOKEN must be at least 16 characters').optional(),
  DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  QUERY_TIMEOUT_MS: wholeNumber('QUERY_TIMEOUT_MS', 15_000, 100, 'milliseconds'),
  RESPONSE_MAX_BYTES: wholeNumber('RESPONSE_MAX_BYTES', 16 * 1024 * 1024, 1024, 'bytes'),
  CORS_ORIGINS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((o) => o.trim() === '*' || /^https?:\/\/[^/\s]+$/.test(o.trim())), {
      message: 'CORS_ORIGINS must be a comma-separated list of origins like https://example.org (no path) or *',
    }),
  CATALOG_ARTICLES: z
    .string()
    .optional()
    .refine((v) => !v || /^(?:1|0|true|false|on|off|yes|no)$/i.test(v.trim()), { message: 'CATALOG_ARTICLES must be 1 or 0 (also true/false, on/off, yes/no)' }),
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((h) => /^[A-Za-z0-9.\-:[\]]+$/.test(h.trim())), { message: 'ALLOWED_HOSTS must be a comma-separated list of host names' }),
});

const list = (v: string | undefined): string[] => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** Reads the configuration from `env` (process.env by default); throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = schema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => (i.path.length && !i.message.includes(String(i.path[0])) ? `${String(i.path[0])}: ${i.message}` : i.message)));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NEO4J_URI && (e.NEO4J_USER === undefined) !== (e.NEO4J_PASSWORD === undefined)) {
    problems.push('NEO4J_USER and NEO4J_PASSWORD go together: set both or neither');
  }
  const host = e.HOST ?? '127.0.0.1';
  if (!isLoopback(host) && !e.API_TOKEN) {
    problems.push(`HOST=${host} is not a loopback address: set API_TOKEN so that mutations are protected, or listen on 127.0.0.1`);
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    neo4jUri: e.NEO4J_URI ?? null,
    neo4jUser: e.NEO4J_USER ?? 'neo4j',
    neo4jPassword: e.NEO4J_PASSWORD ?? '',
    neo4jDatabase: e.NEO4J_DATABASE ?? null,
    neo4jLocalPort: e.NEO4J_LOCAL_PORT,
    port: e.PORT,
    host,
    apiToken: e.API_TOKEN ?? null,
    dataDir: resolve(e.DATA_DIR ?? '.data'),
    logLevel: e.LOG_LEVEL ?? 'warn',
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    corsOrigins: list(e.CORS_ORIGINS).map((o) => o.replace(/\/$/, '')),
    allowedHosts: list(e.ALLOWED_HOSTS).map((h) => h.toLowerCase()),
    responseMaxBytes: e.RESPONSE_MAX_BYTES,
    catalogArticles: !/^(?:0|false|off|no)$/i.test(e.CATALOG_ARTICLES?.trim() ?? ''),
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
