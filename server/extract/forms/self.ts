// The document itself, cited by its kind: "Nghị định này", "Quy định này", English "This Decision …".
// Resolution gives these the document's own identity (from its header or its enacting sentence).

import type { Mention } from '../models.ts';
import { mention } from './mention.ts';
import type { KindWordForm } from './types.ts';

const SELF_AFTER_KIND = /[ ]{1,2}nay(?![a-z0-9])/y;
const THIS_BEFORE = /(?:^|[^a-z])this[ ]$/;

export const selfReference: KindWordForm = {
  name: 'self-reference',
  summary: 'the document itself: "Nghị định này", "This Decision"',
  trigger: 'kind-word',
  ownReference: true,
  patterns: { SELF_AFTER_KIND, THIS_BEFORE },
  examples: [
    { text: 'Nghị định này có hiệu lực kể từ ngày ký.', mentions: [{ kind: 'Nghị định', form: 'short', self: true }] },
    { text: 'This Decision replaces Decision No. 12/2015/QD-TTg.', mentions: [{ kind: 'Quyết định', self: true }] },
  ],
  read: ({ doc, kind, start, afterKind, english, capitalised }): Mention[] => {
    const { scan, text } = doc;
    // "This Decision replaces …": the document itself, in English
    if (english !== undefined && THIS_BEFORE.test(scan.slice(Math.max(0, start - 6), start))) {
      return [mention('short', kind, { start: start - 5, end: afterKind }, { self: true })];
    }
    if (!capitalised) return [];
    SELF_AFTER_KIND.lastIndex = afterKind;
    const s = SELF_AFTER_KIND.exec(scan);
    if (s && text.slice(afterKind, afterKind + s[0].length).includes('này')) {
      return [mention('short', kind, { start, end: afterKind + s[0].length }, { self: true })];
    }
    return [];
  },
};
