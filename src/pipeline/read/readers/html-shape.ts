/**
 * How big and how deep a page's tree is, checked before Readability reads it: Readability's
 * work grows with the sum of every element's depth (it measures text and scores ancestors at
 * each level), so 500 nested <div>s cost it seconds and a million would never end.
 */
import { ELEMENT_NODE, type DomNode } from './dom.ts';

/** Deeper than any real page (news sites stay under 60 levels). */
export const MAX_HTML_DEPTH = 128;
/** Elements Readability is given at most; a 10 MB page of comment threads has about 300,000. */
export const MAX_HTML_ELEMENTS = 400_000;
/** Sum of the elements' depths: the 10 MB page of comment threads in the tests is at 1.2 million. */
export const MAX_HTML_DEPTH_SUM = 2_500_000;

/** Why the page is too big or too deep to read, or null. Stops walking as soon as a limit is passed. */
export function tooComplex(root: DomNode): string | null {
  let elements = 0;
  let depthSum = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    elements++;
    depthSum += depth;
    if (depth > MAX_HTML_DEPTH) return `elements nested more than ${MAX_HTML_DEPTH} levels deep: not a page that can be read`;
    if (elements > MAX_HTML_ELEMENTS) return `more than ${MAX_HTML_ELEMENTS} elements: too large a page to read`;
    if (depthSum > MAX_HTML_DEPTH_SUM) return 'elements too many and too deeply nested: too large a page to read';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) if (children[i]!.nodeType === ELEMENT_NODE) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return null;
}
