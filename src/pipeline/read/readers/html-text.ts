/**
 * An element's text as a reader sees it: paragraphs for block elements, a line for <br>, the
 * words of inline elements run together, nothing of scripts, styles, forms or embedded objects.
 * Iterative, so a page nested a million levels deep cannot overflow the stack here.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.ts';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'.split(' '),
);
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME OBJECT EMBED SVG MATH CANVAS HEAD TITLE BUTTON SELECT TEXTAREA INPUT OPTION AUDIO VIDEO AMP-ANALYTICS AMP-AD'.split(' '),
);
const PARAGRAPH = '\u0000p';
const LINE = '\u0000l';
const LEAVE: DomNode = { nodeType: -1, nodeName: '', nodeValue: null, childNodes: [], textContent: null };

export function htmlText(root: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  const leaving: string[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === LEAVE) {
      const left = leaving.pop()!;
      out.push(left === 'TD' || left === 'TH' ? ' ' : PARAGRAPH);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      out.push(LINE);
      continue;
    }
    const block = BLOCKS.has(name) || name === 'TD' || name === 'TH';
    if (block) {
      out.push(name === 'TD' || name === 'TH' ? ' ' : PARAGRAPH);
      leaving.push(name);
      stack.push(LEAVE);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .split(PARAGRAPH)
    .map((paragraph) => paragraph.split(LINE).map((line) => line.replace(/ {2,}/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
