/** For tests: the knowledge base a build makes from the shipped knowledge and the curated data/actors.json. */
import { readFileSync } from 'node:fs';
import { buildKnowledgeBase, parseCurated, type KnowledgeBase } from './kb.ts';

export function curatedKb(): KnowledgeBase {
  const parsed = parseCurated(JSON.parse(readFileSync('data/actors.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.reason);
  return buildKnowledgeBase(parsed.value);
}
