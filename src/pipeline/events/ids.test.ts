import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { candidateId } from './ids.ts';

describe('candidateId', () => {
  it('is deterministic and depends only on article id and offsets', () => {
    const a = candidateId('a0123456789abcdef', 120, 145);
    expect(candidateId('a0123456789abcdef', 120, 145)).toBe(a);
    expect(candidateId('a0123456789abcdef', 120, 146)).not.toBe(a);
    expect(candidateId('a0123456789abcdef', 121, 145)).not.toBe(a);
    expect(candidateId('affffffffffffffff', 120, 145)).not.toBe(a);
  });

  it('is "e" + 11 URL-safe characters of SHA-256 over "<article>:<sentence>:<timex>" (docs/IDS.md)', () => {
    const digest = createHash('sha256').update('a0123456789abcdef:120:145').digest('base64url');
    const id = candidateId('a0123456789abcdef', 120, 145);
    expect(id).toMatch(/^e[A-Za-z0-9]{11}$/);
    // "-" and "_" of base64url become "x" so ids are plain alphanumerics.
    expect(id).toBe(`e${digest.slice(0, 11).replace(/[-_]/g, 'x')}`);
  });
});
