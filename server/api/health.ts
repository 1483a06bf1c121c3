// /healthz and /graphql/health: 200 with {status: "ok"} when Neo4j answers, 503 with the database's state while
// it does not (down, restarting, given up), so a load balancer or a person sees at once that reads will fail.
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../graph/driver.ts';

/** What the supervisor of a bundled Neo4j knows (running, restarting after a crash, given up). */
export interface DatabaseState {
  state: 'running' | 'restarting' | 'stopped' | 'failed';
  restarts: number;
  detail?: string;
}

export const HEALTH_PATHS = new Set(['/healthz', '/graphql/health']);

async function reachable(graph: Graph, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((res) => {
    timer = setTimeout(() => res(false), timeoutMs);
  });
  try {
    return await Promise.race([graph.driver.getServerInfo({ database: graph.database }).then(() => true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

export function useHealth(graph: Graph, supervisor?: () => DatabaseState, timeoutMs = 2_000): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (!HEALTH_PATHS.has(url.pathname)) return;
      const sup = supervisor?.();
      const up = sup && sup.state !== 'running' ? false : await reachable(graph, timeoutMs);
      const body = { status: up ? 'ok' : 'unavailable', database: up ? 'up' : (sup?.state ?? 'down'), ...(sup ? { restarts: sup.restarts } : {}), ...(sup?.detail && !up ? { detail: sup.detail } : {}) };
      endResponse(new fetchAPI.Response(JSON.stringify(body), { status: up ? 200 : 503, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } }));
    },
  };
}
