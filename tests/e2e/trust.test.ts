// Trust and readability, end to end in headless Chromium against the real server on the seed data: a status only
// with its basis (else "Chưa xác định"), relations worded active/passive from one vocabulary, an edge's type on
// hover and its evidence on click, filters and counters that mean what they say, a shared link that reopens the
// same elements at the same positions, the import preview naming the document's own identity, the view going to
// the added node, exports in the interface's language, path-finding, and the trace box clear of what it traces.
// Screenshots go to test-results/e2e/ (trust-*.png).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadOfficialCatalog } from '../../server/catalog/official.ts';
import { testConfig, testGraph } from '../setup/db.ts';
import { chromiumInstalled, closeBrowserSession, openBrowserSession, screenshot, waitReady } from './chromium.ts';

/** A circular pasted without its header: its identity is in the enacting sentence only; signed at its foot. */
const CIRCULAR = `Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;
Theo đề nghị của Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật;
Bộ trưởng Bộ Tư pháp ban hành Thông tư số 99/2026/TT-BTP.
Điều 1. Thông tư này thay thế Thông tư số 05/2019/TT-BTP.

BỘ TRƯỞNG
(Đã ký)
Lê Văn Minh`;

const TT99 = 'thong-tu:99-2026-tt-btp';
const TT05 = 'thong-tu:5-2019-tt-btp';
const CT05 = 'chi-thi:5-ct-tw';

