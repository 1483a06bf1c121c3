import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = path.join(repoRoot, 'server/cli/extract.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-extract-'));
const run = (args: string[], input?: Buffer) => spawnSync(tsx, [cli, ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  it('prints exactly one JSON object for a file with a BOM and CRLF', () => {
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Theo Quy định số 213-QĐ/TW.\r\nHết.', 'utf8')]));
    const out = execFileSync(tsx, [cli, f], { cwd: repoRoot, encoding: 'utf8' });
    const x = JSON.parse(out);
    expect(x.instruments[0].key).toBe('quy-dinh:213-qd-tw');
    expect(x.instruments[0].mentions[0]).toEqual({ start: 5, end: 26, text: 'Quy định số 213-QĐ/TW' });
  }, 60_000);
  it('reads standard input with -', () => {
    const r = run(['-'], Buffer.from('Nghị định 30/2020/NĐ-CP'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).instruments[0].key).toBe('nghi-dinh:30-2020-nd-cp');
  }, 60_000);
  it('refuses binary, invalid UTF-8 and missing files with exit 2 and one line', () => {
    const bin = path.join(dir, 'b.bin');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    const bad = path.join(dir, 'c.txt');
    writeFileSync(bad, Buffer.from([0x51, 0x75, 0x79, 0xff, 0xfe]));
    for (const f of [bin, bad, path.join(dir, 'missing.txt')]) {
      const r = run([f]);
      expect(r.status, f).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\(/);
    }
  }, 60_000);
});
