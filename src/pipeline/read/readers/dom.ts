/**
 * The little of the DOM the HTML reader uses, typed here because the pipeline is compiled
 * without the browser's DOM types; linkedom's document is used through it (html-parse.ts).
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  parentNode?: DomElement | null;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole page without running or fetching anything: a pure parser, no browsing context. */
export type ParseHtml = (html: string) => DomDocument;
