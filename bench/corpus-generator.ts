// Synthetic corpora in the style of the seed article: news reports on how a Party committee carried out
// resolutions, rules and conclusions, citing instruments drawn from a synthetic registry with a Zipf-like
// skew (a few instruments cited very often, most rarely), with full citations, short forms, relation cues
// ("về tiếp tục thực hiện", "thay thế", "hướng dẫn thực hiện"), actions and numbered tasks.
// Deterministic for a given seed.
//
//   tsx bench/corpus-generator.ts --docs 10000 --instruments 5000 --out /tmp/corpus   (one .txt per document)
//   tsx bench/corpus-generator.ts --instruments 100000 --catalog /tmp/catalog.jsonl    (the registry as a catalogue)
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isEntry } from './standalone.ts';

export interface SyntheticInstrument {
  kind: string;
  number: string;
  symbol: string;
  issuedOn: string;
  issuer: string;
  title: string;
  /** How the number and symbol are written in running text: "213-QĐ/TW", "30/2020/NĐ-CP". */
  citation: string;
  jurisdiction: string | null;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTY = [
  { kind: 'Quy định', code: 'QĐ', weight: 3 },
  { kind: 'Kết luận', code: 'KL', weight: 3 },
  { kind: 'Nghị quyết', code: 'NQ', weight: 3 },
  { kind: 'Chỉ thị', code: 'CT', weight: 2 },
  { kind: 'Hướng dẫn', code: 'HD', weight: 1 },
  { kind: 'Quy chế', code: 'QC', weight: 1 },
];
const CENTRAL_ISSUERS = [
  { name: 'Bộ Chính trị', code: 'TW' },
  { name: 'Ban Bí thư', code: 'TW' },
  { name: 'Ban Chấp hành Trung ương', code: 'TW' },
];
const STATE = [
  { kind: 'Nghị định', code: 'NĐ-CP', issuer: 'Chính phủ' },
  { kind: 'Thông tư', code: 'TT-BNV', issuer: 'Bộ Nội vụ' },
  { kind: 'Thông tư', code: 'TT-BTC', issuer: 'Bộ Tài chính' },
];
const PROVINCES = ['Quảng Ninh', 'Thái Bình', 'Nghệ An', 'Bắc Ninh', 'Hà Tĩnh', 'Lào Cai', 'Đồng Nai', 'Cà Mau', 'Gia Lai', 'Thanh Hóa'];
const TOPICS = [
  'trách nhiệm nêu gương của cán bộ, đảng viên',
  'công tác kiểm tra, giám sát và kỷ luật của Đảng',
  'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'xây dựng và phát triển văn hóa, con người',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'công tác cán bộ và bảo vệ chính trị nội bộ',
  'phòng, chống tham nhũng, tiêu cực',
  'chuyển đổi số trong hoạt động của các cơ quan đảng',
  'tiếp công dân, giải quyết khiếu nại, tố cáo',
  'phát triển kinh tế biển bền vững',
  'đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả',
  'những điều đảng viên không được làm',
];
const CITIES = ['Cẩm Phả', 'Uông Bí', 'Hạ Long', 'Móng Cái', 'Vinh', 'Thái Bình', 'Bắc Ninh', 'Biên Hòa', 'Pleiku', 'Sầm Sơn'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The registry: `n` distinct instruments (Party central, Party local, State), stable for a given seed. */
export function* registry(n: number, seed = 42): Generator<SyntheticInstrument> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const used = new Set<string>();
  const weighted = PARTY.flatMap((p) => Array.from({ length: p.weight }, () => p));
  for (let i = 0; i < n; i++) {
    const year = 2005 + Math.floor(r() * 20);
    const date = `${year}-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`;
    const topic = pick(TOPICS);
    const roll = r();
    let inst: SyntheticInstrument;
    // numbers grow with i so that identities stay unique however large the registry
    const number = String(1 + (i % 997) + 1000 * Math.floor(i / 997 / 30));
    if (roll < 0.7) {
      const p = pick(weighted);
      const iss = pick(CENTRAL_ISSUERS);
      const code = p.kind === 'Quy định' && year >= 2018 && r() < 0.5 ? 'QĐi' : p.code;
      inst = { kind: p.kind, number, symbol: `${code}/${iss.code}`, issuedOn: date, issuer: iss.name, title: `Về ${topic}`, citation: `${number}-${code}/${iss.code}`, jurisdiction: null };
    } else if (roll < 0.85) {
      const province = pick(PROVINCES);
      const p = pick(weighted);
      inst = { kind: p.kind, number, symbol: `${p.code}/TU`, issuedOn: date, issuer: `Ban Chấp hành Đảng bộ tỉnh ${province}`, title: `Về ${topic} trên địa bàn tỉnh ${province}`, citation: `${number}-${p.code}/TU`, jurisdiction: province };
    } else {
      const s = pick(STATE);
      inst = { kind: s.kind, number, symbol: `${year}/${s.code}`, issuedOn: date, issuer: s.issuer, title: `Quy định chi tiết về ${topic}`, citation: `${number}/${year}/${s.code}`, jurisdiction: null };
    }
    const id = `${inst.kind}|${inst.citation}|${year}|${inst.jurisdiction ?? ''}`;
    if (used.has(id)) {
      i--;
      continue;
    }
    used.add(id);
    yield inst;
  }
}

/** Zipf sampler over ranks 0..n-1: P(rank k) ∝ 1 / (k + 1)^s. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function dateVi(iso: string, r: () => number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return r() < 0.5 ? `${d}-${m}-${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
}

function fullCitation(i: SyntheticInstrument, r: () => number): string {
  return `${i.kind} số ${i.citation}, ngày ${dateVi(i.issuedOn, r)}, của ${i.issuer}, “${i.title}”`;
}

export interface GeneratedDocument {
  name: string;
  text: string;
  /** Registry indexes it cites. */
  cites: number[];
}

