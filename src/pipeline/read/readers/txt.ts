/** `.txt`: line 1 `date YYYY-MM-DD <headline>`, a blank line, then the body. */
import { toArticle, type RecordResult } from '../record.ts';
import { one, type Reader } from './types.ts';

export function parseTxt(text: string, path: string): RecordResult {
  const newline = text.indexOf('\n');
  const header = (newline === -1 ? text : text.slice(0, newline)).trim();
  const m = /^date\s+(\S+)\s*(.*)$/i.exec(header);
  if (!m) {
    return { ok: false, reason: 'first line is not "date YYYY-MM-DD <headline>"' };
  }
  const body = newline === -1 ? '' : text.slice(newline + 1).replace(/^\s*\n/, '');
  return toArticle({ date: m[1], title: m[2], body }, path, 'txt', { publishedFrom: 'header line' });
}

export const txtReader: Reader = {
  name: 'text file with a date header',
  extensions: ['.txt'],
  read: (text, { path }) => one(parseTxt(text, path)),
};
