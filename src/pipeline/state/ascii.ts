/**
 * The build state's JSON files are written in ASCII (any other character as a \u escape, which
 * JSON reads back as the same string) and read as Latin-1 when they are ASCII: node decodes UTF-8
 * at about a third of the speed, even for text without a byte past 127 (the 86 MB of a 100k-file
 * state: 0.36–0.42 s as UTF-8, 0.09–0.12 s as Latin-1). A file that is not ASCII (written before)
 * is read as UTF-8, as it always was.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';

const PAST_ASCII_RE = /[\u0080-\uffff]/g;

/** `json` with every character past ASCII as a \u escape (a pair's halves each as one). */
export const asciiJson = (json: string): string => json.replace(PAST_ASCII_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A text file as Latin-1 when it is ASCII (the same string, read faster), else as UTF-8. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
