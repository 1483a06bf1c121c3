// The timeline's axis, drawn over the canvas: a year scale along the top with faint vertical rules, the name of
// each kind's lane at the left edge, and the column of undated instruments. It is plain DOM kept in step with
// Cytoscape's viewport (model x × zoom + pan), so it stays sharp at any zoom and costs nothing to the renderer;
// it is not part of the graph's elements, so exports, counts and the list never see it.
import type { Core } from 'cytoscape';
import type { TimelineAxis } from './layouts.ts';
import { kindName, t } from '../i18n/index.ts';

/** Year steps the scale may take; the smallest that leaves MIN_TICK_PX between two labels wins. */
const STEPS = [1, 2, 5, 10, 20, 50, 100];
const MIN_TICK_PX = 44;

/** The year step for a zoom at which one year spans `pxPerYear` pixels. */
export function yearStep(pxPerYear: number): number {
  return STEPS.find((s) => s * pxPerYear >= MIN_TICK_PX) ?? STEPS[STEPS.length - 1]!;
}

export class TimelineAxisOverlay {
  private el: HTMLElement;
  private axis: TimelineAxis | null = null;
  private cy: Core | null = null;
  private readonly onViewport = () => this.draw();

  constructor(parent: HTMLElement) {
    this.el = document.createElement('div');
    this.el.className = 'timeline-axis';
    this.el.setAttribute('aria-hidden', 'true');
    this.el.hidden = true;
    parent.prepend(this.el);
  }

  show(cy: Core, axis: TimelineAxis): void {
    this.detach();
    this.cy = cy;
    this.axis = axis;
    cy.on('viewport resize', this.onViewport);
    this.el.hidden = false;
    this.draw();
  }

  hide(): void {
    this.detach();
    this.axis = null;
    this.el.hidden = true;
    this.el.replaceChildren();
  }

  /** Redraws in the current language (after a switch). */
  refresh(): void {
    if (this.axis) this.draw();
  }

  private detach(): void {
    this.cy?.off('viewport resize', this.onViewport);
    this.cy = null;
  }

  private draw(): void {
    const { cy, axis } = this;
    if (!cy || !axis) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = cy.width();
    const height = cy.height();
    const parts: HTMLElement[] = [];
    const add = (cls: string, style: Partial<CSSStyleDeclaration>, text = '') => {
      const d = document.createElement('div');
      d.className = cls;
      Object.assign(d.style, style);
      if (text) d.textContent = text;
      parts.push(d);
    };
    add('axis-strip', {});
    const step = yearStep(axis.xPerYear * zoom);
    for (const { year, x } of axis.years) {
      if (year % step !== 0) continue;
      const rx = x * zoom + pan.x;
      if (rx < -40 || rx > width + 40) continue;
      add('axis-rule', { left: `${rx}px`, height: `${height}px` });
      add('axis-year', { left: `${rx}px` }, String(year));
    }
    if (axis.undatedX !== null) {
      const rx = axis.undatedX * zoom + pan.x;
      if (rx > -60 && rx < width + 60) add('axis-year axis-undated', { left: `${rx}px` }, t('undated'));
    }
    for (const lane of axis.lanes) {
      const top = lane.y1 * zoom + pan.y;
      const bottom = lane.y2 * zoom + pan.y;
      if (bottom < 0 || top > height) continue;
      add('axis-lane', { top: `${Math.max(top, 22)}px` }, kindName(lane.kind || null));
    }
    this.el.replaceChildren(...parts);
  }
}
