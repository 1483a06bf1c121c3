// Every citation form's worked examples, run as test rows: each example must yield the listed mentions, in text
// order, read by that form. A new form brings its rows with it (its examples live in its module).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../server/extract/find.ts';
import { FORMS, type CitationForm } from '../../server/extract/forms/index.ts';
import type { Mention } from '../../server/extract/models.ts';
import { normalize } from '../../server/extract/normalize.ts';

function readBy(text: string, form: CitationForm): Mention[] {
  const trace = new Map<Mention, CitationForm>();
  const mentions = findMentions(normalize(text), trace);
  return mentions.filter((m) => trace.get(m) === form);
}

describe('the registry', () => {
  it('names each form once and gives each at least two examples', () => {
    const names = FORMS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FORMS) expect(f.examples.length, f.name).toBeGreaterThanOrEqual(2);
  });
  it('applies every form regex at a position (sticky), over the text (global) or to an anchored slice', () => {
    for (const f of FORMS) {
      for (const [name, re] of Object.entries(f.patterns)) {
        expect(re.sticky || re.global || re.source.startsWith('^') || re.source.endsWith('$'), `${f.name}.${name}`).toBe(true);
      }
    }
  });
});

for (const form of FORMS) {
  describe(`form ${form.name}`, () => {
    it.each(form.examples.map((e) => [e.text, e] as const))('%s', (_text, example) => {
      const got = readBy(example.text, form);
      expect(got).toHaveLength(example.mentions.length);
      example.mentions.forEach((want, i) => expect(got[i]).toMatchObject(want));
    });
  });
}
