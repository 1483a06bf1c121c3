// Who signed a document (người ký), when its text ends with the usual signature block:
//   "KT. BỘ TRƯỞNG / THỨ TRƯỞNG / (Đã ký) / Nguyễn Văn A" or "T/M BỘ CHÍNH TRỊ / (đã ký) / Trần Quốc Vượng".
// The name is the first line after the capitalised position lines that reads as a Vietnamese personal name.

const POSITION = /^(?:(?:KT|TM|T\/M|TL|TUQ|Q|K\/T)\.?\s+)?[\p{Lu}\s.,/-]{3,}$/u;
const NAME = /^(?:\p{Lu}[\p{Ll}]*\s+){1,5}\p{Lu}[\p{Ll}]*$/u;
const SIGNED = /^\(?(?:đã ký|đã ký và đóng dấu|ký|signed)\)?$/iu;

export interface Signer {
  name: string;
  /** The position lines above the name, as written: "KT. BỘ TRƯỞNG THỨ TRƯỞNG". */
  position: string | null;
}

export function findSigner(text: string): Signer | null {
  const lines = text.slice(-2000).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  for (let k = lines.length - 1; k >= 1; k--) {
    const name = lines[k]!;
    if (!NAME.test(name) || name.split(' ').length < 2) continue;
    const position: string[] = [];
    let j = k - 1;
    while (j >= 0 && SIGNED.test(lines[j]!)) j--;
    while (j >= 0 && POSITION.test(lines[j]!) && position.length < 3) position.unshift(lines[j--]!);
    if (position.length) return { name, position: position.join(' ') };
  }
  return null;
}

/** The signer as one line, "Nguyễn Văn An (KT. BỘ TRƯỞNG THỨ TRƯỞNG)", or null when the text has no signature block. */
export function signerLine(text: string): string | null {
  const s = findSigner(text);
  return s ? `${s.name}${s.position ? ` (${s.position})` : ''}` : null;
}
