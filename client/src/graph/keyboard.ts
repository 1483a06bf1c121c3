// Keyboard access to the canvas. The graph container takes focus (Tab); then
//   arrows        move a keyboard cursor to the nearest node in that direction (shown ringed, announced, tooltip)
//   Enter, Space  open the node under the cursor (panel, as a click would)
//   Shift+arrows  pan the view;  + / -  zoom at the centre;  0  fit the graph
//   Home          back to the node nearest the centre;  Escape  drop the cursor
// The choice of the next node is a pure function, tested on its own (tests/client/keyboard.test.ts).
import type { NodeSingular } from 'cytoscape';
import type { CyNodeData } from '../api.ts';
import { formatDate, kindName, onLangChange, t } from '../i18n/index.ts';
import type { GraphView } from './view.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';
export interface Point { id: string; x: number; y: number }

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point to go to from `from` in direction `dir`: among the points lying within 60° either side of that
 * direction, the one with the least distance, sideways offset counting double (so a node straight ahead wins over
 * a nearer one far off to the side). Null when nothing lies that way.
 */
export function nearestInDirection(from: { x: number; y: number }, points: Point[], dir: Direction, exclude?: string): Point | null {
  const [ux, uy] = UNIT[dir];
  let best: Point | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === exclude) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * ux + dy * uy;
    if (ahead <= 0) continue;
    const side = Math.abs(dx * uy - dy * ux);
    if (side > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** The point nearest to `at`. */
export function nearest(at: { x: number; y: number }, points: Point[]): Point | null {
  let best: Point | null = null;
  let d = Infinity;
  for (const p of points) {
    const e = (p.x - at.x) ** 2 + (p.y - at.y) ** 2;
    if (e < d) {
      d = e;
      best = p;
    }
  }
  return best;
}

const KEY_DIR: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_STEP = 80;

export function setupGraphKeyboard(view: GraphView, container: HTMLElement, live: HTMLElement, open: (id: string) => void): void {
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  const label = () => {
    container.setAttribute('aria-roledescription', t('graphRole'));
    container.setAttribute('aria-label', t('graphKeys'));
  };
  label();
  onLangChange(label);
  let cursor: string | null = null;

  const visible = (): NodeSingular[] => view.visibleNodes().filter((n) => n.visible());
  const points = (): Point[] => visible().map((n) => ({ id: n.id(), ...n.position() }));
  const centre = () => {
    const e = view.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  };

  const moveTo = (id: string | null) => {
    view.cy.nodes('.kbd-cursor').removeClass('kbd-cursor');
    cursor = id;
    const n = id ? view.node(id) : null;
    if (!n) {
      view.hideTooltip();
      return;
    }
    n.addClass('kbd-cursor');
    // Keep the cursor in sight: a node outside the view (or at its very edge) brings the view to it.
    const e = view.cy.extent();
    const p = n.position();
    const mx = (e.x2 - e.x1) * 0.08;
    const my = (e.y2 - e.y1) * 0.08;
    if (p.x < e.x1 + mx || p.x > e.x2 - mx || p.y < e.y1 + my || p.y > e.y2 - my) view.cy.center(n);
    view.showTooltip(n);
    const d = n.data() as CyNodeData;
    live.textContent = [d.title ? `${d.label}: ${d.title}` : d.label, d.kind ? kindName(d.kind) : '', d.issuedOn ? formatDate(d.issuedOn) : '', t('graphNodeLinks', { n: n.degree(false) })].filter(Boolean).join(', ');
  };

  const start = () => {
    const sel = view.cy.$('node:selected').filter((n) => n.visible());
    if (sel.nonempty()) return moveTo(sel[0]!.id());
    moveTo(nearest(centre(), points())?.id ?? null);
  };

  // Only a keyboard focus (Tab) puts the cursor down; a click on the canvas focuses it too, and must not.
  container.addEventListener('focus', () => {
    if (container.matches(':focus-visible') && (!cursor || !view.node(cursor))) start();
  });
  container.addEventListener('blur', () => view.hideTooltip());
  container.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = KEY_DIR[e.key];
    let handled = true;
    if (dir && e.shiftKey) {
      const [ux, uy] = UNIT[dir];
      view.moveViewport((c) => c.panBy({ x: -ux * PAN_STEP, y: -uy * PAN_STEP }));
    } else if (dir) {
      const from = cursor ? view.node(cursor) : null;
      if (!from || !from.visible()) start();
      else {
        const next = nearestInDirection(from.position(), points(), dir, from.id());
        if (next) moveTo(next.id);
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (cursor && view.node(cursor)) open(cursor);
    } else if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
      const factor = e.key === '+' || e.key === '=' ? 1.25 : 0.8;
      view.moveViewport((c) => c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } }));
    } else if (e.key === '0') {
      view.fitVisible();
    } else if (e.key === 'Home') {
      moveTo(nearest(centre(), points())?.id ?? null);
    } else if (e.key === 'Escape') {
      moveTo(null);
      live.textContent = '';
    } else handled = false;
    if (handled) e.preventDefault();
  });
}
