// The README's picture of the first screen: adds the .txt files of a folder to a running server through the API
// (skipped with --no-ingest), then photographs the page as a new user first sees it.
//   npx tsx bench/overview-screenshot.ts http://127.0.0.1:4000/ [folder of .txt] [--out docs/overview.png]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : 'docs/overview.png';
const [base = 'http://127.0.0.1:4000/', folder] = args;

if (folder) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = readFileSync(join(folder, f), 'utf8');
    const res = await fetch(new URL('graphql', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: IngestTextInput!) { ingestText(input: $input) { instruments relations } }', variables: { input: { text, source: f } } }),
    });
    const body = (await res.json()) as { errors?: { message: string }[]; data?: { ingestText: { instruments: number; relations: number } } };
    process.stderr.write(`${f}: ${body.errors ? body.errors.map((e) => e.message).join('; ') : JSON.stringify(body.data?.ingestText)}\n`);
  }
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(base);
  await page.waitForSelector('#app[data-graph="ready"]', { timeout: 120_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out });
  const summary = await page.locator('#overview-summary').textContent();
  process.stderr.write(`${out}: ${summary}\n`);
} finally {
  await browser.close();
}
