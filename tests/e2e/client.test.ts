// The web client end to end, in a real headless Chromium against the real server (GraphQL + client/dist on one
// port) on the seed article: search without diacritics, open the result, read the quoted sentence, trace the
// action it governs, add a new text, reload the shared URL. Screenshots of each step go to test-results/e2e/.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApi } from '../../server/api/yoga.ts';
import { listen } from '../../server/http.ts';
import { testConfig, testGraph } from '../setup/db.ts';
import { chromiumInstalled, CHROMIUM_PATH, closeBrowserSession, INSTALL_HINT, openBrowserSession, screenshot, serveWithHooks, waitReady } from './chromium.ts';
import { docx } from '../setup/files.ts';
const hasBrowser = chromiumInstalled();
const inCi = process.env.CI === 'true';

if (!hasBrowser && !inCi) process.stderr.write(`browser tests skipped: no Chromium at ${CHROMIUM_PATH}; install it with \`${INSTALL_HINT}\`\n`);

describe.runIf(!hasBrowser && inCi)('browser', () => {
  it('is installed under CI', () => {
    expect.fail(`no Chromium at ${CHROMIUM_PATH} under CI=true: install it with \`${INSTALL_HINT}\``);
  });
});

/** A text the seed does not contain: a provincial resolution implementing Quy định 213. */
const NEW_TEXT = `Ngày 20-3-2023, Ban Thường vụ Tỉnh ủy Quảng Ninh ban hành Nghị quyết số 77-NQ/TU, ngày 20-3-2023, của Ban Thường vụ Tỉnh ủy Quảng Ninh, “Về nâng cao chất lượng sinh hoạt của đảng viên nơi cư trú”, nhằm thực hiện Quy định số 213-QĐ/TW, ngày 2-1-2020, của Bộ Chính trị.
Một là, các chi bộ tổ chức cho đảng viên thực hiện nghiêm Nghị quyết số 77-NQ/TU.`;

