// The one door to Neo4j. Reads go through executeRead and writes through executeWrite so that a cluster
// (neo4j:// routing URI) sends each to the right member, and transient errors are retried by the driver.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord, type QueryResult, type Session } from 'neo4j-driver';
import { query } from './queries.ts';

export type Params = Record<string, unknown>;

export interface GraphOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string | null;
  /** Fail fast when nothing listens: milliseconds to wait for a connection. */
  connectionTimeoutMs?: number;
  /** Server-side timeout per transaction, milliseconds (undefined: the server's default). */
  txTimeoutMs?: number;
  /** How long the driver retries a transaction on transient errors (a lost connection), milliseconds; 15 s. */
  maxRetryTimeMs?: number;
}

/** Neo4j's "this query needs more memory than it may have" codes: retrying cannot help, and Neo4j is fine. */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.StackOverFlowError',
]);

/** A query Neo4j refused for the memory it would take (its own fault, not the database's); never retried. */
export class QueryTooLargeError extends Error {
  constructor(readonly code: string, options?: { cause?: unknown }) {
    super(`the query needs more memory than the database allows a transaction (${code})`, options);
    this.name = 'QueryTooLargeError';
  }
}

export function isMemoryError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (MEMORY_CODES.has(code) || /MemoryLimit|OutOfMemory/.test(code));
}

export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A Neo4j connection plus the named-query helpers every layer uses. */
export class Graph {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly uri: string;
  /** How many statements this Graph ran; tests use it to prove resolvers do not make N+1 queries. */
  statements = 0;
  private readonly txTimeoutMs: number | undefined;

  constructor(opts: GraphOptions) {
    this.uri = opts.uri;
    this.database = opts.database ?? undefined;
    this.txTimeoutMs = opts.txTimeoutMs;
    const auth = opts.password ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password) : { scheme: 'none', principal: '', credentials: '' };
    this.driver = neo4j.driver(opts.uri, auth, {
      connectionTimeout: opts.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: opts.connectionTimeoutMs ?? 10_000,
      maxTransactionRetryTime: opts.maxRetryTimeMs ?? 15_000,
      disableLosslessIntegers: true,
      userAgent: 'vanban-graph/0.1',
    });
  }

  /** Resolves when the server answers; throws DatabaseUnavailableError with the URI otherwise. */
  async verify(): Promise<{ version: string; edition: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const [, version = info.agent ?? 'unknown'] = /Neo4j\/(\S+)/.exec(info.agent ?? '') ?? [];
      return { version, edition: 'unknown' };
    } catch (err) {
      throw new DatabaseUnavailableError(`cannot reach Neo4j at ${this.uri}: ${(err as Error).message}`, { cause: err });
    }
  }

  private txConfig(timeoutMs?: number) {
    const t = timeoutMs ?? this.txTimeoutMs;
    return t ? { timeout: t } : undefined;
  }

  /**
   * Runs a named read query (cypher/queries/<name>.cypher) and returns its records as plain objects. `signal`
   * cancels it: the session is closed, which resets the connection, and the server stops the query (an API
   * request whose client went away no longer keeps Neo4j busy).
   */
  async read<T = Record<string, unknown>>(name: string, params: Params = {}, timeoutMs?: number, signal?: AbortSignal): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await cancellable(session, signal, () => session.executeRead((tx) => this.run(tx, name, params), this.txConfig(timeoutMs)));
      return res.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** Runs a named write query in its own transaction. */
  async write<T = Record<string, unknown>>(name: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const res = await session.executeWrite((tx) => this.run(tx, name, params), this.txConfig(timeoutMs));
      return res.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** Several named statements in one write transaction: all of them land or none does. */
  async writeTx<T>(work: (tx: GraphTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new GraphTx(this, tx)), this.txConfig(timeoutMs));
    } finally {
      await session.close();
    }
  }

  /** Several named statements in one read transaction (a consistent snapshot); `signal` cancels as in read(). */
  async readTx<T>(work: (tx: GraphTx) => Promise<T>, timeoutMs?: number, signal?: AbortSignal): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await cancellable(session, signal, () => session.executeRead((tx) => work(new GraphTx(this, tx)), this.txConfig(timeoutMs)));
    } finally {
      await session.close();
    }
  }

  /** @internal counts and runs one statement inside a managed transaction. */
  async run(tx: ManagedTransaction, name: string, params: Params): Promise<QueryResult> {
    this.statements++;
    try {
      return await tx.run(query(name), params);
    } catch (err) {
      // the driver would retry a memory error (it is "transient") for its whole retry time: end it here
      if (isMemoryError(err)) throw new QueryTooLargeError((err as { code: string }).code, { cause: err });
      throw err;
    }
  }

  /**
   * Runs a named query in an auto-commit transaction, the only kind that may hold `CALL { … } IN TRANSACTIONS`
   * (batched deletes of a large graph that one transaction's memory could not hold). Not retried.
   */
  async autoCommit<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.statements++;
      const res = await session.run(query(name), params);
      return res.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** Runs a raw statement: only for migrations, whose text comes from files under cypher/migrations. */
  async runMigrationStatement(text: string, write = true): Promise<NeoRecord[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
    try {
      this.statements++;
      const res = await session.run(text);
      return res.records;
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A transaction handle that runs named queries. */
export class GraphTx {
  constructor(
    private readonly graph: Graph,
    readonly tx: ManagedTransaction,
  ) {}

  async run<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    const res = await this.graph.run(this.tx, name, params);
    return res.records.map((r) => r.toObject() as T);
  }
}

/** The reason a cancelled read rejects with. */
export class CancelledError extends Error {
  constructor() {
    super('the request was cancelled');
    this.name = 'CancelledError';
  }
}

/** Runs `work` on `session`; when `signal` aborts first, closes the session (the server stops the query) and rejects. */
async function cancellable<T>(session: Session, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (!signal) return work();
  if (signal.aborted) throw new CancelledError();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      reject(new CancelledError());
      void session.close().catch(() => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const running = work();
  running.catch(() => undefined); // settles after the reset; its error is not the caller's any more
  try {
    return await Promise.race([running, aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
