// The details panel: what the graph knows about one node. For an instrument: its attributes, relations grouped
// by type (each with the quoted sentences that state it), the documents citing it, the actions it backs; buttons
// to expand its neighbours and open the source document. For an action or task: its text, actor and backing,
// with the trace button. Keyboard: the panel is a labelled region; every control is a real button.
import { api, type ActionDetail, type ActionRef, type DocumentRef, type InstrumentDetail, type InstrumentRef, type NodeType, type OrganizationDetail } from '../api.ts';
import { formatDate, formatNumber, kindName, t, tr, type MessageKey } from '../i18n/index.ts';
import { evidenceBlock } from './evidence.ts';
import { historySection } from '../history/history.ts';

export interface PanelActions {
  select: (id: string, type: NodeType) => void;
  expand: (id: string) => void;
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
    this.root.hidden = true;
  }

  /** Reloads the node shown (after a language switch or an ingest). */
  refresh(hidden?: number): void {
    if (this.current) void this.show(this.current.id, this.current.type, hidden);
  }

  async show(id: string, type: NodeType, hiddenNeighbors?: number): Promise<void> {
    const mine = ++this.seq;
    this.current = { id, type };
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
    void type;
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
          ['attr_issuer', d.issuer ? button(d.issuer.name, () => this.actions.select(d.issuer!.key, 'organization'), 'link issuer') : null],
          ['attr_term', d.term],
          ['attr_conference', d.conference],
          ['attr_jurisdiction', d.jurisdiction],
          ['attr_status', el('span', { className: `status status-${d.status}`, textContent: tr('status_', d.status) })],
          ['attr_citationCount', d.citationCount],
          ['attr_fromCatalog', d.fromCatalog && !d.evidence.length ? t('fromCatalogYes') : null],
        ]),
      ),
    );
    if (d.supersededBy.length) {
      nodes.push(section('supersededBy', {}, el('ul', {}, ...d.supersededBy.map((r) => el('li', {}, `${tr('rel_', r.type)}: `, this.instrumentLink(r.instrument))))));
    }
    nodes.push(historySection(d.key, { select: (k) => this.actions.select(k, 'instrument'), openDocument: this.actions.openDocument }));
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
      g.append(el('summary', {}, `${direction === 'INCOMING' ? '← ' : '→ '}${tr('rel_', type)} (${formatNumber(rs.length)})`));
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
      nodes.push(
        section(
          'mayGovern',
          {},
          el('ul', { className: 'actions inferred' }, ...d.mayGovern.map((m) => this.actionLink(m.action, [el('span', { className: 'score', textContent: ` ${t('score', { s: formatNumber(m.score, 2) })}; ${t('reason', { r: m.reason })}` })]))),
        ),
      );
    }
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
          el('ul', { className: 'inferred' }, ...d.inferredBacking.map((b) => el('li', {}, this.instrumentLink(b.instrument), el('span', { className: 'score', textContent: ` ${t('score', { s: formatNumber(b.score, 2) })}; ${t('reason', { r: b.reason })}` })))),
        ),
      );
    }
    if (d.warnings.length) nodes.push(section('warnings', {}, el('ul', { className: 'warnings' }, ...d.warnings.map((w) => el('li', { textContent: w })))));
    return { title: d.summary, nodes };
  }
}
