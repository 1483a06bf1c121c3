// Synthetic graphs for `?bench=N`: N nodes (mostly instruments, some organisations, actions and tasks) and 2N
// edges of every relation type, generated in the page so the bench measures the client alone, not the API.
import type { Subgraph } from '../api.ts';
import { RELATION_TYPES } from '../api.ts';

const KINDS = ['Nghị quyết', 'Quy định', 'Kết luận', 'Chỉ thị', 'Hướng dẫn', 'Nghị định'];
const SYMBOLS = ['NQ/TW', 'QĐ/TW', 'KL/TW', 'CT/TW', 'HD/BTCTW', 'NĐ-CP'];

/** A deterministic pseudo-random generator (mulberry32), so every run draws the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(n: number, edgesPerNode = 2): Subgraph {
  const rand = rng(n);
  const nodes: Subgraph['nodes'] = [];
  const edges: Subgraph['edges'] = [];
  for (let i = 0; i < n; i++) {
    const r = i % 10;
    const type = r < 7 ? 'instrument' : r === 7 ? 'organization' : r === 8 ? 'action' : 'task';
    const k = i % KINDS.length;
    const year = 1990 + Math.floor(rand() * 35);
    nodes.push({
      data: {
        id: `n${i}`,
        type,
        label: type === 'instrument' ? `${SYMBOLS[k]!.split('/')[0]} ${i}-${SYMBOLS[k]}` : `${type} ${i}`,
        kind: type === 'instrument' ? KINDS[k]! : type,
        title: `Văn bản tổng hợp số ${i}`,
        year,
        issuedOn: `${year}-0${1 + (i % 9)}-1${i % 9}`,
        issuer: 'Bộ Chính trị',
        status: 'IN_FORCE',
        citationCount: i % 5,
        hiddenNeighbors: 0,
      },
    });
  }
  // Mostly local links (a chain of neighbours) plus some long ones, like a real citation network.
  for (let i = 0; i < n * edgesPerNode; i++) {
    const s = i % n;
    const local = rand() < 0.7;
    let tg = local ? (s + 1 + Math.floor(rand() * 8)) % n : Math.floor(rand() * n);
    if (tg === s) tg = (s + 1) % n;
    const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
    edges.push({ data: { id: `e${i}`, source: `n${s}`, target: `n${tg}`, type, inferred: i % 17 === 0, score: null, reason: null, evidenceCount: 1 } });
  }
  return { nodes, edges, truncated: false };
}