describe.runIf(chromiumInstalled())('trust and readability in Chromium', () => {
  const graph = testGraph({ txTimeoutMs: 120_000 });
  let server: Server;
  let base = '';
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = (name: string) => screenshot(page, name);
  const ready = () => waitReady(page);
  const tap = (id: string) => page.evaluate((i) => void window.vanban.view.cy.getElementById(i).emit('tap'), id);
  const panelFor = async (id: string, title: string) => {
    await tap(id);
    await page.waitForSelector('#panel:not([hidden]):not([aria-busy]) .status-block', { timeout: 30_000 });
    await expect.poll(() => page.locator('#panel-title').textContent()).toContain(title);
  };
  /** What the canvas shows, checked against what the filters mean. */
  const consistency = () =>
    page.evaluate(() => {
      const cy = window.vanban.view.cy;
      const shown = cy.nodes().not('.filtered-out');
      const shownEdges = cy.edges().not('.filtered-out');
      const dangling = shownEdges.filter((e) => cy.getElementById(String(e.data('source'))).hasClass('filtered-out') || cy.getElementById(String(e.data('target'))).hasClass('filtered-out')).length;
      // Every action, task, document or organisation shown hangs on a shown instrument (or a shown action).
      const orphans = cy
        .nodes()
        .filter((n) => !n.hasClass('filtered-out') && n.data('type') !== 'instrument' && n.connectedEdges().not('.filtered-out').connectedNodes().not(n).not('.filtered-out').empty()).length;
      return { nodes: shown.length, edges: shownEdges.length, dangling, orphans, counter: document.querySelector('#counts')?.textContent ?? '' };
    });

  beforeAll(async () => {
    // the seed's graph: these scenarios read its nodes
    ({ server, base, browser, page } = await openBrowserSession(graph, testConfig({ QUERY_TIMEOUT_MS: '120000' }), pageErrors, { seed: true }));
  });

  afterAll(() => closeBrowserSession({ server, browser }, graph));

  it('1, 4: shows "Chưa xác định" for an instrument no text gives a status, and an incoming relation in the passive', async () => {
    await page.goto(base);
    await ready();
    await page.waitForTimeout(500);
    await panelFor(CT05, '5-CT/TW');
    const panel = page.locator('#panel');
    expect(await panel.locator('.status-block .status').textContent()).toBe('Chưa xác định');
    expect(await panel.locator('.status-block').textContent()).toContain('Chưa có văn bản hay danh mục nào');
    expect(await panel.textContent()).not.toContain('Còn hiệu lực');
    // Kết luận 1 continues Chỉ thị 5: read from Chỉ thị 5, the passive.
    const incoming = panel.locator('.relation-group[data-direction="INCOMING"][data-type="CONTINUES"] summary');
    expect(await incoming.textContent()).toContain('Được tiếp tục thực hiện bởi');
    expect(await panel.textContent()).not.toContain('←');
    // The list says the same, never "in force" without a basis.
    const statuses = await page.evaluate(() => window.vanban.view.cy.nodes('[type = "instrument"]').map((n) => n.data('status') as string));
    expect(statuses).not.toContain('IN_FORCE');
    await shot('trust-01-panel-unknown-status');
  });

  it('4: an edge shows its type on hover and its evidence on click', async () => {
    const at = await page.evaluate(() => {
      const e = window.vanban.view.cy.edges('[type = "CONTINUES"]').first();
      const c = document.querySelector('#cy')!.getBoundingClientRect();
      const m = e.renderedMidpoint();
      return { id: e.id(), x: c.left + m.x, y: c.top + m.y };
    });
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.graph-tooltip:not([hidden])').textContent(), { timeout: 5000 }).toContain('Tiếp tục thực hiện');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 30_000 }).toContain('Liên kết');
    await page.waitForSelector('#panel .evidence-sentence', { timeout: 30_000 });
    expect(await page.locator('#panel .evidence-sentence').first().textContent()).toMatch(/Chỉ thị|5-CT\/TW/);
    expect(await page.locator('#panel .edge-head').textContent()).toContain('được tiếp tục thực hiện bởi');
    await shot('trust-02-edge-evidence');
  });

  it('2: filters hide what hangs only on filtered-out instruments, counters count what is shown, issuers are many', async () => {
    await page.goto(base);
    await ready();
    const before = await consistency();
    await page.locator('#filters-body input[type=checkbox][value="Quy định"]').check();
    await page.waitForTimeout(400);
    const after = await consistency();
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(after.dangling).toBe(0);
    expect(after.orphans).toBe(0);
    expect(after.counter).toContain(`${after.nodes} nút, ${after.edges} cạnh`);
    // Several issuers at once, each listed once.
    await page.locator('#filters-body input[type=checkbox][value="Quy định"]').uncheck();
    const issuers = page.locator('#filters-body fieldset.issuers input[type=checkbox]');
    const values = await issuers.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(1);
    await issuers.nth(0).check();
    await issuers.nth(1).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('issuers'), { timeout: 10_000 }).toBe(`${values[0]}|${values[1]}`);
    const two = await consistency();
    expect(two.dangling).toBe(0);
    expect(two.orphans).toBe(0);
    const shownIssuers = await page.evaluate(() => [...new Set(window.vanban.view.visibleNodes().filter((n) => n.data('type') === 'instrument').map((n) => n.data('issuer') as string))]);
    expect(shownIssuers.length).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    await shot('trust-03-filtered');
    expect(two.counter).toContain(`${two.nodes} nút, ${two.edges} cạnh`);
  });

  it('2: a shared link reopens the same elements at the same positions, expansions included', async () => {
    await page.goto(base);
    await ready();
    await panelFor(CT05, '5-CT/TW');
    await page.click('#panel .expand');
    await expect.poll(() => new URL(page.url()).searchParams.get('exp'), { timeout: 30_000 }).toBe(CT05);
    await page.waitForSelector('#app[data-graph="ready"]');
    await page.waitForTimeout(800);
    const href = await page.locator('#share').getAttribute('href');
    expect(href).toContain('#pos=');
    const snap = () =>
      page.evaluate(() => ({
        ids: window.vanban.visibleIds(),
        edges: window.vanban.view.cy.edges().not('.filtered-out').map((e) => e.id()).sort(),
        pos: Object.fromEntries(window.vanban.view.cy.nodes().map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }])),
        layout: window.vanban.state.layout,
      }));
    const sent = await snap();
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await other.goto(href!);
      await other.waitForSelector('#app[data-graph="ready"]', { timeout: 60_000 });
      await other.waitForTimeout(500);
      const got = await other.evaluate(() => ({
        ids: window.vanban.visibleIds(),
        edges: window.vanban.view.cy.edges().not('.filtered-out').map((e) => e.id()).sort(),
        pos: Object.fromEntries(window.vanban.view.cy.nodes().map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }])),
        layout: window.vanban.state.layout,
      }));
      expect(got.ids).toEqual(sent.ids);
      expect(got.edges).toEqual(sent.edges);
      expect(got.layout).toBe(sent.layout);
      for (const id of sent.ids) {
        expect(Math.abs(got.pos[id]!.x - sent.pos[id]!.x), id).toBeLessThanOrEqual(1);
        expect(Math.abs(got.pos[id]!.y - sent.pos[id]!.y), id).toBeLessThanOrEqual(1);
      }
      await screenshot(other, 'trust-04-shared-link');
    } finally {
      await other.close();
    }
  });

  it('5: the preview of a pasted circular names its own identity and relations; after adding, the view goes to it', async () => {
    await page.goto(base);
    await ready();
    await page.click('#import-open');
    await page.fill('#import-text', CIRCULAR);
    await page.click('#import-preview');
    await page.waitForSelector('#import-summary.ok', { timeout: 60_000 });
    expect(await page.locator('#import-identity-row label').textContent()).toBe('Văn bản này là:');
    expect(await page.locator('#import-identity').inputValue()).toBe('Thông tư 99/2026/TT-BTP');
    const rels = await page.locator('#import-relations li').allTextContents();
    expect(rels).toEqual(expect.arrayContaining([expect.stringContaining('Thông tư 99/2026/TT-BTP — Căn cứ — Nghị định 39/2022/NĐ-CP'), expect.stringContaining('Thay thế — Thông tư 05/2019/TT-BTP')]));
    expect(await page.locator('#import-summary').textContent()).not.toContain('0 quan hệ');
    await shot('trust-05-import-preview');
    await page.click('#import-commit');
    await page.waitForSelector('#import-summary.ok', { timeout: 60_000 });
    await page.click('#import-dialog .import-close');
    await expect.poll(() => page.evaluate(() => window.vanban.state.sel), { timeout: 60_000 }).toBe(TT99);
    await expect.poll(() => page.locator('#panel-title').textContent(), { timeout: 30_000 }).toContain('99/2026');
    // 7. The instrument's own text (the pasted circular) and its signer, in its panel.
    await page.waitForSelector('#panel .attrs .own-doc', { timeout: 30_000 });
    expect(await page.locator('#panel .attrs').textContent()).toContain('Người kýLê Văn Minh (BỘ TRƯỞNG)');
    // The new node is on screen, with its neighbours.
    const inView = await page.evaluate((k) => {
      const cy = window.vanban.view.cy;
      const n = cy.getElementById(k);
      const ext = cy.extent();
      const inside = (p: { x: number; y: number }) => p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      return { self: inside(n.position()), neighbours: n.neighborhood().nodes().map((m) => inside(m.position())) };
    }, TT99);
    expect(inView.self).toBe(true);
    expect(inView.neighbours.length).toBeGreaterThan(1);
    expect(inView.neighbours.every(Boolean)).toBe(true);
    await page.waitForTimeout(400);
    await shot('trust-06-import-added');
  });

  it('1, 4: a replaced instrument shows its status with the sentence that replaced it, and "Bị thay thế bởi"', async () => {
    await panelFor(TT05, '05/2019');
    const block = page.locator('#panel .status-block');
    expect(await block.locator('.status').textContent()).toBe('Đã bị thay thế');
    expect(await block.textContent()).toContain('99/2026/TT-BTP');
    expect(await block.textContent()).toContain('Thông tư này thay thế Thông tư số 05/2019/TT-BTP');
    expect(await page.locator('#panel .relation-group[data-direction="INCOMING"][data-type="REPLACES"] summary').textContent()).toContain('Bị thay thế bởi');
    await shot('trust-07-panel-status-basis');
  });

  it('6: exports relations beside instruments, kinds and statuses in the interface language', async () => {
    const csv = await page.evaluate(() => window.vanban.csv());
    expect(csv).not.toMatch(/IN_FORCE|REPLACED|UNKNOWN/);
    expect(csv).toContain('Đã bị thay thế');
    const rel = await page.evaluate(() => window.vanban.relationsCsv());
    expect(rel.split('\r\n')[0]).toBe('from,fromLabel,type,to,toLabel,inferred,sentence,document');
    const row = rel.split('\r\n').find((l) => l.startsWith(`${TT99},`) && l.includes(TT05));
    expect(row).toContain(',Thay thế,');
    expect(row).toContain('Thông tư này thay thế Thông tư số 05/2019/TT-BTP');
  });

  it('7: finds a path between two instruments from the panel, and expands a node by one relation type', async () => {
    await panelFor(TT05, '05/2019');
    await page.fill('#panel .path-to', '99/2026/TT-BTP');
    await page.click('#panel .path-form button[type=submit]');
    await expect.poll(() => page.locator('#panel .path-result').textContent(), { timeout: 30_000 }).toMatch(/Đường nối: 1 bước/);
    expect(await page.evaluate(() => window.vanban.view.cy.elements('.path').length)).toBeGreaterThanOrEqual(3);
    await panelFor(TT99, '99/2026');
    await page.selectOption('#panel .expand-type', 'BASED_ON');
    await expect.poll(() => new URL(page.url()).searchParams.get('exp'), { timeout: 30_000 }).toContain(`${TT99}~BASED_ON`);
  });

  it('3: a text with garbled diacritics is flagged at import', async () => {
    await page.click('#import-open');
    await page.fill('#import-text', 'Tạĩ phĩên họp ngàỷ 2-1-2020, Bộ Chính trị thảo luận Quy định số 213-QĐ/TW.');
    await page.click('#import-preview');
    await page.waitForSelector('#import-warning:not([hidden])', { timeout: 60_000 });
    expect(await page.locator('#import-warning').textContent()).toContain('ngàỷ');
    await page.click('#import-dialog .import-close');
  });

  it('4: the trace box does not cover the nodes it traces', async () => {
    await page.goto(base);
    await ready();
    // The overview draws instruments only (actions and tasks hang on an instrument): the view of one that governs
    // an action, Quy định 213, found by search, holds the action to trace.
    await page.keyboard.press('/');
    await page.keyboard.type('quy dinh 213');
    await page.locator('#search-list [role=option]').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.vanban.state.focus.join('|')), { timeout: 30_000 }).toContain('213');
    await ready();
    await page.waitForFunction(() => window.vanban.view.cy.nodes('[type = "action"], [type = "task"]').filter((n) => n.connectedEdges('[type = "GOVERNS"]').nonempty()).nonempty(), undefined, { timeout: 30_000 });
    const action = await page.evaluate(() => window.vanban.view.cy.nodes('[type = "action"], [type = "task"]').filter((n) => n.connectedEdges('[type = "GOVERNS"]').nonempty()).first().id());
    await page.evaluate((id) => void window.vanban.view.cy.getElementById(id).emit('tap'), action);
    await page.waitForSelector('#panel:not([hidden]) .trace-btn', { timeout: 30_000 });
    await page.click('#panel .panel-toolbar .trace-btn');
    await page.waitForSelector('#trace:not([hidden]) .trace-steps li', { timeout: 30_000 });
    await page.waitForTimeout(300);
    const overlap = await page.evaluate(() => {
      const c = document.querySelector('#cy')!.getBoundingClientRect();
      const b = document.querySelector('#trace')!.getBoundingClientRect();
      return window.vanban.view.cy.nodes('.trace').filter((n) => {
        const r = n.renderedBoundingBox({});
        return c.left + r.x2 > b.left && c.left + r.x1 < b.right && c.top + r.y2 > b.top && c.top + r.y1 < b.bottom;
      }).map((n) => n.id());
    });
    expect(overlap).toEqual([]);
    // Depth and confidence in words, never "cấp 0" or a bare score.
    const steps = await page.locator('#trace .trace-steps').textContent();
    expect(steps).not.toContain('cấp 0');
    expect(steps).toContain('trực tiếp');
    await shot('trust-08-trace-clear');
    expect(pageErrors).toEqual([]);
  });

  it('4: offers the hierarchical layout for focused views, not for the whole network', async () => {
    await page.goto(base);
    await ready();
    const disabled = () => page.evaluate(() => document.querySelector<HTMLOptionElement>('#layout option[value="dagre"]')!.disabled);
    expect(await disabled()).toBe(true);
    await page.goto(`${base}?focus=${encodeURIComponent(CT05)}`);
    await ready();
    expect(await disabled()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('12: an instrument the codification holds lists its articles, each with the dated change that names it', async () => {
    // A catalogue of our own making (test data, not official facts): Quy định 37-QĐ/TW with two codified
    // articles, the second amended by Kết luận 21-KL/TW; loaded the way the official one is.
    const dir = mkdtempSync(join(tmpdir(), 'vanban-articles-'));
    try {
      const qd37 = { kind: 'Quy định', number: '37', symbol: 'QĐ/TW' };
      const kl21 = { kind: 'Kết luận', number: '21', symbol: 'KL/TW' };
      const lines = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';
      writeFileSync(join(dir, 'phapdien-instruments.jsonl'), lines([
        { ...qd37, issuedOn: '2021-10-25', issuer: 'Ban Chấp hành Trung ương', title: null, effectiveFrom: null, officialUrl: null, topics: ['Đề mục thử nghiệm'], source: 'phapdien' },
        { ...kl21, issuedOn: '2021-10-25', issuer: 'Ban Chấp hành Trung ương', title: null, effectiveFrom: null, officialUrl: null, topics: [], source: 'phapdien' },
      ]));
      writeFileSync(join(dir, 'phapdien-events.jsonl'), lines([
        { type: 'AMENDS', supplements: false, from: kl21, fromPinpoints: ['Điều 3'], to: qd37, toPinpoints: ['Điều 2'], effectiveFrom: '2022-01-01', source: 'phapdien' },
      ]));
      writeFileSync(join(dir, 'phapdien-articles.jsonl.gz'), gzipSync(lines([
        { instrument: qd37, article: 'Điều 1', heading: 'Phạm vi áp dụng', codifiedAs: 'Điều 99.1.QĐ.1', topic: 'Đề mục thử nghiệm', officialUrl: 'http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1#Dieu_1', source: 'phapdien' },
        { instrument: qd37, article: 'Điều 2', heading: 'Điều cấm', codifiedAs: 'Điều 99.1.QĐ.2', topic: 'Đề mục thử nghiệm', officialUrl: null, source: 'phapdien' },
      ])));
      const loaded = await loadOfficialCatalog(graph, { dir, force: true });
      expect(loaded).toMatchObject({ articles: 2, relations: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const QD37 = 'quy-dinh:37-qd-tw@2021';
    await page.goto(`${base}?focus=${encodeURIComponent(QD37)}`);
    await ready();
    await panelFor(QD37, '37-QĐ/TW');
    const sec = page.locator('#panel section.articles:not([hidden])');
    await sec.waitFor({ timeout: 30_000 });
    expect(await sec.locator('summary').textContent()).toBe('Các điều được pháp điển: 2 (có thay đổi: 1)');
    await sec.locator('summary').click();
    const items = sec.locator('li.article');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('Điều 1. Phạm vi áp dụng');
    expect(await items.nth(0).locator('a').getAttribute('href')).toBe('http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1#Dieu_1');
    const changed = items.nth(1);
    expect(await changed.getAttribute('class')).toContain('article-changed');
    expect(await changed.locator('.article-change').textContent()).toMatch(/^Sửa đổi 0?1\/0?1\/2022 bởi .*21-KL\/TW/);
    // the history names the codification once ("Bộ Pháp điển", not "Bộ Pháp điển: Bộ Pháp điển")
    expect(await page.locator('#panel .history-source').first().textContent()).toBe('Bộ Pháp điển');
    await shot('trust-articles');
    expect(pageErrors).toEqual([]);
  });
}, 600_000);
