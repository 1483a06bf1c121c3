// The relation vocabulary, the API's RelationType enum and the Cypher that writes relations must name the same
// types: a type added in one place and not the others fails here. The kind vocabulary is the source of the
// extractor's cue tables, the API's labels, the client's English names and the kinds a typed abbreviation
// stands for; a kind added to a copy of it shows up in every derived table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { INSTRUMENT_RELATION_TYPES, RELATION_LABELS, SUPERSEDING_TYPES, TRACED_TYPES } from '../../server/vocabulary/relations.ts';
import {
  CODE_KIND, ENGLISH_KIND_CUES, KIND_ABBREVIATION, KIND_CUES, KIND_VOCABULARY, TYPED_ABBREVIATIONS,
  defaultIssuer, deriveKindTables, foldedKind, kindOfSideCode, type KindEntry,
} from '../../server/vocabulary/kinds.ts';
import * as patterns from '../../server/extract/patterns.ts';
import { kindFromCodes } from '../../server/extract/find.ts';
import { extract, parseReference } from '../../server/extract/index.ts';
import { instrumentLabel } from '../../server/api/naming.ts';
import { kindName, setLang } from '../../client/src/i18n/index.ts';
import { fold } from '../../server/text/fold.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const NOT_BETWEEN_INSTRUMENTS = ['ISSUED', 'GOVERNS', 'MAY_GOVERN', 'PERFORMED_BY'];

const sdl = () => buildSchema(`${read('server/api/schema/vanban.graphql').replace(/^extend type Query/m, 'type Query')}`);

function sdlRelationTypes(): string[] {
  const schema = sdl();
  const t = schema.getType('RelationType');
  if (!isEnumType(t)) throw new Error('RelationType is not an enum');
  return t.getValues().map((v) => v.name).sort();
}

/** The types a Cypher file writes with one FOREACH block each ("WHEN r.type = 'X'"). */
function cypherTypes(file: string): string[] {
  return [...read(file).matchAll(/WHEN r\.type = '([A-Z_]+)'/g)].map((m) => m[1]!).sort();
}

describe('one relation vocabulary', () => {
  const vocabulary = Object.keys(RELATION_LABELS).filter((t) => !NOT_BETWEEN_INSTRUMENTS.includes(t)).sort();

  it('labels exactly the API enum, with an active and a passive label in both languages', () => {
    expect(vocabulary).toEqual(sdlRelationTypes());
    for (const [type, l] of Object.entries(RELATION_LABELS)) {
      for (const lang of ['vi', 'en'] as const) {
        expect(l[lang].active, `${type} ${lang} active`).not.toBe('');
        expect(l[lang].passive, `${type} ${lang} passive`).not.toBe('');
      }
    }
  });

  it('lists the instrument links and the superseding ones for the API', () => {
    expect([...INSTRUMENT_RELATION_TYPES].sort()).toEqual(vocabulary);
    expect([...SUPERSEDING_TYPES].sort()).toEqual(['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS']);
    expect([...TRACED_TYPES].sort()).toEqual(['BASED_ON', 'CONTINUES', 'GUIDES', 'IMPLEMENTS']);
  });

  it('names the Instrument fields that list linked instruments, one way and the other', () => {
    const t = sdl().getType('Instrument');
    if (!isObjectType(t)) throw new Error('Instrument is not an object type');
    const listing = Object.values(t.getFields()).filter((f) => String(f.type) === '[Instrument!]!').map((f) => f.name).sort();
    const named = Object.values(RELATION_LABELS).flatMap((l) => (l.fields ? [l.fields.active, l.fields.passive] : [])).sort();
    expect(named).toEqual(listing);
  });

  it('is every list of relation types a Cypher query matches on', () => {
    // "[:REPLACES|REPEALS|AMENDS|SUSPENDS]": a list of four types or more is the superseding types, the traced
    // ones, the links between instruments, or those without CITES; one that drifts (a type added or renamed)
    // fails here
    const sets = [SUPERSEDING_TYPES, TRACED_TYPES, INSTRUMENT_RELATION_TYPES, INSTRUMENT_RELATION_TYPES.filter((t) => t !== 'CITES')].map((l) => [...l].sort().join('|'));
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.cypher') ? [join(dir, d.name)] : []));
    let lists = 0;
    for (const f of files('cypher')) {
      for (const m of read(f).matchAll(/:((?:[A-Z_]+\|){3,}[A-Z_]+)/g)) {
        lists++;
        expect(sets, `${f}: ${m[1]}`).toContain(m[1]!.split('|').sort().join('|'));
      }
    }
    expect(lists).toBeGreaterThan(10);
  });

  it('is what the ingest and the bulk load write', () => {
    expect(cypherTypes('cypher/queries/ingest/write-relations.cypher')).toEqual(vocabulary);
    expect(cypherTypes('cypher/queries/ingest/bulk-documents.cypher')).toEqual(vocabulary);
  });
});

