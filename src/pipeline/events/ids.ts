/**
 * Stable event ids (docs/IDS.md). A candidate's id hashes where it was read: the article's
 * content hash, the sentence offset and the date expression offset. It does not depend on file
 * names, on other articles, or on the order of inputs. A merged event takes the smallest id of
 * its candidates, and every other candidate id becomes a redirect to it, so a link handed out
 * before two reports were merged still resolves.
 */
import { createHash } from 'node:crypto';

export function candidateId(articleId: string, sentenceStart: number, timexStart: number): string {
  const digest = createHash('sha256').update(`${articleId}:${sentenceStart}:${timexStart}`).digest('base64url');
  return `e${digest.slice(0, 11).replace(/[-_]/g, 'x')}`;
}
