// The shape of a citation form: what the registry (index.ts) walks. A form names one way of citing an
// instrument, keeps the regexes that recognise it, worked examples (our own sentences, with the mentions they
// must yield) and its reader.

import type { Doc, Mention, MentionForm } from '../models.ts';
import type { KindInfo } from '../patterns.ts';
import type { NumberedRead } from './numbered.ts';
import type { SymbolRead } from './symbol.ts';

/** What one example must yield: the listed fields of each mention this form reads from it, in text order. */
export interface ExpectedMention {
  kind: string;
  form?: MentionForm;
  number?: string | null;
  symbol?: string | null;
  term?: string | null;
  conference?: string | null;
  title?: string | null;
  year?: number | null;
  local?: boolean;
  jurisdiction?: string | null;
  self?: boolean;
}

export interface FormExample {
  text: string;
  mentions: ExpectedMention[];
}

/** A kind word found in the text ("Nghị quyết", "Decree"), where the kind-word forms start reading. */
export interface KindWordAt {
  doc: Doc;
  /** The kind word, folded, spaces single: "nghi quyet", "decree". */
  word: string;
  /** Display kind: "Nghị quyết". */
  kind: string;
  start: number;
  afterKind: number;
  capitalised: boolean;
  info: KindInfo | undefined;
  /** The display kind when the word is English. */
  english: string | undefined;
  /** Numbers and symbol after the kind word, read once and shared by the numbered and short forms. */
  numbered?: NumberedRead;
}

/** A number and symbol written without a kind word before it ("… và 08-QĐi/TW", "Số: 10/2016/NĐ-CP"). */
export interface SymbolAt {
  doc: Doc;
  start: number;
  numEnd: number;
  sym: SymbolRead;
  /** Mentions found so far, by end offset: what a list continuation continues. */
  byEnd: Map<number, Mention>;
}

/** How a symbol-led form reads a candidate: its kind and whether it is the document itself or continues a list. */
export interface SymbolReading {
  kind: string;
  self?: boolean;
  listPrev?: number | null;
}

interface FormBase {
  name: string;
  /** One line: what the form is, as written. */
  summary: string;
  /** The form's own regexes, by name (named capture groups where they capture). */
  patterns: Record<string, RegExp>;
  examples: FormExample[];
  /** Runs once over all mentions after every form has read (sorted by start). */
  settle?: (mentions: Mention[]) => void;
}

/** A form that starts at a kind word. The first form in registry order that reads something wins. */
export interface KindWordForm extends FormBase {
  trigger: 'kind-word';
  /** Mentions of the document itself ("Nghị định này"): kept apart from the rest until every form has read. */
  ownReference?: boolean;
  read: (at: KindWordAt) => Mention[];
}

/** A form that starts at a number and symbol no kind-word form has covered. */
export interface SymbolForm extends FormBase {
  trigger: 'symbol';
  read: (at: SymbolAt) => SymbolReading | null;
}

export type CitationForm = KindWordForm | SymbolForm;
