// Progressive drawing for large graphs: as soon as the layout worker has the positions, the whole graph is drawn
// at once on a plain canvas over the Cytoscape container — every link in one path, every node a small square in
// the colour of its type — which takes a fraction of a second where Cytoscape's first full draw of 20,000 nodes
// takes seconds. The picture is the final one (the same positions and viewport); it is removed as soon as Cytoscape
// has drawn the graph itself and takes the clicks.
import { NODE_LOOKS } from './styles.ts';

export interface PreviewInput {
  x: Float32Array;
  y: Float32Array;
  /** Node type of each node (instrument, organization, …). */
  types: string[];
  /** Links as pairs of node indices. */
  edges: Uint32Array;
  /** The viewport Cytoscape will use: model → screen is (p × zoom + pan). */
  zoom: number;
  pan: { x: number; y: number };
}

export class GraphPreview {
  private canvas: HTMLCanvasElement | null = null;

  constructor(private host: HTMLElement) {}

  get shown(): boolean {
    return this.canvas !== null;
  }

  draw(p: PreviewInput): void {
    this.clear();
    const box = this.host.getBoundingClientRect();
    const canvas = document.createElement('canvas');
    canvas.className = 'graph-preview';
    canvas.width = Math.max(1, Math.round(box.width));
    canvas.height = Math.max(1, Math.round(box.height));
    canvas.setAttribute('aria-hidden', 'true');
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { zoom, pan } = p;
    const sx = (i: number) => p.x[i]! * zoom + pan.x;
    const sy = (i: number) => p.y[i]! * zoom + pan.y;
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = '#718096';
    ctx.lineWidth = 0.6;
    ctx.beginPath();
    for (let k = 0; k < p.edges.length; k += 2) {
      const s = p.edges[k]!;
      const t = p.edges[k + 1]!;
      ctx.moveTo(sx(s), sy(s));
      ctx.lineTo(sx(t), sy(t));
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    const byType = new Map<string, number[]>();
    p.types.forEach((type, i) => {
      const list = byType.get(type) ?? [];
      list.push(i);
      byType.set(type, list);
    });
    for (const [type, list] of byType) {
      const look = NODE_LOOKS[type] ?? NODE_LOOKS.instrument!;
      ctx.fillStyle = look.color;
      const w = Math.max(1.5, look.width * zoom);
      const h = Math.max(1.5, look.height * zoom);
      ctx.beginPath();
      for (const i of list) ctx.rect(sx(i) - w / 2, sy(i) - h / 2, w, h);
      ctx.fill();
    }
    this.host.appendChild(canvas);
    this.canvas = canvas;
  }

  clear(): void {
    this.canvas?.remove();
    this.canvas = null;
  }
}