/** `docs` documents citing a registry of `instruments` instruments with Zipf skew `skew`. */
export function* corpus(opts: { docs: number; instruments: number; seed?: number; skew?: number }): Generator<GeneratedDocument> {
  const seed = opts.seed ?? 7;
  const reg = [...registry(opts.instruments, seed)];
  const r = rng(seed + 1);
  const sample = zipf(reg.length, opts.skew ?? 1.1, r);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let d = 0; d < opts.docs; d++) {
    const city = pick(CITIES);
    const province = pick(PROVINCES);
    const k = 3 + Math.floor(r() * 8);
    const cites = [...new Set(Array.from({ length: k }, sample))];
    const inst = cites.map((c) => reg[c]!);
    const paras: string[] = [];
    paras.push(`Thành ủy ${city} chú trọng ${pick(TOPICS)}, tạo động lực cho phát triển nhanh, bền vững`);
    paras.push(`TCCS - Những năm qua, Thành ủy ${city} luôn tập trung lãnh đạo, chỉ đạo công tác xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh. Đảng bộ thành phố ${city} có ${10 + Math.floor(r() * 60)} chi bộ, đảng bộ cơ sở, với ${(1000 + Math.floor(r() * 20000)).toLocaleString('de-DE')} đảng viên.`);
    const [first, ...rest] = inst;
    if (first) paras.push(`Gần ${(1 + Math.floor(r() * 9)).toString()}.000 đảng viên của các đơn vị sinh hoạt theo ${fullCitation(first, r)}.`);
    if (rest.length) paras.push(`Ban Thường vụ Thành ủy ${city} đã triển khai thực hiện nghiêm ${rest.map((i) => fullCitation(i, r)).join('; ')}; qua đó, phong cách, lề lối làm việc của cấp ủy có nhiều chuyển biến tích cực.`);
    // a stated relation between two cited instruments, then short forms of the first ones
    if (inst.length >= 2) {
      const [a, b] = [inst[inst.length - 1]!, inst[0]!];
      const cue = pick(['về tiếp tục thực hiện', 'hướng dẫn thực hiện', 'thay thế', 'sơ kết việc thực hiện']);
      paras.push(`${a.kind} số ${a.citation} ${cue} ${b.kind} số ${b.citation}.`);
      if (b.kind !== 'Nghị định' && b.kind !== 'Thông tư') paras.push(`Việc thực hiện ${b.kind} ${b.number} được các cấp ủy quan tâm, chú trọng.`);
    }
    paras.push(`Đảng bộ tỉnh ${province} đánh giá cao kết quả đạt được, ${(100 + Math.floor(r() * 900)).toString()} cuộc kiểm tra, giám sát được triển khai.`);
    paras.push('Một số nhiệm vụ, giải pháp thực hiện thời gian tới');
    const ordinals = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là'];
    for (let t = 0; t < 2 + Math.floor(r() * 4); t++) paras.push(`${ordinals[t]}, tập trung ${pick(TOPICS)}; nâng cao hiệu lực, hiệu quả hoạt động.`);
    yield { name: `doc-${String(d).padStart(6, '0')}.txt`, text: `${paras.join('\n')}\n`, cites };
  }
}

/** Writes a corpus to `dir`, one file per document, streaming (nothing held). Returns the bytes written. */
export async function writeCorpus(dir: string, opts: { docs: number; instruments: number; seed?: number; skew?: number }): Promise<{ files: number; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  const { writeFile } = await import('node:fs/promises');
  let bytes = 0;
  let files = 0;
  for (const doc of corpus(opts)) {
    await writeFile(join(dir, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
    files++;
  }
  return { files, bytes };
}

/** The registry as catalogue lines (data/catalog format), for loading many instruments at once. */
export async function writeCatalog(file: string, instruments: number, seed = 7): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for (const i of registry(instruments, seed)) {
    const line = JSON.stringify({ kind: i.kind, number: i.number, symbol: i.symbol, issuedOn: i.issuedOn, issuer: i.issuer, title: i.title, jurisdiction: i.jurisdiction, aliases: [`${i.kind} ${i.citation}`] });
    if (!out.write(`${line}\n`)) await new Promise<void>((res) => out.once('drain', () => res()));
    n++;
  }
  await new Promise<void>((res) => out.end(res));
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      instruments: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '7' },
      skew: { type: 'string', default: '1.1' },
      out: { type: 'string' },
      catalog: { type: 'string' },
    },
  });
  const instruments = Number(values.instruments);
  const seed = Number(values.seed);
  if (values.catalog) {
    const n = await writeCatalog(values.catalog, instruments, seed);
    process.stderr.write(`wrote ${n} catalogue entries to ${values.catalog}\n`);
  }
  if (values.out) {
    const r = await writeCorpus(values.out, { docs: Number(values.docs), instruments, seed, skew: Number(values.skew) });
    process.stderr.write(`wrote ${r.files} documents (${(r.bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
  }
  if (!values.catalog && !values.out) process.stderr.write('usage: tsx bench/corpus-generator.ts [--docs N] [--instruments N] [--skew S] [--seed N] (--out DIR | --catalog FILE)\n');
}

if (isEntry(import.meta.url)) void main();
