/**
 * Stable event ids (docs/IDS.md). A candidate's id hashes where it was read: the article's
 * content hash, the sentence offset and the date expression offset. It does not depend on file
 * names, on other articles, or on the order of inputs. A merged event takes the smallest id of
 * its candidates, and every other candidate id becomes a redirect to it, so a link handed out
 * before two reports were merged still resolves.
 */
import { hash } from 'node:crypto';

export function candidateId(articleId: string, sentenceStart: number, timexStart: number): string {
  // (One-shot hash: a few times faster than createHash for a short string; the same digest.)
  const digest = hash('sha256', `${articleId}:${sentenceStart}:${timexStart}`, 'base64url');
  return `e${digest.slice(0, 11).replace(/[-_]/g, 'x')}`;
}
