// What the export buttons write (client/src/export/export.ts): the instruments in view as CSV, the elements in
// view as Cytoscape JSON. Both read a GraphView; here a headless Cytoscape stands in for the one on the page.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { instrumentsCsv, viewJson } from '../../client/src/export/export.ts';
import type { GraphView } from '../../client/src/graph/view.ts';
import { setLang } from '../../client/src/i18n/index.ts';

const HEADER = 'key,label,kind,title,issuedOn,year,issuer,status,citationCount';

/** The two members of GraphView the exports use: `cy`, and `visibleNodes()` as view.ts defines it. */
function viewOf(elements: ElementDefinition[]): GraphView & { cy: Core } {
  const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
  return { cy, visibleNodes: () => cy.nodes().filter((n) => !n.hasClass('filtered-out')).toArray() as NodeSingular[] } as unknown as GraphView & { cy: Core };
}

const instrument = (id: string, data: Record<string, unknown> = {}, classes?: string): ElementDefinition => ({
  group: 'nodes',
  data: { id, type: 'instrument', label: id, ...data },
  ...(classes ? { classes } : {}),
});

/** A minimal RFC 4180 reader: enough to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error(`unterminated last line: ${JSON.stringify(row.concat(cell))}`);
  return rows;
}

describe('instrumentsCsv', () => {
  it('writes the header alone, CRLF-terminated, for a view without instruments', () => {
    expect(instrumentsCsv(viewOf([]))).toBe(`${HEADER}\r\n`);
    expect(instrumentsCsv(viewOf([{ group: 'nodes', data: { id: 'org:bct', type: 'organization', label: 'Bộ Chính trị' } }]))).toBe(`${HEADER}\r\n`);
  });

  it('writes one row per instrument, columns in header order, key from the node id', () => {
    const csv = instrumentsCsv(
      viewOf([
        instrument('quy-dinh:213-qd-tw@2020', {
          label: 'Quy định 213-QĐ/TW',
          kind: 'Quy định',
          title: 'về trách nhiệm nêu gương',
          issuedOn: '2020-01-02',
          year: 2020,
          issuer: 'Bộ Chính trị',
          status: 'REPLACED',
          citationCount: 12,
          hiddenNeighbors: 4,
          displayLabel: 'Quy định 213-QĐ/TW (+4)',
        }),
      ]),
    );
    // Kind and status in the interface's language (Vietnamese by default), never the raw enum value.
    expect(csv).toBe(`${HEADER}\r\nquy-dinh:213-qd-tw@2020,Quy định 213-QĐ/TW,Quy định,về trách nhiệm nêu gương,2020-01-02,2020,Bộ Chính trị,Đã bị thay thế,12\r\n`);
  });

  it('writes kinds and statuses in English after the switch, and an instrument without a status as unknown', () => {
    // setLang writes <html lang>: a stand-in for document.documentElement is all it needs.
    vi.stubGlobal('document', { documentElement: { lang: 'vi' } });
    setLang('en');
    try {
      const csv = instrumentsCsv(viewOf([instrument('a', { kind: 'Nghị định', status: 'REPEALED' }), instrument('b', { kind: 'Thông tư', status: null })]));
      const rows = csv.trim().split('\r\n').slice(1);
      expect(rows[0]).toContain(',Decree,');
      expect(rows[0]).toContain(',Repealed,');
      expect(rows[1]).toContain(',Circular,');
      expect(rows[1]).toContain(',Unknown,');
    } finally {
      setLang('vi');
      vi.unstubAllGlobals();
    }
  });

  it('ends every line with CRLF and has no bare LF outside quotes', () => {
    const csv = instrumentsCsv(viewOf([instrument('a'), instrument('b'), instrument('c')]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 rows, '' after the last CRLF
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes missing and null values as empty cells, 0 as 0, and a missing status as unknown (never in force)', () => {
    const csv = instrumentsCsv(viewOf([instrument('x', { label: 'X', kind: null, title: undefined, year: null, citationCount: 0 })]));
    expect(csv.split('\r\n')[1]).toBe('x,X,,,,,,Chưa xác định,0');
  });

  it('quotes cells with commas, quotes, line breaks, and doubles the quotes', () => {
    const title = 'về "nêu gương", trách nhiệm\nđoạn hai\r\nđoạn ba';
    const csv = instrumentsCsv(viewOf([instrument('k', { label: 'Quy định 1, 2', title, issuer: 'Ban "A"' })]));
    const line = csv.slice(HEADER.length + 2);
    expect(line.startsWith('k,"Quy định 1, 2",,"về ""nêu gương"", trách nhiệm\nđoạn hai\r\nđoạn ba",')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(HEADER.split(','));
    expect(rows[1]).toEqual(['k', 'Quy định 1, 2', '', title, '', '', 'Ban "A"', 'Chưa xác định', '']);
  });

  it('leaves plain cells unquoted, Vietnamese text intact (NFC, no escaping)', () => {
    const label = 'Nghị quyết 57-NQ/TW';
    const csv = instrumentsCsv(viewOf([instrument('nq57', { label, issuer: 'Ban Chấp hành Trung ương Đảng' })]));
    expect(csv).toContain(`nq57,${label},`);
    expect(csv).toContain(',Ban Chấp hành Trung ương Đảng,');
    expect(csv).not.toContain('"');
    expect(csv.normalize('NFC')).toBe(csv);
  });

  it('reads back as the same cells for any text (a formula-like start behind its apostrophe)', () => {
    const shown = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 10 }), (title, issuer) => {
        const rows = parseCsv(instrumentsCsv(viewOf([instrument('k', { title, issuer })])));
        expect(rows[1]).toEqual(['k', 'k', '', shown(title), '', '', shown(issuer), 'Chưa xác định', '']);
      }),
    );
  });

  it('exports only the instruments in view: filtered-out ones and other node types are left out', () => {
    const csv = instrumentsCsv(
      viewOf([
        instrument('shown-1'),
        instrument('hidden', {}, 'filtered-out'),
        { group: 'nodes', data: { id: 'org:bct', type: 'organization', label: 'Bộ Chính trị' } },
        { group: 'nodes', data: { id: 'act:1', type: 'action', label: 'Hoạt động' } },
        instrument('shown-2'),
      ]),
    );
    expect(parseCsv(csv).slice(1).map((r) => r[0])).toEqual(['shown-1', 'shown-2']);
  });
});

describe('viewJson', () => {
  const els: ElementDefinition[] = [
    { ...instrument('a', { displayLabel: 'a (+2)', hiddenNeighbors: 2 }), position: { x: 10, y: 20 } },
    { ...instrument('b'), position: { x: -5, y: 0 } },
    { ...instrument('c', {}, 'filtered-out'), position: { x: 0, y: 0 } },
    { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b', type: 'REPLACES', inferred: true, score: 0.8, scoreLabel: '0.80', evidenceCount: 1 } },
    { group: 'edges', data: { id: 'a-c', source: 'a', target: 'c', type: 'CITES', inferred: false, scoreLabel: '', evidenceCount: 1 } },
    { group: 'edges', data: { id: 'b-a', source: 'b', target: 'a', type: 'GUIDES', inferred: false, evidenceCount: 0 }, classes: 'filtered-out' },
  ];

  it('keeps the visible nodes with their positions, and the edges between visible nodes', () => {
    const j = viewJson(viewOf(els));
    expect(j.nodes.map((n) => (n as { data: { id: string } }).data.id)).toEqual(['a', 'b']);
    expect(j.nodes[0]).toMatchObject({ position: { x: 10, y: 20 } });
    expect(j.nodes[1]).toMatchObject({ position: { x: -5, y: 0 } });
    // a-c leads to a filtered-out node; b-a is filtered out itself
    expect(j.edges.map((e) => (e as { data: { id: string } }).data.id)).toEqual(['a-b']);
  });

  it('drops the labels computed for the canvas and keeps the data from the API', () => {
    const j = viewJson(viewOf(els));
    const a = (j.nodes[0] as { data: Record<string, unknown> }).data;
    expect(a).not.toHaveProperty('displayLabel');
    expect(a).toMatchObject({ id: 'a', type: 'instrument', label: 'a', hiddenNeighbors: 2 });
    const e = (j.edges[0] as { data: Record<string, unknown> }).data;
    expect(e).not.toHaveProperty('scoreLabel');
    expect(e).toMatchObject({ id: 'a-b', source: 'a', target: 'b', type: 'REPLACES', inferred: true, score: 0.8 });
  });

  it('loads back into Cytoscape as the same graph (cy.add)', () => {
    const j = viewJson(viewOf(els));
    const cy2 = cytoscape({ headless: true });
    cy2.add([...(j.nodes as ElementDefinition[]).map((n) => ({ ...n, group: 'nodes' as const })), ...(j.edges as ElementDefinition[]).map((e) => ({ ...e, group: 'edges' as const }))]);
    expect(cy2.nodes().map((n) => n.id())).toEqual(['a', 'b']);
    expect(cy2.getElementById('a').position()).toEqual({ x: 10, y: 20 });
    expect(cy2.edges().map((e) => `${e.source().id()}->${e.target().id()}`)).toEqual(['a->b']);
  });

  it('does not change the graph it reads', () => {
    const view = viewOf(els);
    viewJson(view);
    expect(view.cy.getElementById('a').data('displayLabel')).toBe('a (+2)');
    expect(view.cy.elements()).toHaveLength(els.length);
  });
});
