import { describe, expect, it } from 'vitest';
import { originText, sourcePlace } from './source-place.ts';

describe('sourcePlace', () => {
  it('names the file and the line, page or paragraph of the sentence', () => {
    expect(sourcePlace('reports/harbour.txt', { line: 14 })).toBe('reports/harbour.txt, line 14');
    expect(sourcePlace('notice.pdf', { page: 3 })).toBe('notice.pdf, page 3');
    expect(sourcePlace('bridge.docx', { paragraph: 4 })).toBe('bridge.docx, paragraph 4');
  });

  it('is the path alone without an origin (datasets before the field, text not found)', () => {
    expect(sourcePlace('feed.jsonl#2', undefined)).toBe('feed.jsonl#2');
    expect(originText(undefined)).toBeNull();
  });
});
