/**
 * How deep a page's tags nest, from its text, before any parser sees it: the HTML parser under
 * linkedom slows down more than linearly with nesting (256,000 unclosed <div>s: minutes), so a
 * page nested absurdly deep is refused first. One pass; tags that a parser closes by itself
 * (p, li, td …) and void tags are not counted, and script, style and comment text is skipped.
 */

/** Far above any real page (see MAX_HTML_DEPTH in html-shape.ts, checked exactly after parsing). */
export const MAX_MARKUP_DEPTH = 1000;

const VOID_OR_SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup rp rt'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);
const CLOSERS = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>|<!--/g;

/** Deepest nesting seen, counting at most to MAX_MARKUP_DEPTH + 1. */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end === -1) break;
      TAG_RE.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!VOID_OR_SELF_CLOSING.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name) && !m[3]) {
      const close = CLOSERS.get(name)!;
      close.lastIndex = TAG_RE.lastIndex;
      if (!close.exec(html)) break;
      TAG_RE.lastIndex = close.lastIndex;
      continue;
    }
    if (m[3] || VOID_OR_SELF_CLOSING.has(name)) continue;
    depth++;
    if (depth > max) max = depth;
    if (max > MAX_MARKUP_DEPTH) break;
  }
  return max;
}