describe.runIf(hasBrowser)('web client in Chromium', () => {
  const graph = testGraph({ txTimeoutMs: 120_000 });
  let server: Server;
  let base = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = (name: string) => screenshot(page, name);
  const errorShown = async () => ((await page.locator('#error').isHidden()) ? '' : await page.locator('#error-text').textContent());
  const ready = () => waitReady(page);

  beforeAll(async () => {
    // the seed's graph: these scenarios read its nodes
    ({ server, base, browser, page } = await openBrowserSession(graph, testConfig({ QUERY_TIMEOUT_MS: '120000' }), pageErrors, { seed: true }));
  });

  afterAll(() => closeBrowserSession({ server, browser }, graph));

  it('opens on the seed data, finds "quy dinh 213", traces its action, adds a text, and reloads the same view', async () => {
    // 1. The seed graph.
    await page.goto(base);
    await ready();
    const count = await page.evaluate(() => window.vanban.view.cy.nodes().length);
    expect(count).toBeGreaterThan(3);
    expect(await errorShown()).toBe('');
    await page.waitForTimeout(600); // let the fcose animation settle before the picture
    await shot('01-seed-graph');

    // 2. Search without diacritics, by keyboard.
    await page.keyboard.press('/');
    await page.keyboard.type('quy dinh 213');
    const first = page.locator('#search-list [role=option]').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.textContent()).toContain('213');
    expect(await page.locator('#search').getAttribute('aria-expanded')).toBe('true');
    await shot('02-search');
    await page.keyboard.press('Enter');

    // 3. The panel: issuer and the quoted sentence with the citation highlighted.
    await ready();
    await page.waitForSelector('#panel:not([hidden]) .evidence', { timeout: 30_000 });
    await expect.poll(() => page.locator('#panel-title').textContent()).toContain('213');
    const panel = page.locator('#panel');
    expect(await panel.textContent()).toContain('Bộ Chính trị');
    const quote = panel.locator('.evidence-sentence').first();
    expect(await quote.textContent()).toContain('sinh hoạt theo Quy định số 213-QĐ/TW');
    expect(await quote.locator('mark.cite').textContent()).toContain('213-QĐ/TW');
    expect(page.url()).toContain('sel=quy-dinh');
    await shot('03-panel');

    // 4. Trace the action the instrument governs.
    await panel.locator('.panel-section ul.actions .trace-btn').first().click();
    await page.waitForSelector('#trace:not([hidden]) .trace-steps li', { timeout: 30_000 });
    expect(await page.locator('#trace').textContent()).toContain('213-QĐ/TW');
    const traced = await page.evaluate(() => window.vanban.view.cy.edges('.trace-explicit').length);
    expect(traced).toBeGreaterThan(0);
    expect(page.url()).toContain('trace=');
    await shot('04-trace');

    // 5. Add a document: preview (nothing written), then add, and its instrument appears.
    await page.click('#import-open');
    await page.fill('#import-title', 'Nghị quyết 77-NQ/TU Quảng Ninh');
    await page.fill('#import-text', NEW_TEXT);
    await page.click('#import-preview');
    await page.waitForSelector('#import-highlight:not([hidden]) mark.x-cite', { timeout: 30_000 });
    expect(await page.locator('#import-highlight').textContent()).toContain('77-NQ/TU');
    expect(await page.locator('#import-highlight mark.x-cite').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('77-NQ/TU')]));
    const beforeAdd = await page.evaluate(() => window.vanban.view.cy.nodes().filter((n) => String(n.data('label')).includes('77-NQ/TU')).length);
    expect(beforeAdd).toBe(0);
    await shot('05-import-preview');
    await page.click('#import-commit');
    await page.waitForSelector('#import-summary.ok', { timeout: 60_000 });
    await page.waitForFunction(() => window.vanban.view.cy.nodes().some((n) => String(n.data('label')).includes('77-NQ/TU')), undefined, { timeout: 60_000 });
    await page.click('#import-dialog .import-close');
    // The view goes to the new instrument and opens its panel.
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 30_000 }).toContain('77-NQ/TU');
    await page.waitForSelector('#panel:not([aria-busy])');
    await shot('06-import-added');

    // 6. Reload the URL: the same nodes, the same panel, the trace again.
    const url = page.url();
    const ids = await page.evaluate(() => window.vanban.visibleIds());
    const title = await page.locator('#panel-title').textContent();
    expect(ids.some((id) => id.includes('77'))).toBe(true);
    await page.goto(url);
    await ready();
    await page.waitForSelector('#panel:not([hidden]) .evidence', { timeout: 30_000 });
    await page.waitForSelector('#trace:not([hidden]) .trace-steps li', { timeout: 30_000 });
    expect(await page.evaluate(() => window.vanban.visibleIds())).toEqual(ids);
    expect(await page.locator('#panel-title').textContent()).toBe(title);
    await shot('07-reloaded');

    expect(pageErrors).toEqual([]);
  }, 240_000); // seven steps on a shared, sometimes busy machine: more than the project's 120 s

  it('speaks English on the switch and formats Vietnamese numbers and dates by default', async () => {
    await page.goto(base);
    await ready();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('#view-list').textContent()).toBe('Danh sách');
    const fmt = await page.evaluate(() => [new Intl.NumberFormat('vi-VN').format(10745), new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC' }).format(new Date(Date.UTC(2020, 0, 2)))]);
    expect(fmt).toEqual(['10.745', '2/1/2020']);
    await page.click('#view-list');
    await page.waitForSelector('#list table');
    expect(await page.locator('#list').textContent()).toContain('2/1/2020');
    await page.click('#lang');
    expect(await page.locator('#view-list').textContent()).toBe('List');
    expect(page.url()).toContain('lang=en');
    await shot('08-list-english');
  });

  it('filters by kind into the URL, exports CSV and JSON of the view, and opens the source document highlighted', async () => {
    await page.goto(base);
    await ready();
    const all = await page.evaluate(() => window.vanban.visibleIds().length);
    await page.locator('#filters-body input[type=checkbox][value="Quy định"]').check();
    expect(page.url()).toContain('kinds=Quy');
    const kinds = await page.evaluate(() => window.vanban.view.visibleNodes().filter((n) => n.data('type') === 'instrument').map((n) => n.data('kind') as string));
    expect(new Set(kinds)).toEqual(new Set(['Quy định']));
    expect(await page.evaluate(() => window.vanban.visibleIds().length)).toBeLessThan(all);
    const csv = await page.evaluate(() => window.vanban.csv());
    expect(csv.split('\r\n')[0]).toBe('key,label,kind,title,issuedOn,year,issuer,status,citationCount');
    expect(csv).toContain('213-QĐ/TW');
    expect(csv).not.toContain('Nghị quyết 11-NQ/TU');
    const json = await page.evaluate(() => window.vanban.json());
    expect(json.nodes.length).toBe(await page.evaluate(() => window.vanban.visibleIds().length));
    // The filter survives a reload.
    await page.reload();
    await ready();
    expect(await page.locator('#filters-body input[type=checkbox][value="Quy định"]').isChecked()).toBe(true);
    // The source document with its citations highlighted, from the panel.
    await page.evaluate(() => {
      window.vanban.view.cy.nodes('[type = "instrument"]').filter((n) => String(n.data('label')).includes('213')).emit('tap');
    });
    await page.waitForSelector('#panel:not([hidden]) .open-doc');
    await page.click('#panel .open-doc');
    await page.waitForSelector('#doc-dialog[open] .cite-mark');
    expect(await page.locator('#doc-dialog .cite-mark').count()).toBeGreaterThan(1);
    expect(await page.locator('#doc-dialog .cite-current').textContent()).toContain('213-QĐ/TW');
    await shot('09-document');
    await page.keyboard.press('Escape');
  });

  it('lays instruments out on a timeline with a year scale and a lane per kind, and drops the axis on another layout', async () => {
    await page.goto(`${base}?layout=timeline`);
    await ready();
    await page.waitForSelector('.timeline-axis:not([hidden]) .axis-year');
    const years = (await page.locator('.timeline-axis .axis-year').allTextContents()).map(Number).filter(Number.isFinite);
    // Quy định 213 is of 2020, Kết luận 21 of 2021: both years are on the scale, in order, left to right.
    expect(years).toEqual(expect.arrayContaining([2020, 2021]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const lanes = await page.locator('.timeline-axis .axis-lane').allTextContents();
    expect(lanes).toEqual(expect.arrayContaining(['Quy định', 'Kết luận']));
    // The 2020 tick sits left of every 2021 instrument and right of every 2019 one.
    const placed = await page.evaluate(() => {
      const tick = [...document.querySelectorAll<HTMLElement>('.timeline-axis .axis-year')].find((e) => e.textContent === '2020');
      const x2020 = tick ? parseFloat(tick.style.left) : NaN;
      const xs = (y: number) => window.vanban.view.cy.nodes('[type = "instrument"]').filter((n) => String(n.data('issuedOn') ?? '').startsWith(String(y))).nodes().map((n) => n.renderedPosition().x);
      return { x2020, in2019: xs(2019), in2021: xs(2021) };
    });
    expect(placed.in2021.length).toBeGreaterThan(0);
    for (const x of placed.in2021) expect(x).toBeGreaterThan(placed.x2020);
    for (const x of placed.in2019) expect(x).toBeLessThan(placed.x2020);
    // Panning moves the scale with the graph.
    const before = await page.locator('.timeline-axis .axis-year').first().evaluate((e) => parseFloat((e as HTMLElement).style.left));
    await page.evaluate(() => window.vanban.view.cy.panBy({ x: 120, y: 0 }));
    const after = await page.locator('.timeline-axis .axis-year').first().evaluate((e) => parseFloat((e as HTMLElement).style.left));
    expect(after - before).toBeCloseTo(120, 0);
    await shot('11-timeline');
    await page.selectOption('#layout', 'fcose');
    await ready();
    await expect.poll(() => page.locator('.timeline-axis').isHidden()).toBe(true);
    // The axis is not part of the graph: exports and counts see instruments only.
    expect(await page.evaluate(() => window.vanban.visibleIds().every((id) => !id.startsWith('axis')))).toBe(true);
  });

  it('pans a 2,000-node graph by dragging the background and zooms it by the wheel, from a cached picture with edges hidden while moving', async () => {
    await page.goto(`${base}?bench=2000`);
    await page.waitForFunction(() => Boolean(window.vanban?.bench), undefined, { timeout: 120_000, polling: 200 });
    const opts = await page.evaluate(() => {
      const r = (window.vanban.view.cy as unknown as { renderer(): unknown }).renderer() as { hideEdgesOnViewport: boolean; textureOnViewport: boolean };
      return { edges: r.hideEdgesOnViewport, texture: r.textureOnViewport };
    });
    expect(opts).toEqual({ edges: true, texture: true });
    const at = await page.evaluate(() => window.vanban.emptyPoint());
    expect(at).not.toBeNull();
    const node = await page.evaluate(() => window.vanban.view.cy.nodes()[0]!.position());
    const pan0 = await page.evaluate(() => window.vanban.view.cy.pan());
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at!.x + 12 * i, at!.y + 5 * i);
    await page.mouse.up();
    const pan1 = await page.evaluate(() => window.vanban.view.cy.pan());
    expect(pan1.x - pan0.x).toBeCloseTo(120, -1);
    expect(pan1.y - pan0.y).toBeCloseTo(50, -1);
    // The view moved, not the graph.
    expect(await page.evaluate(() => window.vanban.view.cy.nodes()[0]!.position())).toEqual(node);
    // A drag that starts on a node pans as well: the node stays where the layout put it.
    const onNode = await page.evaluate(() => {
      const n = window.vanban.view.cy.nodes().filter((x) => {
        const p = x.renderedPosition();
        return p.x > 100 && p.y > 100 && p.x < window.vanban.view.cy.width() - 200 && p.y < window.vanban.view.cy.height() - 100;
      })[0]!;
      const c = document.getElementById('cy')!.getBoundingClientRect();
      return { id: n.id(), model: { ...n.position() }, x: c.left + n.renderedPosition().x, y: c.top + n.renderedPosition().y };
    });
    const pan2 = await page.evaluate(() => window.vanban.view.cy.pan());
    await page.mouse.move(onNode.x, onNode.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(onNode.x + 8 * i, onNode.y);
    await page.mouse.up();
    const pan3 = await page.evaluate(() => window.vanban.view.cy.pan());
    expect(pan3.x - pan2.x).toBeCloseTo(80, -1);
    expect(await page.evaluate((id) => ({ ...window.vanban.view.cy.getElementById(id).position() }), onNode.id)).toEqual(onNode.model);
    const z0 = await page.evaluate(() => window.vanban.view.cy.zoom());
    await page.mouse.wheel(0, -300);
    await expect.poll(() => page.evaluate(() => window.vanban.view.cy.zoom())).toBeGreaterThan(z0);
    expect(pageErrors).toEqual([]);
  });

  it('reads an uploaded .docx into the text box through the server, then previews it', async () => {
    await page.goto(base);
    await ready();
    await page.click('#import-open');
    await page.fill('#import-title', '');
    await page.fill('#import-text', '');
    const bytes = docx(['Kế hoạch của Ban Thường vụ Thành ủy', 'Thực hiện Kết luận số 21-KL/TW, ngày 25-10-2021, của Ban Chấp hành Trung ương Đảng khóa XIII.']);
    await page.setInputFiles('#import-file', { name: 'ke-hoach-21.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
    await expect.poll(() => page.inputValue('#import-text'), { timeout: 30_000 }).toContain('Kết luận số 21-KL/TW');
    // The title is the document's first heading, not its file name (that only when the text has none).
    expect(await page.inputValue('#import-title')).toBe('Kế hoạch của Ban Thường vụ Thành ủy');
    expect(await page.locator('#import-summary').textContent()).toContain('ke-hoach-21.docx');
    await page.click('#import-preview');
    await page.waitForSelector('#import-highlight:not([hidden]) mark.x-cite', { timeout: 30_000 });
    expect(await page.locator('#import-highlight mark.x-cite').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('21-KL/TW')]));
    await shot('10-import-docx');
    // A type the server cannot read is refused before anything is sent.
    await page.setInputFiles('#import-file', { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await expect.poll(() => page.locator('#import-summary').textContent()).toContain('.png');
    expect(await page.locator('#import-summary').getAttribute('class')).toBe('error');
    await page.keyboard.press('Escape');
  });

  it('asks for the API token when the server protects its mutations, refuses a wrong one, and adds with the right one', async () => {
    const TOKEN = 'e2e-token-0123456789abcdef';
    const guarded = serveWithHooks(createApi({ graph, config: testConfig({ QUERY_TIMEOUT_MS: '120000', API_TOKEN: TOKEN }) }));
    const port = await listen(guarded, 0, '127.0.0.1');
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await ready();
      await page.click('#import-open');
      await page.fill('#import-text', NEW_TEXT);
      expect(await page.locator('#import-token-row').isHidden()).toBe(true);
      await page.click('#import-preview');
      await page.waitForSelector('#import-token-row:not([hidden])');
      expect(await page.locator('#import-summary').textContent()).toContain('API_TOKEN');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-token');
      await page.fill('#import-token', 'not-the-token-at-all');
      await page.click('#import-preview');
      await expect.poll(() => page.locator('#import-summary').textContent()).toContain('không đúng');
      await page.fill('#import-token', TOKEN);
      await page.click('#import-preview');
      await page.waitForSelector('#import-highlight:not([hidden]) mark.x-cite', { timeout: 30_000 });
      expect(await page.locator('#import-summary').getAttribute('class')).toBe('ok');
      // The token stays with the tab, not in the URL.
      expect(page.url()).not.toContain(TOKEN);
      expect(await page.evaluate(() => sessionStorage.getItem('vanban.apiToken'))).toBe(TOKEN);
      await page.keyboard.press('Escape');
    } finally {
      await page.evaluate(() => sessionStorage.clear());
      guarded.close();
      guarded.closeAllConnections();
    }
  });

  it('moves over the graph by keyboard: a cursor on Tab, arrows to the next node, Enter opens it, Escape drops it', async () => {
    await page.goto(base);
    await ready();
    await page.keyboard.press('/'); // a keyboard interaction first: the canvas's focus is then a keyboard focus
    await page.keyboard.press('Escape');
    await page.locator('#cy').focus();
    const cursor = () => page.evaluate(() => window.vanban.view.cy.nodes('.kbd-cursor').map((n) => n.id()));
    await expect.poll(cursor).toHaveLength(1);
    const first = (await cursor())[0]!;
    expect(await page.locator('#graph-live').textContent()).not.toBe('');
    // Some arrow leads to another node.
    let moved = first;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = (await cursor())[0]!;
      if (moved !== first) break;
    }
    expect(moved).not.toBe(first);
    expect(await page.locator('#graph-live').textContent()).toContain(await page.evaluate((id) => String(window.vanban.view.cy.getElementById(id).data('label')), moved));
    // Zoom by key.
    const z0 = await page.evaluate(() => window.vanban.view.cy.zoom());
    await page.keyboard.press('+');
    expect(await page.evaluate(() => window.vanban.view.cy.zoom())).toBeGreaterThan(z0);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden])');
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('sel'))).toBe(moved);
    await shot('12-keyboard');
    await page.locator('#cy').focus();
    await page.keyboard.press('Escape');
    expect(await cursor()).toEqual([]);
    expect(await page.getAttribute('#cy', 'aria-label')).toContain('Mũi tên');
  });

  it('says so when the server is down instead of showing a blank canvas', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(base);
    await page.waitForSelector('#error:not([hidden])', { timeout: 30_000 });
    expect(await page.locator('#error-text').textContent()).toMatch(/máy chủ|server/);
    await shot('13-server-down');
    await page.unroute('**/graphql');
  });
});
