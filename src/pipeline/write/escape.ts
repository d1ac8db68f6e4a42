/**
 * Text from outside (file names, article text in reasons) is shown escaped: a newline in a file
 * name must not forge a line of the report, an ANSI or C1 control sequence must not drive the
 * terminal, and a bidi override must not reorder what is printed after it.
 */

/** C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates, BOM. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string): string => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** One line of text safe for a terminal or a log: unsafe characters as visible escapes (`\n`, `\x1b`, `\u202e`). */
export function safeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(UNSAFE, (c) => NAMED[c] ?? hex(c));
}

/**
 * JSON.stringify, with the characters it leaves raw but a terminal acts on (C1 controls, DEL,
 * separators, bidi controls) written as \u escapes: `cat build-report.json` is safe and the
 * parsed value is unchanged.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
