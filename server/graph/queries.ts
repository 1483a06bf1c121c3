// Every Cypher statement lives in cypher/queries/<name>.cypher and is loaded here by name, so no query text
// is ever assembled from strings in TypeScript and user input only ever reaches Cypher as a parameter.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CYPHER_DIR = join(REPO_ROOT, 'cypher');
const QUERIES_DIR = join(CYPHER_DIR, 'queries');

const cache = new Map<string, string>();

/** The text of cypher/queries/<name>.cypher, e.g. query('graph/stats') → cypher/queries/graph/stats.cypher. */
export function query(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9/_-]*$/.test(name)) throw new Error(`bad query name ${JSON.stringify(name)}`);
    const file = join(QUERIES_DIR, `${name}.cypher`);
    try {
      text = stripComments(readFileSync(file, 'utf8')).trim();
    } catch {
      throw new Error(`no Cypher query named ${JSON.stringify(name)} (expected ${relative(REPO_ROOT, file)})`);
    }
    if (!text) throw new Error(`Cypher query ${name} is empty`);
    cache.set(name, text);
  }
  return text;
}

/** Names of every query file, for tests that check each one parses. */
export function allQueryNames(dir = QUERIES_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...allQueryNames(full));
    else if (entry.endsWith('.cypher')) out.push(relative(QUERIES_DIR, full).slice(0, -'.cypher'.length).split(sep).join('/'));
  }
  return out.sort();
}

/** Removes `//` line comments outside string literals, so files can carry a header explaining the query. */
export function stripComments(cypher: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < cypher.length; i++) {
    const c = cypher[i]!;
    if (quote) {
      out += c;
      if (c === '\\') {
        out += cypher[i + 1] ?? '';
        i++;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
      continue;
    }
    if (c === '/' && cypher[i + 1] === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    out += c;
  }
  return out;
}

/** Splits a migration file into statements at top-level semicolons (not inside strings). */
export function splitStatements(cypher: string): string[] {
  const text = stripComments(cypher);
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === '\\') {
        cur += text[i + 1] ?? '';
        i++;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    if (c === ';') {
      if (cur.trim()) parts.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}
