// What every resolver receives: the gate to the database, this request's loaders, the configuration, and
// whether the caller may run mutations (decided by plugins/use-mutation-auth.ts from the request).
import type { Config } from '../config.ts';
import type { Graph } from '../graph/driver.ts';
import type { DbGate } from './db.ts';
import type { Loaders } from './loaders.ts';

export interface ApiContext {
  graph: Graph;
  config: Config;
  db: DbGate;
  loaders: Loaders;
}
