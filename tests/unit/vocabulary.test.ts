// The relation vocabulary, the API's RelationType enum and the Cypher that writes relations must name the same
// types: a type added in one place and not the others fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RELATION_LABELS } from '../../server/vocabulary/relations.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const NOT_BETWEEN_INSTRUMENTS = ['ISSUED', 'GOVERNS', 'MAY_GOVERN', 'PERFORMED_BY'];

function sdlRelationTypes(): string[] {
  const schema = buildSchema(`${read('server/api/schema/vanban.graphql').replace(/^extend type Query/m, 'type Query')}`);
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

  it('is what the ingest and the bulk load write', () => {
    expect(cypherTypes('cypher/queries/ingest/write-relations.cypher')).toEqual(vocabulary);
    expect(cypherTypes('cypher/queries/ingest/bulk-documents.cypher')).toEqual(vocabulary);
  });
});
