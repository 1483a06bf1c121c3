// The overview, the date control and the history in a real headless Chromium against the real server, on a graph
// built here through the API from short texts written for this test: a decree of 2016 amended in 2019, replaced
// in 2021, and guided by a decree of 2024; three instruments cited with no relation to anything. Screenshots go
// to test-results/e2e/ (overview-*.png).
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testConfig, testGraph } from '../setup/db.ts';
import { chromiumInstalled, closeBrowserSession, openBrowserSession, screenshot, waitReady } from './chromium.ts';

/** Each text states one change, with its date, in the usual official wording. */
const TEXTS: { title: string; text: string }[] = [
  {
    title: 'Thông báo ban hành nghị định về kho lưu trữ',
    text: 'Ngày 10/3/2016, Chính phủ ban hành Nghị định số 901/2016/NĐ-CP ngày 10/3/2016 của Chính phủ quy định về quản lý kho lưu trữ điện tử của cơ quan nhà nước.',
  },
  {
    title: 'Tin về nghị định sửa đổi năm 2019',
    text: 'Nghị định số 902/2019/NĐ-CP ngày 5/6/2019 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 901/2016/NĐ-CP ngày 10/3/2016 của Chính phủ về quản lý kho lưu trữ điện tử.',
  },
  {
    title: 'Tin về nghị định thay thế năm 2021',
    text: 'Nghị định số 903/2021/NĐ-CP ngày 20/9/2021 của Chính phủ về kho lưu trữ số thay thế Nghị định số 901/2016/NĐ-CP ngày 10/3/2016 của Chính phủ.',
  },
  {
    title: 'Tin về nghị định hướng dẫn năm 2024',
    text: 'Nghị định số 904/2024/NĐ-CP ngày 1/2/2024 của Chính phủ hướng dẫn Nghị định số 903/2021/NĐ-CP ngày 20/9/2021 của Chính phủ về kho lưu trữ số.',
  },
  {
    title: 'Tổng hợp các văn bản về văn thư',
    text: 'Các cơ quan tiếp tục thực hiện Quyết định số 811/2010/QĐ-TTg ngày 2/4/2010 của Thủ tướng Chính phủ. Bên cạnh đó, Chỉ thị số 812/CT-TTg ngày 3/5/2012 của Thủ tướng Chính phủ cũng được quán triệt. Ngoài ra, Thông tư số 813/2013/TT-BNV ngày 4/6/2013 của Bộ Nội vụ vẫn được áp dụng.',
  },
];