describe('one kind vocabulary', () => {
  const names = KIND_VOCABULARY.map((k) => k.vi);

  it('names each kind once, with its folded form, an English name and a side', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const k of KIND_VOCABULARY) {
      expect(foldedKind(k.vi), k.vi).toBe(fold(k.vi));
      expect(k.en, k.vi).not.toBe('');
      expect(['party', 'state', 'both'], k.vi).toContain(k.side);
    }
  });

  it('is the table the extractor reads kind words, English cues and symbol codes from', () => {
    expect(patterns.KINDS).toEqual(KIND_CUES);
    expect(patterns.ENGLISH_KINDS).toEqual(ENGLISH_KIND_CUES);
    expect(patterns.CODE_KIND).toEqual(CODE_KIND);
    // a code of one side names a kind only in that side's symbols: "QĐ-TTg" is a Quyết định, "QĐ/TW" a Quy định
    expect(kindFromCodes(['qd', 'ttg'], null)).toBe(kindOfSideCode('qd', true));
    expect(kindFromCodes(['qd', 'tw'], null)).toBe(kindOfSideCode('qd', false));
    expect(kindOfSideCode('qd', false)).toBeNull();
    expect(kindFromCodes(['tt', 'tw'], null)).toBe(kindOfSideCode('tt', false));
    expect(kindFromCodes(['tt', 'btc'], 2020)).toBe(kindOfSideCode('tt', true));
    expect(kindOfSideCode('nq', true)).toBeNull();
  });

  it('gives each kind with a default issuer that issuer when the text names none', () => {
    expect(defaultIssuer('Nghị định')).toBe('Chính phủ');
    expect(defaultIssuer('Chỉ thị')).toBeNull();
    const decree = extract('Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 về công tác văn thư.').instruments[0];
    expect(decree?.issuer).toBe(defaultIssuer('Nghị định'));
  });

  it('is what a typed abbreviation stands for (the kinds the instrument(ref:) query is given)', () => {
    for (const [abbr, kinds] of Object.entries(TYPED_ABBREVIATIONS)) {
      expect(parseReference(`${abbr} 12`), abbr).toEqual({ kinds, number: '12' });
    }
    expect(read('cypher/queries/api/instruments-by-reference.cypher')).toContain('i.kind IN $kinds');
  });

  it('labels instruments in the API and names kinds in the client', () => {
    for (const [kind, abbr] of Object.entries(KIND_ABBREVIATION)) {
      expect(instrumentLabel({ kind, number: '5', symbol: 'X/TW', title: null, conference: null, label: null, key: 'k' })).toBe(`${abbr} 5-X/TW`);
    }
    vi.stubGlobal('document', { documentElement: { lang: 'vi' } });
    try {
      setLang('en');
      for (const k of KIND_VOCABULARY) expect(kindName(k.vi)).toBe(k.en);
    } finally {
      setLang('vi');
      vi.unstubAllGlobals();
    }
    for (const k of KIND_VOCABULARY) expect(kindName(k.vi)).toBe(k.vi);
  });

  it('names only vocabulary kinds in the SDL\'s examples', () => {
    const sdl = read('server/api/schema/vanban.graphql');
    const quoted = [...sdl.matchAll(/Instrument kind \("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(names).toContain(q);
  });

  it('derives every table from one entry: a kind added to a copy appears in all of them', () => {
    const added: KindEntry = {
      vi: 'Quyết nghị', en: 'Resolve', englishCues: ['resolve'], abbreviation: 'QNg', typed: ['qng'], codes: ['qng'],
      defaultIssuer: 'Hội đồng nhân dân', side: 'state',
    };
    const before = deriveKindTables(KIND_VOCABULARY);
    const after = deriveKindTables([...KIND_VOCABULARY, added]);
    // the extraction cue tables: the Vietnamese word, the English word, the symbol code
    expect(before.cues['quyet nghi']).toBeUndefined();
    expect(after.cues['quyet nghi']).toEqual({ display: 'Quyết nghị' });
    expect(after.english.resolve).toBe('Quyết nghị');
    expect(after.codeKind.qng).toBe('Quyết nghị');
    // the API's short label and the client's English name
    expect(after.abbreviation['Quyết nghị']).toBe('QNg');
    expect(after.englishName['Quyết nghị']).toBe('Resolve');
    // the kinds list the reference query gets as its Cypher parameter
    expect(after.typed.qng).toEqual(['Quyết nghị']);
    expect(defaultIssuer('Quyết nghị', after)).toBe('Hội đồng nhân dân');
    expect(after.names).toEqual([...before.names, 'Quyết nghị']);
    // nothing else moved
    expect({ ...after.cues, 'quyet nghi': undefined }).toEqual({ ...before.cues, 'quyet nghi': undefined });
  });
});
