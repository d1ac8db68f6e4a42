/**
 * An event named again by a noun (mentioned-again.ts), through the per-article analysis and the
 * merge: short stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { analyseArticle } from '../analyse.ts';
import { parseTxt } from '../read/formats.ts';
import type { CandidateEvent } from './candidate.ts';
import { mergeCandidates } from './merge.ts';
import { refineDates } from './refine.ts';
import { sameEventWord } from './mentioned-again.ts';

function candidates(body: string, published = '2024-03-10'): CandidateEvent[] {
  const r = parseTxt(`date ${published} Headline\n\n${body}`, 'story.txt');
  if (!r.ok) throw new Error(r.reason);
  return analyseArticle(r.article, buildKnowledgeBase()).candidates;
}

/** The candidates that name an earlier one again, as "sentence start → the told candidate's title". */
function again(found: CandidateEvent[]): string[] {
  return found
    .filter((c) => c.sameAs)
    .map((c) => `${c.source.sentence.slice(0, 24)} → ${found.find((t) => t.id === c.sameAs)!.title}`);
}

describe('sameEventWord', () => {
  it('pairs an event noun with its own verb or the verb it was made from', () => {
    expect(sameEventWord('launch', 'launch')).toBe(true);
    expect(sameEventWord('election', 'elect')).toBe(true);
    expect(sameEventWord('invasion', 'invade')).toBe(true);
    expect(sameEventWord('resignation', 'resign')).toBe(true);
    expect(sameEventWord('arrival', 'arrive')).toBe(true);
    expect(sameEventWord('death', 'die')).toBe(true);
  });

  it('keeps other words apart', () => {
    expect(sameEventWord('introduction', 'release')).toBe(false);
    expect(sameEventWord('withdrawal', 'call')).toBe(false);
    expect(sameEventWord('election', 'select')).toBe(false);
    expect(sameEventWord('station', 'state')).toBe(false);
    expect(sameEventWord('loss', 'report')).toBe(false);
  });
});

describe('an event named again later in the article', () => {
  it('is another source of the told event, at its date: "its launch", "Keating\'s convictions", "his abduction"', () => {
    const launch = candidates(
      'Apple launched the iTunes Store on April 28, 2003. The store was renamed in 2006. Since its launch the store has sold 3 billion songs.',
      '2008-01-09',
    );
    expect(again(launch)).toEqual(['Since its launch the sto → Apple launches the iTunes Store']);
    expect(launch.find((c) => c.sameAs)!.date).toBe('2003-04-28');
    const convictions = candidates('Charles Keating was convicted in 1991 of fraud. Keating\'s convictions were thrown out in 1996 on a technicality.');
    expect(again(convictions)).toEqual(['Keating\'s convictions we → Charles Keating convicted of fraud']);
    const abduction = candidates(
      'Christopher Howes was abducted in Cambodia in March 1996. Officials said on Thursday that the second anniversary of his abduction nears.',
      '1998-03-05',
    );
    expect(again(abduction).map((a) => a.split(' → ')[1])).toEqual(['Christopher Howes abducted in Cambodia']);
  });

  it('"the invasion of Ukraine" after "Russian forces invaded Ukraine"', () => {
    const found = candidates('Russian forces invaded Ukraine on February 24, 2022. A year after the invasion of Ukraine, the European Union adopted new sanctions on Friday.');
    const named = found.find((c) => c.sameAs)!;
    expect(named.date).toBe('2022-02-24');
    expect(named.source.trigger!.text).toBe('invasion');
  });

  it('not when the told event is another word of the clause: "called for Israel\'s withdrawal" told a call', () => {
    expect(again(candidates("The Security Council called for Israel's withdrawal from Lebanon on March 19, 1978. Israel's withdrawal came in May 2000."))).toEqual([]);
  });

  it('not a plan: "will launch"', () => {
    expect(again(candidates('Apple will launch the iPhone 5 on September 21, 2024. Its launch was long awaited.'))).toEqual([]);
  });

  it('not when two told events of two dates fit: which one is not said', () => {
    expect(
      again(candidates('Apple launched the iPod in October 2001. Apple launched the iPod Nano in September 2005. Its launch changed the market.')),
    ).toEqual([]);
  });

  it('not when the noun has a date of its own that does not hold the told one', () => {
    expect(
      again(candidates('NATO expanded in 1952, adding Greece and Turkey. The expansion of NATO in 1993 was debated in Washington on Monday.')),
    ).toEqual([]);
  });

  it('not without an owner: "the launch" alone could be any', () => {
    expect(again(candidates('Apple launched the iTunes Store on April 28, 2003. The launch drew crowds.', '2008-01-09'))).toEqual([]);
  });

  it('dates the sentence\'s undated event that far from it: "Two years after its launch, …"', () => {
    const found = candidates(
      'Apple launched the iTunes Store on April 28, 2003. Two years after its launch, the store passed Amazon to become the largest music seller.',
      '2008-01-09',
    );
    const passed = found.find((c) => c.source.trigger?.text === 'passed')!;
    expect([passed.date, passed.dateBasis]).toEqual(['2005', 'relative']);
    // Without the amount of time, only the mention is dated: the store's passing stays at publication.
    const plain = candidates('Apple launched the iTunes Store on April 28, 2003. After its launch, the store passed Amazon to become the largest music seller.', '2008-01-09');
    expect(plain.find((c) => c.source.trigger?.text === 'passed')!.dateBasis).not.toBe('relative');
  });

  it('merges with the told event into one event, saying why', () => {
    const found = candidates(
      'Apple launched the iTunes Store on April 28, 2003. Since its launch the store has sold 3 billion songs.',
      '2008-01-09',
    );
    const { events, redirects } = mergeCandidates(found);
    const launch = events.find((e) => e.date === '2003-04-28')!;
    expect(launch.sources.map((s) => s.sentence.slice(0, 20))).toEqual(['Apple launched the i', 'Since its launch the']);
    expect(launch.merge!.reasons).toContain('named-again');
    expect(Object.keys(redirects)).toHaveLength(1);
  });

  it('an event the article did not tell, named with a year of its own, joins the report of another article that tells its day', () => {
    const later = candidates('More than 4 billion songs had been downloaded from the iTunes Store since its launch in 2003, the firm said.', '2008-04-09');
    const named = later.find((c) => c.datedElsewhere)!;
    expect([named.title, named.date, named.actors]).toEqual(['iTunes Store launch', '2003', ['product:itunes-store']]);
    const day = candidates('Apple launched the iTunes Store on April 28, 2003.', '2003-04-29');
    const { events } = mergeCandidates(refineDates([...day, ...later]));
    const launch = events.find((e) => e.date === '2003-04-28')!;
    expect(launch.sources.map((s) => s.sentence.slice(0, 20))).toEqual(['Apple launched the i', 'More than 4 billion ']);
    expect(launch.merge!.reasons).toContain('dated-by-another');
    // Alone, or where the date is a clause's ("called for … on March 19, 1978"), no such event.
    expect(refineDates(later).filter((c) => c.datedElsewhere)).toEqual([]);
    expect(candidates("The Security Council called for Israel's withdrawal from Lebanon on March 19, 1978.").filter((c) => c.datedElsewhere)).toEqual([]);
  });
});
