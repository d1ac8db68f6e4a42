/**
 * HTML to a DOM with linkedom: a parser and a tree, no browsing context, so nothing in a page
 * can run (scripts stay text, event handlers stay attributes) and nothing is fetched (no
 * resource loader exists). Chosen over jsdom for speed; see docs/ARCHITECTURE.md, "Readers".
 */
import type * as Linkedom from 'linkedom';
import type { DomDocument, ParseHtml } from './dom.ts';
import { htmlText } from './html-text.ts';
import { lazyRequire } from './lazy.ts';

const linkedom = lazyRequire<typeof Linkedom>('linkedom');

export const parseWithLinkedom: ParseHtml = (html) => (linkedom().parseHTML(html) as unknown as { document: DomDocument }).document;

/** The text of an HTML fragment (a feed item's content), with the same rules as a page's article. */
export function fragmentText(html: string, parse: ParseHtml = parseWithLinkedom): string {
  const doc = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return doc.body ? htmlText(doc.body) : '';
}
