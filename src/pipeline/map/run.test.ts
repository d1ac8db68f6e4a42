/**
 * The in-process map: files go in runs (analysed together), but with `beforeFile` one at a time,
 * each announced by its own index before it is opened (the cluster worker records there which
 * file it is on, so a file that kills the process is known); outcomes come in file order.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import type { InputFile } from '../read/walk.ts';
import { mapFilesInProcess, mapFilesSync } from './run.ts';

const kb = buildKnowledgeBase();
const files: InputFile[] = readdirSync('data/articles')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .slice(0, 20)
  .map((n) => ({ fsPath: `data/articles/${n}`, displayPath: n }));
const cache = { dir: null, fingerprint: 'test' };

describe('mapFilesInProcess', () => {
  it('announces each file by its index before mapping it, with or without progress', async () => {
    for (const onProgress of [undefined, () => {}]) {
      const events: string[] = [];
      await mapFilesInProcess(files, () => kb, { cache, beforeFile: async (i) => void events.push(`before ${i}`), ...(onProgress ? { onProgress } : {}) }, (file) => events.push(`done ${files.indexOf(file)}`));
      expect(events).toEqual(files.flatMap((_, i) => [`before ${i}`, `done ${i}`]));
    }
  });

  it('gives the outcomes, in file order, that the synchronous map gives', async () => {
    const inRuns: string[] = [];
    await mapFilesInProcess(files, () => kb, { cache }, (file, d) => inRuns.push(`${file.displayPath} ${d.key} ${d.candidates.length}`));
    const sync: string[] = [];
    mapFilesSync(files, () => kb, { cache }, (file, d) => sync.push(`${file.displayPath} ${d.key} ${d.candidates.length}`));
    expect(inRuns).toEqual(sync);
    expect(inRuns).toHaveLength(files.length);
  });
});
