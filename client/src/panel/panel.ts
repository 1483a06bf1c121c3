// The details panel: what the graph knows about one node. For an instrument: its attributes, relations grouped
// by type (each with the quoted sentences that state it), the documents citing it, the actions it backs; buttons
// to expand its neighbours and open the source document. For an action or task: its text, actor and backing,
// with the trace button. Keyboard: the panel is a labelled region; every control is a real button.
import { api, type ActionDetail, type ActionRef, type DocumentRef, type InstrumentDetail, type InstrumentRef, type NodeType, type OrganizationDetail } from '../api.ts';
import { formatDate, formatNumber, kindName, lang, t, tr, type MessageKey } from '../i18n/index.ts';
import { relationLabel } from '../../../server/vocabulary/relations.ts';
import { evidenceBlock } from './evidence.ts';
import { statusBlock } from './status.ts';
import { confidence, inferenceText } from './inferred.ts';

/** What a click on an edge hands to the panel: the link and the labels of its ends. */
export interface EdgeRef {
  id: string;
  source: string;
  target: string;
  type: string;
  inferred: boolean;
  score?: number | null;
  reason?: string | null;
  sourceLabel: string;
  targetLabel: string;
  sourceType: NodeType;
  targetType: NodeType;
}

/** The label of a relation read from `direction`'s side: passive for an incoming one ("Bị thay thế bởi"). */
export function relationHeading(type: string, direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): string {
  return relationLabel(type, direction === 'INCOMING' ? 'passive' : 'active', lang());
}
import { historySection } from '../history/history.ts';
import { articlesSection } from '../history/articles.ts';

export interface PanelActions {
  select: (id: string, type: NodeType) => void;
  /** Adds the node's neighbours; `types`: only along these relation types. */
  expand: (id: string, types?: string[]) => void;
  /** Draws the shortest chain of relations between two instruments (`to`: what the reader typed). */
  findPath?: (from: string, to: string) => Promise<string | null>;
  openDocument: (docId: string, at?: number) => void;
  trace: (actionId: string) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', className, textContent: label });
  b.addEventListener('click', onClick);
  return b;
}

function section(titleKey: MessageKey, params: Record<string, string | number> = {}, ...children: Node[]): HTMLElement {
  const s = el('section', { className: 'panel-section' });
  s.append(el('h3', { textContent: t(titleKey, params) }), ...children);
  return s;
}

function attrs(rows: [MessageKey, string | number | null | undefined | Node][]): HTMLElement {
  const dl = el('dl', { className: 'attrs' });
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === '') continue;
    dl.append(el('dt', { textContent: t(k) }), el('dd', {}, typeof v === 'number' ? formatNumber(v) : v));
  }
  return dl;
}

export class Panel {
  private current: { id: string; type: NodeType } | null = null;
  private edge: EdgeRef | null = null;
  private seq = 0;

  constructor(
    private root: HTMLElement,
    private body: HTMLElement,
    private titleEl: HTMLElement,
    private actions: PanelActions,
  ) {}

  get shown(): { id: string; type: NodeType } | null {
    return this.current;
  }

  close(): void {
    this.current = null;
    this.edge = null;
    this.root.hidden = true;
  }

  /** Reloads the node shown (after a language switch or an ingest). */
  refresh(hidden?: number): void {
    if (this.edge && !this.current) void this.showEdge(this.edge);
    else if (this.current) void this.show(this.current.id, this.current.type, hidden);
  }

