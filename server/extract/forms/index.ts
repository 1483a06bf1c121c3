// The registry of citation forms, in the order `findMentions` tries them. At each kind word the kind-word
// forms are tried in order and the first that reads something wins; then every number and symbol that no
// citation covers is offered to the symbol forms, in order. To add a form: write its module (a form object
// with its regexes, examples and reader), add one line here, and its examples become test rows.

import { bare } from './bare.ts';
import { conference } from './conference.ts';
import { english } from './english.ts';
import { header } from './header.ts';
import { lawName } from './law-name.ts';
import { numberedParty } from './numbered-party.ts';
import { numberedState } from './numbered-state.ts';
import { selfReference } from './self.ts';
import { short } from './short.ts';
import type { CitationForm, KindWordForm, SymbolForm } from './types.ts';

export const FORMS: readonly CitationForm[] = [
  numberedParty,
  numberedState,
  short,
  conference,
  lawName,
  english,
  selfReference,
  header,
  bare,
];

export const KIND_WORD_FORMS: readonly KindWordForm[] = FORMS.filter((f): f is KindWordForm => f.trigger === 'kind-word');
export const SYMBOL_FORMS: readonly SymbolForm[] = FORMS.filter((f): f is SymbolForm => f.trigger === 'symbol');

export type * from './types.ts';
