/**
 * Parser packages loaded on first use, not when the pipeline is imported: linkedom, gray-matter,
 * fast-xml-parser, csv-parse and Readability took about 0.3 s of every start of `dateline` and of
 * each worker thread, and a build of plain-text articles (or a rebuild of one changed .txt file)
 * needs none of them. Each is required through its CommonJS entry, synchronously, once.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that requires `name` the first time it is called and returns the same module after. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
