/** What the readers produce: articles in a common shape, and problems with their file and reason. */
import type { OriginMap } from './origin.ts';

export interface RawArticle {
  /** Path relative to the input root it was found under (or as given), plus `#n` for the n-th record. */
  path: string;
  /** Input format the article came from. */
  format: 'txt' | 'md' | 'json' | 'jsonl' | 'html' | 'rss' | 'atom' | 'csv' | 'tsv' | 'docx' | 'pdf';
  title: string;
  /** Publication day, YYYY-MM-DD, already validated. */
  published: string;
  /** Body text with LF line endings; offsets everywhere else index into it. */
  body: string;
  outlet: string | null;
  place: string | null;
  url: string | null;
  /** Span of the body's dateline ("BELGRADE (Agency - 22nd September, 2022) "), excluded from extraction. */
  dateline: { start: number; end: number } | null;
  /**
   * Kept inside the pipeline for now (not in the dataset): where the publication date was found
   * ("JSON-LD datePublished", "RSS pubDate", 'field "date"'), the author and the language (BCP 47
   * as the file gives it), when the format says.
   */
  publishedFrom?: string;
  author?: string | null;
  language?: string | null;
  /** Where the body's text is in the original file (origin.ts): lines of a text file, pages of a PDF, paragraphs of a Word document. */
  origin?: OriginMap;
}

export interface Problem {
  /** File path as reported to the user (relative to the input root when found in a folder). */
  file: string;
  /** 1-based record (JSON array index or JSON Lines line) within the file, when it applies. */
  record?: number;
  /** `error`: the input (or record) was not used. `warning`: used, but something was dropped or guessed. */
  severity: 'error' | 'warning';
  reason: string;
}

export interface ReadResult {
  articles: RawArticle[];
  problems: Problem[];
  /** Inputs looked at: files plus, for multi-record files, each record counted once. */
  inputsSeen: number;
}