describe.runIf(chromiumInstalled())('overview, date control and history in Chromium', () => {
  const graph = testGraph({ txTimeoutMs: 120_000 });
  let server: Server;
  let base = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = (name: string) => screenshot(page, `overview-${name}`);
  const ready = () => waitReady(page);
  const labelled = (part: string) =>
    page.evaluate((p) => window.vanban.view.cy.nodes().filter((n) => String(n.data('label')).includes(p)).map((n) => ({ id: n.id(), visible: n.visible(), classes: n.classes() as unknown as string[] })), part);

  beforeAll(async () => {
    ({ server, base, browser, page } = await openBrowserSession(graph, testConfig({ QUERY_TIMEOUT_MS: '120000' }), pageErrors));
    for (const t of TEXTS) {
      const res = await fetch(`${base}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($input: IngestTextInput!) { ingestText(input: $input) { relations } }', variables: { input: { text: t.text, title: t.title } } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
    }
  }, 180_000);

  afterAll(() => closeBrowserSession({ server, browser }, graph));

  /** A large graph's test runs in a page of its own, closed after it: its renderer's memory never reaches the next test. */
  const onOwnPage = async (run: () => Promise<void>): Promise<void> => {
    const main = page;
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    try {
      await run();
    } finally {
      await page.close();
      page = main;
    }
  };

  it('opens on a summary: top instruments labelled and readable, unlinked ones collapsed into one item with a list', async () => {
    await page.goto(base);
    await ready();
    const top = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      return cy.nodes('.top').map((n) => ({ label: String(n.data('label')), shown: n.visible(), px: Number.parseFloat(String(n.style('font-size'))) * cy.zoom(), drawn: String(n.style('label')) }));
    });
    expect(top.length).toBeGreaterThan(0);
    for (const n of top) {
      expect(n.shown).toBe(true);
      expect(n.drawn).toBe(n.label);
      // Readable on the first screen: at least 9 px on the canvas.
      expect(n.px).toBeGreaterThanOrEqual(9);
    }
    expect(top.map((n) => n.label).join(' ')).toContain('901/2016');
    // The three instruments without a relation: one item, not three loose nodes.
    const item = await page.evaluate(() => {
      const n = window.vanban.view.cy.getElementById('__unlinked');
      return n.empty() ? null : { label: String(n.data('label')), shown: n.visible() };
    });
    expect(item).toEqual({ label: '3 văn bản chưa có quan hệ', shown: true });
    for (const part of ['811/2010', '812/CT-TTg', '813/2013']) expect((await labelled(part))[0]?.visible).toBe(false);
    expect(await page.locator('#overview-summary').textContent()).toContain('3 chưa có quan hệ');
    await shot('01-summary');
    await page.evaluate(() => window.vanban.view.cy.getElementById('__unlinked').emit('tap'));
    await page.waitForSelector('#unlinked-list:not([hidden]) li');
    expect(await page.locator('#unlinked-list li').count()).toBe(3);
    await shot('02-unlinked-list');
    await page.locator('#unlinked-list li button', { hasText: '811/2010' }).click();
    await page.waitForSelector('#panel:not([hidden])');
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 30_000 }).toContain('811');
    expect((await labelled('811/2010'))[0]?.visible).toBe(true);
  });

  it('adds the citing documents and their CITES links on the toggle, and says so in the URL', async () => {
    await page.goto(base);
    await ready();
    const cites = () => page.evaluate(() => window.vanban.view.cy.edges('[type = "CITES"]').filter((e) => e.source().data('type') === 'document' && e.visible()).length);
    expect(await cites()).toBe(0);
    expect(await page.locator('#overview-summary').textContent()).toContain('5 tài liệu dẫn chiếu đang ẩn');
    await page.check('#show-docs');
    await page.waitForFunction(() => window.vanban.view.cy.nodes('[type = "document"]').length > 0, undefined, { timeout: 60_000 });
    await ready();
    expect(await cites()).toBeGreaterThanOrEqual(8);
    expect(page.url()).toContain('docs=1');
    // Cited by a document, nothing is unlinked any more.
    expect(await page.evaluate(() => window.vanban.view.cy.getElementById('__unlinked').empty())).toBe(true);
    await shot('03-documents');
  });

  it('shows the graph as of a date: a later instrument hidden, a replaced one greyed; the URL keeps the date', async () => {
    await page.goto(base);
    await ready();
    const state = async () => ({
      a: (await labelled('901/2016'))[0]!,
      c: (await labelled('903/2021'))[0]!,
      d: (await labelled('904/2024'))[0]!,
    });
    await page.fill('#as-of', '2020-01-01');
    await page.dispatchEvent('#as-of', 'change');
    let s = await state();
    expect(s.c.visible).toBe(false);
    expect(s.d.visible).toBe(false);
    expect(s.a.visible).toBe(true);
    expect(s.a.classes).not.toContain('ended');
    expect(page.url()).toContain('at=2020-01-01');
    await shot('04-as-of-2020');
    await page.fill('#as-of', '2022-06-30');
    await page.dispatchEvent('#as-of', 'change');
    s = await state();
    expect(s.c.visible).toBe(true);
    expect(s.d.visible).toBe(false);
    expect(s.a.classes).toContain('ended');
    // The replacement is drawn as a change, in its own style.
    const change = await page.evaluate(() => window.vanban.view.cy.edges('[type = "REPLACES"]').map((e) => ({ change: e.hasClass('change'), from: e.data('effectiveFrom') as string | null })));
    expect(change).toEqual([{ change: true, from: '2021-09-20' }]);
    await shot('05-as-of-2022');
    // A reload keeps the date.
    await page.reload();
    await ready();
    expect((await page.inputValue('#as-of'))).toBe('2022-06-30');
    expect((await state()).a.classes).toContain('ended');
  });

  it('packs the components of the whole graph: the linked instruments apart from one another, the collapsed item beside them', async () => {
    await page.goto(`${base}?group=none`);
    await ready();
    const boxes = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      // The connected pieces drawn, each with the box of its nodes' centres, and the collapsed item's box.
      const shown = cy.nodes(':visible').filter((n) => !n.hasClass('meta'));
      const pieces = shown.components().map((c) => {
        const ps = c.nodes().map((n) => n.position());
        return { size: c.nodes().length, x1: Math.min(...ps.map((p) => p.x)), x2: Math.max(...ps.map((p) => p.x)), y1: Math.min(...ps.map((p) => p.y)), y2: Math.max(...ps.map((p) => p.y)) };
      });
      const item = cy.getElementById('__unlinked');
      return { pieces, item: item.empty() ? null : item.boundingBox({}) };
    });
    expect(boxes.pieces.length).toBeGreaterThanOrEqual(1);
    for (let a = 0; a < boxes.pieces.length; a++) {
      for (let b = a + 1; b < boxes.pieces.length; b++) {
        const p = boxes.pieces[a]!;
        const q = boxes.pieces[b]!;
        expect(p.x1 <= q.x2 && q.x1 <= p.x2 && p.y1 <= q.y2 && q.y1 <= p.y2).toBe(false);
      }
    }
    // The collapsed item is placed clear of every piece (in the grid under them).
    expect(boxes.item).not.toBeNull();
    for (const p of boxes.pieces) expect(boxes.item!.y1 > p.y2 || boxes.item!.x2 < p.x1 || boxes.item!.x1 > p.x2).toBe(true);
    await shot('07-packed');
    expect(pageErrors).toEqual([]);
  });

  it('draws with ?renderer=webgl (WebGL where it runs, else the canvas); hovering finds a node, a selected one is labelled', async () => {
    await page.goto(`${base}?bench=800&renderer=webgl`);
    await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 120_000 });
    const info = await page.evaluate(() => ({ ...window.vanban.bench!, gl: Boolean(document.createElement('canvas').getContext('webgl2')) }));
    expect(info.nodes).toBe(800);
    expect(info.renderer).toBe(info.gl ? 'webgl' : 'canvas');
    expect(await page.locator('#counts').textContent()).toContain(info.renderer === 'webgl' ? 'WebGL' : 'Canvas');
    // The mouse over a node's place on the screen: the renderer's hit test finds that node, and its tooltip shows.
    const target = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const box = document.getElementById('cy')!.getBoundingClientRect();
      const n = cy.nodes().filter((m) => {
        const r = m.renderedPosition();
        return r.x > 50 && r.y > 50 && r.x < box.width - 50 && r.y < box.height - 50;
      })[0]!;
      (window as unknown as { hovered: string[] }).hovered = [];
      cy.on('mouseover', 'node', (e) => (window as unknown as { hovered: string[] }).hovered.push(e.target.id()));
      const r = n.renderedPosition();
      return { id: n.id(), label: String(n.data('label')), x: box.left + r.x, y: box.top + r.y };
    });
    await page.mouse.move(target.x - 30, target.y - 30);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { hovered: string[] }).hovered), { timeout: 30_000 }).toContain(target.id);
    await expect.poll(() => page.locator('.graph-tooltip').textContent(), { timeout: 10_000 }).toContain(target.label);
    // Selected, the node is drawn with its label.
    const selected = await page.evaluate((id) => {
      window.vanban.view.select(id);
      const n = window.vanban.view.cy.getElementById(id);
      return { selected: n.selected(), label: String(n.style('label')) };
    }, target.id);
    expect(selected).toEqual({ selected: true, label: target.label });
    await shot(`08-renderer-${info.renderer}`);
    expect(pageErrors).toEqual([]);
  });

  it('says which node it cannot find when a link or a click names one the graph does not hold, with no page error', async () => {
    const before = pageErrors.length;
    const unknown = 'nghi-dinh:999-2099-nd-cp@2099';
    // A link focused on it: the canvas says the node is not found (instead of an empty picture).
    await page.goto(`${base}?focus=${encodeURIComponent(unknown)}`);
    await ready();
    await expect.poll(() => page.locator('#empty').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#empty').textContent()).toContain(unknown);
    await shot('09-focus-unknown');
    // A link selecting it over the whole graph: the panel says so, the overview is drawn as usual.
    await page.goto(`${base}?sel=${encodeURIComponent(unknown)}`);
    await ready();
    await page.waitForSelector('#panel:not([hidden])');
    await expect.poll(() => page.locator('#panel-body').textContent(), { timeout: 30_000 }).toContain(unknown);
    expect((await labelled('901/2016'))[0]?.visible).toBe(true);
    // A click on a node the server does not know (drawn here by hand), and on an id the server refuses (too long).
    for (const id of [unknown, `x:${'a'.repeat(400)}`]) {
      await page.evaluate((i) => {
        const cy = window.vanban.view.cy;
        cy.add({ group: 'nodes', data: { id: i, type: 'instrument', label: 'X' }, position: { x: 0, y: 0 } }).emit('tap');
      }, id);
      await expect.poll(() => page.locator('#panel-body').textContent(), { timeout: 30_000 }).toMatch(/Không tìm thấy|Truy vấn thất bại/);
    }
    await page.waitForTimeout(500);
    expect(pageErrors.slice(before)).toEqual([]);
  });

  it('moves a large graph from a copy of its canvas: a drag from a node marks nothing active, the picture is the one on screen', () => onOwnPage(async () => {
    const before = pageErrors.length;
    await page.goto(`${base}?bench=2000`);
    await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 120_000, polling: 200 });
    // Elements built while the worker laid them out: each drawn where the layout put it, with its style.
    const placed = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const places = new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
      return { places: places.size, colour: String(cy.nodes('[type = "instrument"]')[0]!.style('background-color')) };
    });
    expect(placed.places).toBeGreaterThan(1900);
    expect(placed.colour).toBe('rgb(43,108,176)');
    const p = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const c = document.getElementById('cy')!.getBoundingClientRect();
      const n = cy.nodes().filter((x) => {
        const r = x.renderedPosition();
        return r.x > 150 && r.y > 150 && r.x < c.width - 250 && r.y < c.height - 150;
      })[0]!;
      return { id: n.id(), x: c.left + n.renderedPosition().x, y: c.top + n.renderedPosition().y };
    });
    const texture = () =>
      page.evaluate(() => {
        const r = (window.vanban.view.cy as unknown as { renderer(): { textureCache?: { texture: HTMLCanvasElement; viewport: { zoom: number } } | null } }).renderer();
        const t = r.textureCache;
        if (!t) return null;
        // The copy holds the graph: some of its pixels are not blank.
        const data = t.texture.getContext('2d')!.getImageData(0, 0, t.texture.width, t.texture.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) inked++;
        return { inked, zoom: t.viewport.zoom };
      });
    const zoom = await page.evaluate(() => window.vanban.view.cy.zoom());
    // Cytoscape's own way draws the nodes again for its picture: counted, it must not happen.
    await page.evaluate(() => {
      const r = (window.vanban.view.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const draw = r.drawCachedNodes as (...a: unknown[]) => unknown;
      const w = window as unknown as { nodeDraws: number };
      w.nodeDraws = 0;
      r.drawCachedNodes = function (this: unknown, ...a: unknown[]) {
        w.nodeDraws++;
        return draw.apply(this, a);
      };
    });
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    expect(await page.evaluate(() => window.vanban.view.cy.$(':active').length)).toBe(0);
    for (let i = 1; i <= 10; i++) await page.mouse.move(p.x + 9 * i, p.y + 3 * i);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const during = await texture();
    expect(await page.evaluate(() => window.vanban.view.cy.$(':active').length)).toBe(0);
    await page.mouse.up();
    expect(await page.evaluate(() => (window as unknown as { nodeDraws: number }).nodeDraws)).toBe(0);
    expect(during).not.toBeNull();
    expect(during!.inked).toBeGreaterThan(50);
    expect(during!.zoom).toBeCloseTo(zoom, 6);
    // After the drag, the full picture again.
    await expect.poll(() => texture(), { timeout: 10_000 }).toBeNull();
    expect(pageErrors.slice(before)).toEqual([]);
  }));

  it('draws a large graph once into its layered picture: a later full redraw, a pan by code, or one after a selection draws no element by element', () => onOwnPage(async () => {
    const before = pageErrors.length;
    await page.goto(`${base}?bench=2000`);
    await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 120_000, polling: 200 });
    // The elements drawn each on its own (Cytoscape's way when its layered picture is not whole) are counted.
    await page.evaluate(() => {
      const r = (window.vanban.view.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const draw = r.drawCachedElements as (...a: unknown[]) => unknown;
      const w = window as unknown as { oneByOne: number };
      w.oneByOne = 0;
      r.drawCachedElements = function (this: unknown, ...a: unknown[]) {
        w.oneByOne += (a[1] as unknown[]).length;
        return draw.apply(this, a);
      };
    });
    const frames = (n: number) => page.evaluate((k) => new Promise<void>((done) => {
      let left = k;
      const step = () => (--left > 0 ? requestAnimationFrame(step) : done());
      requestAnimationFrame(step);
    }), n);
    const oneByOne = () => page.evaluate(() => (window as unknown as { oneByOne: number }).oneByOne);
    const redraws = () => page.evaluate(() => (window.vanban.view.cy as unknown as { renderer(): { redrawCount?: number } }).renderer().redrawCount ?? 0);
    const drawn = await redraws();
    // A full redraw and a pan by code, frame after frame.
    await page.evaluate(() => {
      window.vanban.view.cy.forceRender();
    });
    await frames(3);
    await page.evaluate(() => window.vanban.panFps(600));
    expect(await redraws()).toBeGreaterThan(drawn + 3);
    expect(await oneByOne()).toBe(0);
    // A node selected changes its style, which throws the picture away: the next full draw builds it again whole,
    // and the ones after it copy it.
    await page.evaluate(() => {
      window.vanban.view.cy.nodes()[0]!.select();
    });
    await frames(3);
    await page.evaluate(() => window.vanban.panFps(600));
    expect(await oneByOne()).toBe(0);
    // The picture is whole: one layer or more at the zoom's level, none waiting for elements, every element in one.
    const whole = await page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const r = (cy as unknown as { renderer(): { data: { lyrTxrCache: { layersByLevel: Record<string, { reqs: number; invalid?: boolean; eles: unknown[] }[]> } } } }).renderer();
      return Object.values(r.data.lyrTxrCache.layersByLevel).some((l) => l.length > 0 && l.every((x) => !x.reqs && !x.invalid) && l.reduce((k, x) => k + x.eles.length, 0) === cy.elements().length);
    });
    expect(whole).toBe(true);
    expect(pageErrors.slice(before)).toEqual([]);
  }));

  it("lists an instrument's history in its panel: dated changes, oldest first, with the sentence", async () => {
    await page.goto(base);
    await ready();
    const id = (await labelled('901/2016'))[0]!.id;
    await page.evaluate((i) => window.vanban.view.cy.getElementById(i).emit('tap'), id);
    await page.waitForSelector('#panel .history-list li', { timeout: 30_000 });
    const items = await page.locator('#panel .history-list > li .history-head').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('5/6/2019');
    expect(items[0]).toContain('902/2019');
    expect(items[1]).toContain('20/9/2021');
    expect(items[1]).toContain('Thay thế');
    expect(items[1]).toContain('903/2021');
    expect(await page.locator('#panel .history-list > li').first().locator('.evidence-sentence').textContent()).toContain('sửa đổi, bổ sung');
    await page.locator('#panel .history-list').scrollIntoViewIfNeeded();
    await shot('06-history');
    expect(pageErrors).toEqual([]);
  });
});
