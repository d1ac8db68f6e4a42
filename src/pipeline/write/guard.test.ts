import { describe, expect, it } from 'vitest';
import type { BuildReport } from './report.ts';
import { judgeBuild } from './guard.ts';

const report = (articlesUsed: number, inputsSeen = articlesUsed): BuildReport => ({
  inputs: ['in'], inputsSeen, articlesUsed, rejected: inputsSeen - articlesUsed, events: articlesUsed * 3, actors: 1, chars: 100, problems: [], sourcesCut: [],
});

describe('judgeBuild', () => {
  it('publishes an ordinary build', () => {
    expect(judgeBuild(report(10), [], report(10))).toEqual({ refuse: null, warn: null });
    expect(judgeBuild(report(1), [], null)).toEqual({ refuse: null, warn: null });
  });

  it('refuses when an input cannot be read, naming it', () => {
    expect(judgeBuild(report(5), ['data/articles'], null).refuse).toBe('input "data/articles" cannot be read (missing, unreadable or removed during the build)');
  });

  it('refuses a build that used no article, saying why', () => {
    expect(judgeBuild(report(0, 0), [], report(10)).refuse).toBe('no article could be used: no input files found');
    expect(judgeBuild(report(0, 7), [], null).refuse).toBe('no article could be used: all 7 input(s) were rejected (see the list above)');
  });

  it('warns when more than the allowed share is lost, refuses it with strict', () => {
    expect(judgeBuild(report(6), [], report(10))).toEqual({ refuse: null, warn: null }); // 40% lost
    const lost = judgeBuild(report(4), [], report(10));
    expect(lost.refuse).toBeNull();
    expect(lost.warn).toBe("this build uses 4 article(s), 60% fewer than the published build's 10; published anyway (--strict refuses such a build)");
    expect(judgeBuild(report(4), [], report(10), { maxLoss: 0.5, strict: true }).refuse).toBe("this build uses 4 article(s), 60% fewer than the published build's 10 (--strict allows at most 50%)");
    expect(judgeBuild(report(9), [], report(10), { maxLoss: 0, strict: true }).refuse).toMatch(/10% fewer/);
  });
});
