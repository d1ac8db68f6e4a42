/**
 * Where a source's sentence is in the input, as the details show it under the headline:
 * "reports/2023-05-07.txt, line 14", "notice.pdf, page 3", "bridge.docx, paragraph 4". The
 * path is the article's (relative to the input folder, `#n` for the n-th record of a file).
 */
import type { SourceOrigin } from '../model/dataset.ts';

export function originText(origin: SourceOrigin | undefined): string | null {
  if (!origin) return null;
  if ('line' in origin) return `line ${origin.line}`;
  if ('page' in origin) return `page ${origin.page}`;
  return `paragraph ${origin.paragraph}`;
}

export function sourcePlace(path: string, origin: SourceOrigin | undefined): string {
  const at = originText(origin);
  return at ? `${path}, ${at}` : path;
}
