// How the graph reads an instrument key to decide where a mention belongs. The extractor makes the keys
// (server/extract/identity.ts, whose header states the merge rule); the graph only needs their shape:
//
//   quy-dinh:213-qd-tw@2020              kind ":" body "@" year
//   nghi-quyet:11-nq-tu@2018#quang-ninh  … "#" jurisdiction of a local instrument
//   nghi-dinh:30-2020-nd-cp              State symbols carry their year in the body
//   quy-dinh:213                         a short form whose symbol the text never gave
//   nghi-quyet:hntw-4-xiii               a resolution named by its conference
//
// `baseKey` drops the `@year` and `#jurisdiction` qualifiers; `mergeGroup` is kind + number (leading zeros
// dropped), the widest set of nodes a mention without year or symbol may join. Both are stored on the node.
import { instrumentKey } from '../extract/identity.ts';

export interface KeyParts {
  key: string;
  kind: string;
  body: string;
  year: number | null;
  jurisdiction: string | null;
  baseKey: string;
  mergeGroup: string;
  /** True when the body is only a number: "quy-dinh:213", a short form with no symbol. */
  bare: boolean;
}

const KEY = /^([^:@#]+):([^@#]*)(?:@([^#]*))?(?:#(.*))?$/;

export function parseInstrumentKey(key: string): KeyParts {
  const m = KEY.exec(key);
  if (!m) return { key, kind: key, body: '', year: null, jurisdiction: null, baseKey: key, mergeGroup: key, bare: false };
  const [, kind = '', body = '', qualifier, jur] = m;
  const year = qualifier && /^\d{4}$/.test(qualifier) ? Number(qualifier) : null;
  const baseKey = `${kind}:${body}`;
  const num = /^(\d+)(?:-|$)/.exec(body);
  const mergeGroup = num ? `${kind}:${String(Number(num[1]))}` : baseKey;
  return { key, kind, body, year, jurisdiction: jur || null, baseKey, mergeGroup, bare: !!num && num[0] === body };
}

/** Key of an instrument described by its attributes (the catalogue), made by the extractor's own rule. */
export function keyFromAttributes(a: {
  kind: string;
  number?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  conference?: string | null;
  term?: string | null;
  title?: string | null;
  jurisdiction?: string | null;
}): string {
  const conf = a.conference ? /(\d+)/.exec(a.conference) : null;
  const congress = a.conference && /đại hội|dai hoi/i.test(a.conference);
  return instrumentKey({
    kind: a.kind,
    number: a.number ?? null,
    symbol: a.symbol ?? null,
    year: a.issuedOn ? Number(a.issuedOn.slice(0, 4)) : null,
    jurisdiction: a.jurisdiction ?? null,
    conference: conf && !congress ? { no: Number(conf[1]), term: a.term ?? null } : null,
    congressTerm: congress ? (a.term ?? null) : null,
    title: a.title ?? null,
  });
}

/** Display label: "Quy định 213-QĐ/TW", "Nghị định 30/2020/NĐ-CP", "Nghị quyết Hội nghị Trung ương 4 khóa XIII". */
export function instrumentLabel(a: { kind: string; number?: string | null; symbol?: string | null; conference?: string | null; term?: string | null; title?: string | null }): string {
  if (a.number) {
    if (!a.symbol) return `${a.kind} ${a.number}`;
    // Party symbols are TYPE/ISSUER ("QĐ/TW") and follow a hyphen; State ones follow a slash.
    const party = /^[^\d\s-][^-]*\/[^-]+$/.test(a.symbol);
    return `${a.kind} ${a.number}${party ? '-' : '/'}${a.symbol}`;
  }
  if (a.conference) return `${a.kind} ${a.conference}${a.term ? ` khóa ${a.term}` : ''}`;
  return a.title ? `${a.kind} ${a.title}` : a.kind;
}
