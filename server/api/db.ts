// The API's door to the Graph: every statement runs with the per-query timeout (config.queryTimeoutMs), and a
// small circuit breaker answers SERVICE_UNAVAILABLE at once while Neo4j is away. The driver itself would retry
// a refused connection for up to 15 s, so when a statement is slow to answer we ask the server for its version
// (which fails at once on a refused connection): if that fails, the request ends now and the breaker opens for
// a moment. After that moment the next request tries again, so the API recovers by itself.
import type { Graph, GraphTx, Params } from '../graph/driver.ts';
import { CancelledError } from '../graph/driver.ts';
import { isUnavailable, queryTimeout, unavailable } from './errors.ts';

export interface GateOptions {
  timeoutMs: number;
  /** How long a statement may run before we check that the server is there at all. */
  probeAfterMs?: number;
  /** How long the breaker stays open after the database was found missing. */
  openMs?: number;
}

/** The breaker's state: one per app, shared by the gates of all its requests. */
interface Breaker {
  downUntil: number;
  probing: Promise<boolean> | null;
}

export class DbGate {
  private readonly probeAfterMs: number;
  private readonly openMs: number;

  constructor(
    readonly graph: Graph,
    private readonly opts: GateOptions,
    private readonly breaker: Breaker = { downUntil: 0, probing: null },
    /** The request's signal: its reads stop, on the server too, when the client goes away. */
    readonly signal?: AbortSignal,
    /** Aborts when the request's deadline passes: its reads stop and answer QUERY_TIMEOUT. */
    private readonly deadline?: AbortSignal,
  ) {
    this.probeAfterMs = opts.probeAfterMs ?? 250;
    this.openMs = opts.openMs ?? 1_000;
  }

  /** The gate for one request: the same breaker, reads cancelled by the request's signal or its deadline. */
  forRequest(signal: AbortSignal | undefined, deadlineMs?: number): DbGate {
    if (!deadlineMs) return new DbGate(this.graph, this.opts, this.breaker, signal);
    const deadline = AbortSignal.timeout(deadlineMs);
    return new DbGate(this.graph, this.opts, this.breaker, signal ? AbortSignal.any([signal, deadline]) : deadline, deadline);
  }

  get timeoutMs(): number {
    return this.opts.timeoutMs;
  }

  read<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.guard(() => this.graph.read<T>(name, params, this.opts.timeoutMs, this.signal));
  }

  write<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.guard(() => this.graph.write<T>(name, params, this.opts.timeoutMs));
  }

  readTx<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.guard(() => this.graph.readTx(work, this.opts.timeoutMs, this.signal));
  }

  /** Runs `work` (which talks to Neo4j) unless the breaker is open; fails fast if the server is gone. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    if (Date.now() < this.breaker.downUntil) throw unavailable();
    const running = work();
    running.catch(() => undefined); // may settle after we gave up on it
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void this.probe().then((up) => {
          if (!up) reject(unavailable());
        });
      }, this.probeAfterMs);
    });
    watchdog.catch(() => undefined);
    try {
      return await Promise.race([running, watchdog]);
    } catch (err) {
      if (err instanceof CancelledError && this.deadline?.aborted) throw queryTimeout();
      if (isUnavailable(err) || (err instanceof Error && (err as { extensions?: { code?: string } }).extensions?.code === 'SERVICE_UNAVAILABLE')) {
        this.breaker.downUntil = Date.now() + this.openMs;
        throw unavailable();
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  private probe(): Promise<boolean> {
    this.breaker.probing ??= this.graph.driver
      .getServerInfo({ database: this.graph.database })
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        this.breaker.probing = null;
      });
    return this.breaker.probing;
  }
}
