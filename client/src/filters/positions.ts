// Node positions in a shared link: the fragment "#pos=<check>.<x>,<y>;<x>,<y>…" lists the model position of
// every node shown, in the order of their sorted ids, as whole numbers in base 36. <check> is a hash of those ids,
// so positions are applied only to the very same elements. The fragment never reaches the server.

/** FNV-1a of the ids, base 36: short and enough to tell two element sets apart. */
export function idsCheck(ids: string[]): string {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x7c; // separator
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export type Positions = Record<string, { x: number; y: number }>;

export function encodePositions(pos: Positions): string {
  const ids = Object.keys(pos).sort();
  const body = ids.map((id) => `${Math.round(pos[id]!.x).toString(36)},${Math.round(pos[id]!.y).toString(36)}`).join(';');
  return `pos=${idsCheck(ids)}.${body}`;
}

/** The positions of a fragment for these ids, or null when it holds none or was made for other elements. */
export function decodePositions(hash: string, ids: string[]): Positions | null {
  const m = /(?:^#?|&)pos=([0-9a-z]+)\.([0-9a-z,;-]*)/.exec(hash);
  if (!m) return null;
  const sorted = [...ids].sort();
  if (idsCheck(sorted) !== m[1]) return null;
  const parts = m[2]!.split(';');
  if (parts.length !== sorted.length) return null;
  const out: Positions = {};
  for (let i = 0; i < sorted.length; i++) {
    const [x, y] = parts[i]!.split(',').map((v) => Number.parseInt(v, 36));
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    out[sorted[i]!] = { x: x!, y: y! };
  }
  return out;
}