  /** A clicked edge: its type read both ways, its ends, and the sentences that state it. */
  async showEdge(e: EdgeRef): Promise<void> {
    const mine = ++this.seq;
    this.current = null;
    this.edge = e;
    this.root.hidden = false;
    this.root.dataset.kind = 'edge';
    this.titleEl.textContent = `${t('edgeTitle')}: ${relationLabel(e.type, 'active', lang())}`;
    this.body.replaceChildren(el('p', { className: 'muted', textContent: t('loading') }));
    const end = (id: string, label: string, type: NodeType) => button(label, () => this.actions.select(id, type), 'link');
    const head = el(
      'div',
      { className: 'edge-head' },
      el('p', {}, end(e.source, e.sourceLabel, e.sourceType), ` ${relationLabel(e.type, 'active', lang()).toLowerCase()} `, end(e.target, e.targetLabel, e.targetType)),
      el('p', { className: 'muted' }, end(e.target, e.targetLabel, e.targetType), ` ${relationLabel(e.type, 'passive', lang()).toLowerCase()} `, end(e.source, e.sourceLabel, e.sourceType)),
    );
    const nodes: Node[] = [head];
    try {
      if (e.inferred) {
        nodes.push(el('p', { className: 'muted', textContent: t('edgeInferredNote') }), el('p', { className: 'score', textContent: inferenceText(e.score, e.reason) }));
      } else if (e.sourceType === 'instrument' && e.targetType === 'instrument') {
        const d = await api.instrument(e.source);
        const rel = d?.relations.find((r) => r.type === e.type && r.instrument.key === e.target && r.direction !== 'INCOMING');
        const evs = rel?.evidence ?? [];
        nodes.push(section('evidence', {}, ...(evs.length ? evs.map((ev) => evidenceBlock(ev, this.actions.openDocument)) : [el('p', { className: 'muted', textContent: t('edgeNoEvidence') })])));
      } else if (e.targetType === 'action' || e.targetType === 'task' || e.sourceType === 'action' || e.sourceType === 'task') {
        const actionId = e.targetType === 'action' || e.targetType === 'task' ? e.target : e.source;
        const d = await api.action(actionId);
        nodes.push(section('evidence', {}, d ? evidenceBlock(d.evidence, this.actions.openDocument) : el('p', { className: 'muted', textContent: t('edgeNoEvidence') })));
      } else {
        nodes.push(el('p', { className: 'muted', textContent: t('edgeNoEvidence') }));
      }
    } catch (err) {
      nodes.push(el('p', { className: 'error', textContent: t('errorQuery', { msg: (err as Error).message }) }));
    }
    if (mine !== this.seq) return;
    this.body.replaceChildren(...nodes);
  }

  async show(id: string, type: NodeType, hiddenNeighbors?: number): Promise<void> {
    const mine = ++this.seq;
    this.current = { id, type };
    this.edge = null;
    this.root.dataset.kind = type;
    this.root.hidden = false;
    this.root.setAttribute('aria-busy', 'true');
    this.titleEl.textContent = t('loading');
    this.body.replaceChildren(el('p', { className: 'muted', textContent: t('loading') }));
    try {
      let content: { title: string; nodes: Node[] } | null = null;
      if (type === 'instrument') {
        const d = await api.instrument(id);
        content = d && this.instrument(d, hiddenNeighbors);
      } else if (type === 'organization') {
        const d = await api.organization(id);
        content = d && this.organization(d, hiddenNeighbors);
      } else if (type === 'action' || type === 'task') {
        const d = await api.action(id);
        content = d && this.action(d, hiddenNeighbors);
      } else if (type === 'document') {
        this.actions.openDocument(id);
        content = { title: t('documentTitle'), nodes: [this.toolbar(id, 'document', hiddenNeighbors)] };
      }
      if (mine !== this.seq) return;
      if (!content) {
        this.titleEl.textContent = t('panelTitle');
        this.body.replaceChildren(el('p', { className: 'error', textContent: t('notFound', { id }) }));
        return;
      }
      this.titleEl.textContent = content.title;
      this.body.replaceChildren(...content.nodes);
    } catch (err) {
      if (mine !== this.seq) return;
      this.titleEl.textContent = t('panelTitle');
      this.body.replaceChildren(el('p', { className: 'error', role: 'alert' } as Partial<HTMLParagraphElement>, t('errorQuery', { msg: (err as Error).message })));
    } finally {
      if (mine === this.seq) this.root.removeAttribute('aria-busy');
    }
  }

  private toolbar(id: string, type: NodeType, hidden?: number, extra: HTMLButtonElement[] = []): HTMLElement {
    const bar = el('div', { className: 'panel-toolbar' });
    bar.append(button(t('expand'), () => this.actions.expand(id), 'primary expand'));
    if (hidden && hidden > 0) bar.append(button(t('showMore', { n: hidden }), () => this.actions.expand(id), 'more'));
    bar.append(...extra);
    if (type === 'instrument') {
      const sel = el('select', { className: 'expand-type' });
      sel.setAttribute('aria-label', t('expandByType'));
      sel.append(el('option', { value: '', textContent: `${t('expandByType')}…` }));
      for (const r of ['BASED_ON', 'AMENDS', 'REPLACES', 'REPEALS', 'GUIDES', 'IMPLEMENTS', 'CONTINUES', 'SUSPENDS', 'CITES']) {
        sel.append(el('option', { value: r, textContent: `${relationLabel(r, 'active', lang())} / ${relationLabel(r, 'passive', lang())}` }));
      }
      sel.addEventListener('change', () => {
        if (sel.value) this.actions.expand(id, [sel.value]);
      });
      bar.append(sel);
    }
    return bar;
  }

  private instrumentLink(i: InstrumentRef): HTMLElement {
    const b = button(i.label, () => this.actions.select(i.key, 'instrument'), 'link');
    if (i.title) b.title = i.title;
    const wrap = el('span', { className: 'ref' }, b);
    if (i.title) wrap.append(el('span', { className: 'ref-title', textContent: ` — ${i.title}` }));
    return wrap;
  }

