// Frame statistics for the bench and the tests: while recording, every animation frame's interval and every
// Cytoscape render are counted. The frame rate says whether the page kept up (the main thread was free); the
// render rate says how often the canvas was actually repainted; the slowest intervals say whether it stuttered.
import type { Core } from 'cytoscape';

export interface FrameStats {
  ms: number;
  frames: number;
  fps: number;
  renders: number;
  rendersPerSecond: number;
  p95FrameMs: number;
  worstFrameMs: number;
  /** Intervals over 50 ms: visible stutters. */
  framesOver50Ms: number;
}

export class FrameRecorder {
  private intervals: number[] = [];
  private renders = 0;
  private started = 0;
  private last = 0;
  private running = false;
  private readonly onRender = () => this.renders++;

  constructor(private cy: () => Core) {}

  start(): void {
    this.stop();
    this.intervals = [];
    this.renders = 0;
    this.running = true;
    this.started = this.last = performance.now();
    this.cy().on('render', this.onRender);
    const tick = (now: number) => {
      if (!this.running) return;
      this.intervals.push(now - this.last);
      this.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  stop(): FrameStats {
    const wasRunning = this.running;
    this.running = false;
    this.cy().off('render', this.onRender);
    const ms = wasRunning ? performance.now() - this.started : 0;
    const sorted = [...this.intervals].sort((a, b) => a - b);
    const pick = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      ms: Math.round(ms),
      frames: sorted.length,
      fps: ms ? round((sorted.length * 1000) / ms) : 0,
      renders: this.renders,
      rendersPerSecond: ms ? round((this.renders * 1000) / ms) : 0,
      p95FrameMs: round(pick(0.95)),
      worstFrameMs: round(sorted.at(-1) ?? 0),
      framesOver50Ms: sorted.filter((x) => x > 50).length,
    };
  }
}
