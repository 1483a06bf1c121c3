// All resolvers, one file per type area; scalars.ts for Date, DateTime and JSON.
import type { Resolvers } from '../generated/resolvers-types.ts';
import { Action, Quantity } from './action.ts';
import { connectionFields, take } from './connection.ts';
import { Document } from './document.ts';
import { graphQuery, pathQuery, Trace, traceQuery } from './graph.ts';
import { Article, AttributeConflict, Citation, ConflictValue, Evidence, HistoryEvent, InferredBacking, Instrument, InstrumentRelation } from './instrument.ts';
import { Mutation } from './mutation.ts';
import { Organization } from './organization.ts';
import { Query } from './query.ts';
import { scalars } from './scalars.ts';
import { SearchHit, SearchNode, searchQuery } from './search.ts';
import { healthQuery, statsQuery } from './stats.ts';

export const resolvers: Resolvers = {
  ...scalars,
  Query: { ...Query, search: searchQuery, graph: graphQuery, path: pathQuery, trace: traceQuery, stats: statsQuery, health: healthQuery },
  Mutation,
  Instrument,
  InstrumentRelation,
  Evidence,
  HistoryEvent,
  Article,
  InferredBacking,
  Citation,
  AttributeConflict,
  ConflictValue,
  Action,
  Quantity,
  Organization,
  Document,
  SearchHit,
  SearchNode,
  Trace,
  TraceStep: { evidence: (s, a) => take(s.evidence, a.first) },
  InstrumentLookup: { candidates: (l, a) => take(l.candidates, a.first) },
  InstrumentConnection: connectionFields,
  ActionConnection: connectionFields,
  DocumentConnection: connectionFields,
};
