// The names of laws, codes and ordinances in the catalogue, as texts cite them without a number ("Luật Đầu tư theo
// phương thức đối tác công tư", "Luật Phòng, chống tác hại của thuốc lá"). The extractor's generic reading of a
// name stops at a function word ("theo", "của", "và") or a comma; a name the catalogue knows is read whole instead.
// An amending law's title names the laws it amends: "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật
// C" gives A, B and C, never the amending title itself.

const KINDS = /^(?:bộ luật|luật|pháp lệnh)$/i;
/** "Luật X, Luật Y và Bộ luật Z" inside a title: each name runs to the next kind word. */
const INNER = /(?:Bộ luật|Luật|Pháp lệnh) (.+?)(?=,? (?:và )?(?:Bộ luật|Luật|Pháp lệnh) |[;.]|$)/g;
const AMENDING = /^(?:(?:bộ luật|luật|pháp lệnh) )?(?:sửa đổi|bổ sung|bãi bỏ)/i;
const PREFIX = /^(?:bộ luật|lu[aâ]t|pháp lệnh) /i; // (one title writes "Luât")

/** Whitespace collapsed, a trailing year ("… năm 2013") and outer punctuation dropped; null when nothing is left. */
function clean(name: string): string | null {
  const n = name.replace(/\s+/g, ' ').replace(/ (?:năm|số) \d.*$/, '').replace(/^[\s,;:.]+|[\s,;:.]+$/g, '');
  return n.length >= 2 && n.split(' ').length <= 24 ? n : null;
}

/** The distinct names, sorted, from catalogue rows of any kind (only laws, codes and ordinances count). */
export function lawNamesFromCatalog(rows: Iterable<{ kind: string; title: string | null }>): string[] {
  const out = new Map<string, string>(); // folded-ish key (lower case) → first spelling
  const add = (n: string | null) => {
    if (n && !out.has(n.toLowerCase())) out.set(n.toLowerCase(), n);
  };
  for (const r of rows) {
    if (!KINDS.test(r.kind) || !r.title) continue;
    const title = r.title.replace(/\s+/g, ' ').trim();
    if (AMENDING.test(title)) {
      for (const m of title.matchAll(INNER)) if (!AMENDING.test(m[1] ?? '')) add(clean(m[1] ?? ''));
      continue;
    }
    add(clean(title.replace(PREFIX, '')));
  }
  return [...out.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}
