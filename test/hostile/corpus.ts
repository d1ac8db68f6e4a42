/**
 * The hostile corpus: what users really feed Dateline (scraped pages, broken exports, odd files),
 * written to a folder at test time so binary and huge inputs need not live in git. Each entry
 * says what the build must do with it: `use` it, `reject` it (reported with a reason), or, for a
 * multi-record file, keep `records` good ones and report the rest.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileCase {
  file: string;
  /** What the build does with it. */
  expect: 'use' | 'reject' | { records: number; rejected: number };
  /** Words the rejection reason must contain (lower case). */
  reason?: string;
}

const GOOD_BODY =
  'PRISTINA (Test Wire) - Kosovo and Serbia agreed on Monday to resume talks in Brussels, the European Union said.';
const txt = (date: string, title: string, body: string): string => `date ${date} ${title}\n\n${body}`;

/** Writes the corpus into `dir` and returns the expectations. `big` adds the multi-megabyte cases. */
export function writeHostileCorpus(dir: string, { big = false }: { big?: boolean } = {}): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const put = (file: string, content: string | Uint8Array, expect: HostileCase['expect'], reason?: string): void => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
    cases.push({ file, expect, ...(reason ? { reason } : {}) });
  };

  put('good.txt', txt('2023-05-29', 'A good article', GOOD_BODY), 'use');
  put('empty.txt', '', 'reject', 'empty');
  put('whitespace.txt', ' \n\n \t\n', 'reject', 'empty');
  put('binary.txt', Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256), 'reject', 'binary');
  put('invalid-utf8.txt', Buffer.concat([Buffer.from(txt('2023-05-29', 'Bad bytes', 'Text ')), Buffer.from([0xc3, 0x28, 0xff])]), 'reject', 'utf-8');
  put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(txt('2023-05-29', 'UTF-16 article', `${GOOD_BODY} In UTF-16.`), 'utf16le')]), 'use');
  put('utf8-bom.txt', `\ufeff${txt('2023-05-29', 'BOM article', `${GOOD_BODY} With a BOM.`)}`, 'use');
  put('crlf.txt', txt('2023-05-29', 'CRLF article', `${GOOD_BODY}\n\nSecond paragraph, on Tuesday.`).replace(/\n/g, '\r\n'), 'use');
  // Plain text without the header (issue 14): used, dated by the file's modification time, with a warning.
  put('no-header.txt', 'Just some text without a header line.\n\nMore text.', 'use');
  put('title-only.txt', 'Just a title line without a story\n', 'reject', 'no story');
  put('garbled-date.txt', txt('22/09/2022', 'Garbled', GOOD_BODY), 'reject', 'not yyyy-mm-dd');
  put('impossible-date.txt', txt('2022-02-30', 'Impossible', GOOD_BODY), 'reject', 'does not exist');
  put('year-zero.txt', txt('0000-01-01', 'Year zero', GOOD_BODY), 'reject', 'outside');
  put('year-9999.txt', txt('9999-12-31', 'Far future', GOOD_BODY), 'reject', 'outside');
  put('header-only.txt', 'date 2023-05-29 Headline only\n', 'reject', 'empty body');
  put('unknown.odt', 'PK\u0003\u0004 not really a document', 'reject', 'unknown file type'); // .docx is read now: hostile Word files are in test/formats-office.test.ts
  put('no-extension', 'plain text', 'reject', 'unknown file type');
  put('zz-duplicate.txt', txt('2023-05-30', 'Same text again', GOOD_BODY), 'reject', 'duplicate');
  put('spaces in name.txt', txt('2023-05-29', 'Spaces', `${GOOD_BODY} Spaces in the file name.`), 'use');
  put('naïve-ü-名前.txt', txt('2023-05-29', 'Non-ASCII name', `${GOOD_BODY} A non-ASCII file name.`), 'use');
  put('html.txt', txt('2023-05-29', '<script>alert(1)</script><img src=x onerror=alert(2)>', `<b>Bold</b> ${GOOD_BODY} <script>alert("body")</script> <a href="javascript:alert(3)">link</a>`), 'use');
  put('rtl-emoji.txt', txt('2023-05-29', 'كوسوفو 🇽🇰 ‮evil', `${GOOD_BODY} قال المسؤولون يوم الاثنين 🙂👍🏽 ‮txet desrever‬.`), 'use');
  put('zero-width.txt', txt('2023-05-29', 'Zero\u200bwidth', `Kosovo\u200b and\u200d Serbia met on Friday.\u2028Then they left.`), 'use');
  put('md/good.md', `---\ntitle: "Markdown article"\ndate: 2023-05-29\nsource: Test Wire\nurl: https://example.org/a\n---\n\n${GOOD_BODY} From Markdown.`, 'use');
  put('md/broken-front-matter.md', '---\ntitle: [unclosed\ndate: 2023-05-29\n---\n\nBody text.', 'reject', 'yaml');
  // gray-matter evaluates `---js` front matter: it must be refused, never run.
  put('md/js-front-matter.md', '---js\n{ title: (globalThis.__datelinePwned = true, "x"), date: "2023-05-29" }\n---\n\nBody.', 'reject', 'front matter');
  put('md/js-front-matter-spaced.md', '--- javascript\n{ title: (globalThis.__datelinePwned = true, "x") }\n---\n\nBody.', 'reject', 'front matter');
  put('md/no-front-matter.md', '# Just a heading\n\nText.', 'reject', 'front matter');
  put('md/javascript-url.md', `---\ntitle: "Bad link"\ndate: 2023-05-29\nurl: "javascript:alert(1)"\n---\n\n${GOOD_BODY} With a bad link.`, 'use');
  put('md/date-as-number.md', `---\ntitle: Number date\ndate: 20230529\n---\n\n${GOOD_BODY} Number date.`, 'reject', 'date');
  put('json/broken.json', '{"title": "x", "date": "2023-05-29", "text": "unterminated', 'reject', 'not valid json');
  put('json/scalar.json', '42', 'reject', 'neither');
  put('json/empty-array.json', '[]', 'reject', 'no records');
  put('json/wrong-types.json', JSON.stringify([{ title: 5, date: '2023-05-29', text: 'x' }, { title: 'ok', date: ['2023'], text: 'y' }, { title: 'Good', date: '2023-05-29', text: `${GOOD_BODY} JSON record.` }]), { records: 1, rejected: 2 });
  put('json/nested.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, { records: 0, rejected: 1 });
  put('json/object-with-articles.json', JSON.stringify({ articles: [{ title: 'Wrapped', published: '2023-05-29T10:00:00Z', body: `${GOOD_BODY} Wrapped.`, url: 'ftp://example.org/x' }] }), 'use');
  put('json/null-record.json', JSON.stringify([null, { title: 'After null', date: '2023-05-29', text: `${GOOD_BODY} After a null.` }]), { records: 1, rejected: 1 });
  put(
    'jsonl/mixed.jsonl',
    [
      JSON.stringify({ title: 'Line one', date: '2023-05-29', text: `${GOOD_BODY} Line one.` }),
      '{"title": "broken line", ',
      '',
      JSON.stringify({ title: 'Line four', date: '2023-02-30', text: 'Impossible date.' }),
      JSON.stringify({ title: 'Line five', date: '2023-05-29', text: `${GOOD_BODY} Line five.` }),
    ].join('\n'),
    { records: 2, rejected: 2 },
  );
  put('many-dates.txt', txt('2023-05-29', 'Dense dates', `${Array.from({ length: 3000 }, (_, i) => `On ${1 + (i % 28)} March ${1990 + (i % 30)} Kosovo met Serbia.`).join(' ')}`), 'use');
  put('json/strings.json', JSON.stringify(['just', 'strings']), { records: 0, rejected: 2 });
  put('json/missing-date.json', JSON.stringify({ title: 'No date', text: 'Body without a date.' }), 'reject', 'missing publication date');
  put('jsonl/all-bad.jsonl', 'not json\n{also not}\n', { records: 0, rejected: 2 });
  put('md/empty-body.md', '---\ntitle: Empty\ndate: 2023-05-29\n---\n\n   \n', 'reject', 'empty body');
  put('control-chars.txt', txt('2023-05-29', 'Control\u0007chars\u001b[31m', `${GOOD_BODY} Bell\u0007 and escape\u001b[0m codes.`), 'use');
  put('long-title.txt', txt('2023-05-29', 'Very long title '.repeat(700), `${GOOD_BODY} Long title.`), 'use');
  put('deep/a/b/c/d/e/nested.txt', txt('2023-05-29', 'Deep folder', `${GOOD_BODY} In a deep folder.`), 'use');
  put('.hidden.txt', txt('2023-05-29', 'Hidden', `${GOOD_BODY} Hidden file.`), 'use');
  cases.pop(); // hidden files are skipped silently by design (editor swap files): not an input
  if (big) {
    const paragraph = `${GOOD_BODY} On Tuesday, NATO said on 30 May 2023 that 700 more troops would go to Kosovo.\n\n`;
    put('big/ten-megabytes.txt', txt('2023-05-30', 'Ten megabytes', paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))), 'use');
    put('big/one-long-line.txt', txt('2023-05-30', 'One long line', paragraph.replace(/\n/g, ' ').repeat(Math.ceil(1_000_000 / paragraph.length))), 'use');
  }
  // A symlink loop and an unreadable file (when not root, who can read anything).
  try {
    mkdirSync(join(dir, 'loop'), { recursive: true });
    symlinkSync('..', join(dir, 'loop', 'up'));
  } catch {
    // platforms without symlinks: nothing to test
  }
  writeFileSync(join(dir, 'unreadable.txt'), txt('2023-05-29', 'Unreadable', GOOD_BODY + ' unreadable'));
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  cases.push({ file: 'unreadable.txt', expect: process.getuid?.() === 0 ? 'use' : 'reject', reason: 'permission' });
  return cases;
}