  private actionLink(a: ActionRef, extra: (Node | string)[] = []): HTMLElement {
    const li = el('li', { className: `action-ref ${a.kind}` });
    li.append(
      el('span', { className: 'badge', textContent: tr('type_', a.kind) }),
      ' ',
      button(a.summary, () => this.actions.select(a.id, a.kind), 'link'),
      ' ',
      button(t('trace'), () => this.actions.trace(a.id), 'small trace-btn'),
      ...extra,
    );
    return li;
  }

  private documentLink(d: DocumentRef): HTMLElement {
    return el('li', {}, button(d.title || t('untitledDocument'), () => this.actions.openDocument(d.id), 'link'));
  }

  private instrument(d: InstrumentDetail, hidden?: number): { title: string; nodes: Node[] } {
    const nodes: Node[] = [];
    const open = d.evidence[0];
    nodes.push(
      this.toolbar(d.key, 'instrument', hidden, open ? [button(t('openDocument'), () => this.actions.openDocument(open.document.id, open.highlightStart ?? open.start), 'open-doc')] : []),
    );
    // its own text: the document that is this instrument (its header or enacting sentence names it), when added
    const own = d.ownDocument;
    nodes.push(el('p', { className: 'citation', textContent: d.citation }));
    if (d.title) nodes.push(el('p', { className: 'title', textContent: `“${d.title}”` }));
    nodes.push(
      section(
        'attributes',
        {},
        attrs([
          ['attr_kind', kindName(d.kind)],
          ['attr_number', d.number],
          ['attr_symbol', d.symbol],
          ['attr_issuedOn', d.issuedOn ? formatDate(d.issuedOn) : d.year ? String(d.year) : null],
          ['attr_effectiveFrom', d.effectiveFrom ? formatDate(d.effectiveFrom) : null],
          ['attr_signer', d.signer],
          ['attr_ownDocument', own ? button(own.title || t('untitledDocument'), () => this.actions.openDocument(own.id), 'link own-doc') : null],
          ['attr_issuer', d.issuer ? button(d.issuer.name, () => this.actions.select(d.issuer!.key, 'organization'), 'link issuer') : null],
          ['attr_term', d.term],
          ['attr_conference', d.conference],
          ['attr_jurisdiction', d.jurisdiction],
          ['attr_status', statusBlock(d.statusDetail)],
          ['attr_citationCount', d.citationCount],
          ['attr_fromCatalog', d.fromCatalog && !d.evidence.length ? t('fromCatalogYes') : null],
        ]),
      ),
    );
    if (d.supersededBy.length) {
      nodes.push(section('supersededBy', {}, el('ul', {}, ...d.supersededBy.map((r) => el('li', {}, `${relationHeading(r.type, 'INCOMING')} `, this.instrumentLink(r.instrument))))));
    }
    nodes.push(historySection(d.key, { select: (k) => this.actions.select(k, 'instrument'), openDocument: this.actions.openDocument }));
    nodes.push(articlesSection(d.key, (k) => this.actions.select(k, 'instrument')));
    // Evidence of the instrument itself: the sentences that cite it.
    const evs = d.evidence.length ? d.evidence.map((e) => evidenceBlock(e, this.actions.openDocument)) : [el('p', { className: 'muted', textContent: t('noEvidence') })];
    nodes.push(section('evidence', {}, ...evs));
    // Relations grouped by type and direction.
    const groups = new Map<string, InstrumentDetail['relations']>();
    for (const r of d.relations) {
      const k = `${r.type}|${r.direction}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    const rel = el('div', { className: 'relations' });
    for (const [k, rs] of groups) {
      const [type, direction] = k.split('|') as [string, string];
      const g = el('details', { className: 'relation-group', open: rs.length <= 5 });
      g.dataset.type = type;
      g.dataset.direction = direction;
      g.append(el('summary', {}, `${relationHeading(type, direction as 'OUTGOING' | 'INCOMING')} (${formatNumber(rs.length)})`));
      const ul = el('ul');
      for (const r of rs) {
        const li = el('li', {}, this.instrumentLink(r.instrument));
        for (const ev of r.evidence.slice(0, 3)) li.append(evidenceBlock(ev, this.actions.openDocument));
        ul.append(li);
      }
      g.append(ul);
      rel.append(g);
    }
    nodes.push(section('relations', {}, d.relations.length ? rel : el('p', { className: 'muted', textContent: t('noRelations') })));
    if (d.governs.length) nodes.push(section('governs', {}, el('ul', { className: 'actions' }, ...d.governs.map((a) => this.actionLink(a)))));
    if (d.mayGovern.length) {
      nodes.push(section('mayGovern', {}, this.inferredList('actions inferred', d.mayGovern, (m) => this.actionLink(m.action, [el('span', { className: 'score', textContent: ` — ${inferenceText(m.score, m.reason)}` })]))));
    }
    if (this.actions.findPath) nodes.push(this.pathForm(d.key));
    nodes.push(section('citedBy', { n: d.citedBy.totalCount }, el('ul', {}, ...d.citedBy.nodes.map((doc) => this.documentLink(doc)))));
    if (d.conflicts.length) {
      nodes.push(
        section(
          'conflicts',
          {},
          el('ul', {}, ...d.conflicts.map((c) => el('li', {}, `${tr('attr_', c.attribute)}: ${c.values.map((v) => `${v.value} (${v.documents.map((x) => x.title || t('untitledDocument')).join(', ')})`).join(' ≠ ')}`))),
        ),
      );
    }
    return { title: d.label, nodes };
  }

  /** Inferred items, the low-confidence ones behind a button. */
  private inferredList<T extends { score: number }>(className: string, items: T[], render: (x: T) => HTMLElement): HTMLElement {
    const ul = el('ul', { className });
    const weak = items.filter((x) => confidence(x.score) === 'low');
    for (const x of items) {
      const li = render(x);
      if (confidence(x.score) === 'low') {
        li.hidden = true;
        li.classList.add('weak');
      }
      ul.append(li);
    }
    if (!weak.length) return ul;
    const more = button(t('showWeakInferences', { n: weak.length }), () => {
      ul.querySelectorAll<HTMLElement>('li.weak').forEach((li) => (li.hidden = false));
      more.remove();
    }, 'small show-weak');
    return el('div', {}, ul, more);
  }

  /** "Find a path to…": the shortest chain of relations from this instrument to another. */
  private pathForm(from: string): HTMLElement {
    const form = el('form', { className: 'path-form' });
    const input = el('input', { type: 'text', className: 'path-to', placeholder: t('pathPlaceholder') });
    input.setAttribute('aria-label', t('pathTo'));
    const out = el('p', { className: 'path-result muted' });
    form.append(input, el('button', { type: 'submit', className: 'small', textContent: t('pathFind') }), out);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (!input.value.trim() || !this.actions.findPath) return;
      out.textContent = t('loading');
      void this.actions.findPath(from, input.value.trim()).then((msg) => (out.textContent = msg ?? t('pathNone')));
    });
    return section('pathTitle', {}, form);
  }

  private organization(d: OrganizationDetail, hidden?: number): { title: string; nodes: Node[] } {
    return {
      title: d.name,
      nodes: [
        this.toolbar(d.key, 'organization', hidden),
        section('attributes', {}, attrs([['attr_level', d.level], ['attr_mentionCount', d.mentionCount]])),
        section('issued', {}, el('ul', {}, ...d.issued.map((i) => el('li', {}, this.instrumentLink(i))))),
        section('performed', {}, el('ul', { className: 'actions' }, ...d.performed.map((a) => this.actionLink(a)))),
      ],
    };
  }

  private action(d: ActionDetail, hidden?: number): { title: string; nodes: Node[] } {
    const nodes: Node[] = [
      this.toolbar(d.id, d.kind, hidden, [
        button(t('trace'), () => this.actions.trace(d.id), 'primary trace-btn'),
        button(t('openDocument'), () => this.actions.openDocument(d.document.id, d.evidence.start), 'open-doc'),
      ]),
      section(
        'attributes',
        {},
        attrs([
          ['attr_kind', tr('type_', d.kind)],
          ['attr_actor', d.actor ? button(d.actor.name, () => this.actions.select(d.actor!.key, 'organization'), 'link') : null],
          ['attr_quantities', d.quantities.map((q) => q.text).join('; ')],
          ['attr_document', button(d.document.title || t('untitledDocument'), () => this.actions.openDocument(d.document.id, d.evidence.start), 'link')],
        ]),
      ),
      section('evidence', {}, evidenceBlock(d.evidence, this.actions.openDocument)),
      section('backedBy', {}, d.backedBy.length ? el('ul', {}, ...d.backedBy.map((i) => el('li', {}, this.instrumentLink(i)))) : el('p', { className: 'muted', textContent: t('traceNone') })),
    ];
    if (d.inferredBacking.length) {
      nodes.push(
        section(
          'inferredBacking',
          {},
          this.inferredList('inferred', d.inferredBacking, (b) => el('li', {}, this.instrumentLink(b.instrument), el('span', { className: 'score', textContent: ` — ${inferenceText(b.score, b.reason)}` }))),
        ),
      );
    }
    if (d.warnings.length) nodes.push(section('warnings', {}, el('ul', { className: 'warnings' }, ...d.warnings.map((w) => el('li', { textContent: w })))));
    return { title: d.summary, nodes };
  }
}
