/**
 * What a page's JSON-LD (`<script type="application/ld+json">`) says about its article: the
 * headline, datePublished, authors, publisher and URL of the first Article-like node (NewsArticle,
 * BlogPosting, ReportageNewsArticle …), found through arrays and `@graph` without recursion.
 */
import type { DomDocument } from './dom.ts';

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

/** Bounds on what a page can make us walk: a page is not a knowledge graph. */
const MAX_NODES = 2000;
const MAX_DEPTH = 8;
const ARTICLE_TYPE_RE = /Article|BlogPosting|Posting|Report/;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null => str(v) ?? (isNode(v) ? str(v.name) : null);
const typesOf = (n: Node): string[] => (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).filter((t): t is string => typeof t === 'string');

/** Every object in the page's JSON-LD blocks, breadth first; a block that is not JSON is skipped. */
function nodesOf(doc: DomDocument): Node[] {
  const nodes: Node[] = [];
  const queue: { value: unknown; depth: number }[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      queue.push({ value: JSON.parse(script.textContent ?? '') as unknown, depth: 0 });
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML comments): the other sources remain.
    }
  }
  for (let i = 0; i < queue.length && nodes.length < MAX_NODES; i++) {
    const { value, depth } = queue[i]!;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const c of value) queue.push({ value: c, depth: depth + 1 });
    } else if (isNode(value)) {
      nodes.push(value);
      if (Array.isArray(value['@graph'])) for (const c of value['@graph']) queue.push({ value: c, depth: depth + 1 });
    }
  }
  return nodes;
}

export function jsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  const nodes = nodesOf(doc);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE_RE.test(t))) ?? nodes.find((n) => str(n.datePublished));
  if (!article) return null;
  const authors = (Array.isArray(article.author) ? article.author : [article.author]).map(nameOf).filter((a): a is string => a !== null);
  const page = article.mainEntityOfPage;
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished),
    authors,
    publisher: nameOf(article.publisher),
    url: str(article.url) ?? str(page) ?? (isNode(page) ? str(page['@id']) : null),
  };
}
