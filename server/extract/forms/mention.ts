// The mention record every form fills in, and small readers shared by several forms.

import { termNumeral } from '../../text/terms.ts';
import type { Mention, MentionForm, Range } from '../models.ts';

let nextId = 0;

/** A new mention of `kind` over `range`, every attribute empty unless given in `over`. */
export function mention(form: MentionForm, kind: string, range: Range, over?: Partial<Mention>): Mention {
  const m: Mention = {
    id: nextId++, form, kind, start: range.start, end: range.end, number: null, symbol: null, codes: [], symbolYear: null,
    extentEnd: range.end, issuedOn: null, year: null, issuer: null, issuerPlace: null, issuerLevel: null, title: null,
    titleRange: null, conference: null, conferenceNo: null, term: null, local: false, jurisdiction: null, listSize: 1,
    nestedIn: null, aliasConference: null, listPrev: null, self: false,
  };
  // every mention keeps one shape (the fields above, in this order); `over` only sets values
  return over ? Object.assign(m, over) : m;
}

/** A term as written ("XIII", "xiii", "13") in Roman capitals. */
export function termOf(raw: string | undefined): string | null {
  return raw ? termNumeral(raw) : null;
}
