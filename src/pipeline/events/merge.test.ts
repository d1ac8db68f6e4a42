import { describe, expect, it } from 'vitest';
import type { EventType } from '../../model/dataset.ts';
import { dayInterval, monthInterval, type DayInterval } from '../../model/dates.ts';
import type { CandidateEvent } from './candidate.ts';
import { testCandidate } from './testing.ts';
import { mergeCandidates } from './merge.ts';

interface Spec {
  id: string;
  interval?: DayInterval;
  actors?: string[];
  type?: EventType;
  title?: string;
  published?: string;
  path?: string;
}

function candidate({
  id,
  interval = dayInterval('2022-09-21'),
  actors = ['organization:nato', 'person:jens-stoltenberg'],
  type = 'consult',
  title = 'Osmani met Stoltenberg',
  published = '2022-09-22',
  path = 'a.txt',
}: Spec): CandidateEvent {
  const lemma = title.split(' ')[1]?.toLowerCase() ?? '';
  return testCandidate({ id, interval, title, type, actors: [...actors].sort(), lemma, published, article: `a-${path}`, path, sentence: `${title} on Wednesday.` });
}

describe('mergeCandidates', () => {
  it('two reports of the same day with the same actors become one event with both sources', () => {
    const { events, redirects } = mergeCandidates([
      candidate({
        id: 'eZZZ',
        path: 'b.txt',
        published: '2022-09-23',
        title: 'Stoltenberg received Osmani',
      }),
      candidate({ id: 'eAAA', path: 'a.txt', published: '2022-09-22' }),
    ]);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.id).toBe('eAAA'); // the smallest candidate id
    expect(redirects).toEqual({ eZZZ: 'eAAA' }); // the larger id redirects to it
    expect(e.sources.map((s) => s.article)).toEqual(['a-a.txt', 'a-b.txt']); // by publication
    expect(e.title).toBe('Osmani met Stoltenberg'); // from the earliest report
    expect(e).toMatchObject({
      date: '2022-09-21',
      start: '2022-09-21',
      end: '2022-09-21',
      precision: 'day',
      type: 'consult',
      future: false,
      dateBasis: 'explicit',
      modality: 'asserted',
    });
    expect(e.actors).toEqual(['organization:nato', 'person:jens-stoltenberg']);
    // Why they merged (merge-evidence.ts): same day, type and actors, and titles sharing two of
    // their three words (a third counts as similar).
    expect(e.merge?.reasons).toEqual([
      'same-date',
      'same-type',
      'shared-actors:2',
      'similar-predicate',
    ]);
  });

  it('an event from one report has no merge evidence', () => {
    const { events } = mergeCandidates([candidate({ id: 'eAAA' })]);
    expect(events[0]!.merge).toBeNull();
  });

  it('the earliest report names the event even when its id is the larger one', () => {
    const { events } = mergeCandidates([
      candidate({
        id: 'eAAA',
        path: 'late.txt',
        published: '2022-09-25',
        title: 'Late report of the meeting',
      }),
      candidate({
        id: 'eBBB',
        path: 'early.txt',
        published: '2022-09-22',
        title: 'Early report of the meeting',
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.id).toBe('eAAA');
    expect(events[0]!.title).toBe('Early report of the meeting');
  });

  it('a title that names no one gives way to a later report\'s that does', () => {
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', path: 'early.txt', published: '2022-09-22', title: 'The territory met Stoltenberg' }),
      candidate({ id: 'eBBB', path: 'late.txt', published: '2022-09-25', title: 'Osmani met Stoltenberg' }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.title).toBe('Osmani met Stoltenberg');
  });

  it('reports that state different quantities stay two events; the same quantity merges', () => {
    const tariff = { actors: ['country:kosovo', 'country:serbia'], type: 'sanction' as const, interval: monthInterval(2018, 11) };
    const apart = mergeCandidates([
      candidate({ ...tariff, id: 'eAAA', title: 'Kosovo imposes a tariff of 10 percent on imports' }),
      candidate({ ...tariff, id: 'eBBB', path: 'b.txt', title: 'Kosovo imposes a 100 percent tariff on goods' }),
    ]);
    expect(apart.events).toHaveLength(2);
    const together = mergeCandidates([
      candidate({ ...tariff, id: 'eAAA', title: 'Kosovo imposes a tariff of 100 percent on imports' }),
      candidate({ ...tariff, id: 'eBBB', path: 'b.txt', title: 'Kosovo imposes a 100 percent tariff on goods' }),
    ]);
    expect(together.events).toHaveLength(1);
  });

  it('different actors on the same day stay two events', () => {
    const { events, redirects } = mergeCandidates([
      candidate({ id: 'eAAA', actors: ['organization:nato', 'person:jens-stoltenberg'] }),
      candidate({
        id: 'eBBB',
        actors: ['country:serbia', 'person:aleksandar-vucic'],
        title: 'Vucic met Putin',
      }),
    ]);
    expect(events.map((e) => e.id)).toEqual(['eAAA', 'eBBB']);
    expect(redirects).toEqual({});
  });

  it('the same actors on different days stay two events', () => {
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', interval: dayInterval('2022-09-21') }),
      candidate({ id: 'eBBB', interval: dayInterval('2022-09-20') }),
    ]);
    expect(events.map((e) => [e.id, e.start])).toEqual([
      ['eBBB', '2022-09-20'],
      ['eAAA', '2022-09-21'],
    ]);
  });

  it('a day and the month containing it are different intervals', () => {
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', interval: dayInterval('2022-09-21') }),
      candidate({ id: 'eBBB', interval: monthInterval(2022, 9) }),
    ]);
    expect(events).toHaveLength(2);
    // Sorted by start, then end: the month (1–30 Sep) before the day.
    expect(events.map((e) => e.date)).toEqual(['2022-09', '2022-09-21']);
  });

  it('same actors and day but another type and no shared words stay apart', () => {
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', type: 'consult', title: 'Osmani met Stoltenberg' }),
      candidate({ id: 'eBBB', type: 'assault', title: 'Gunmen attacked patrol' }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('title words that are the actors\' names are no evidence of one predicate', () => {
    const actors = ['law:resolution-1244', 'organization:un-security-council'];
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', type: 'other', actors, title: 'Its status governed by UN Security Council Resolution 1244' }),
      candidate({ id: 'eBBB', type: 'other', actors, title: 'The declaration breaches UN Security Council Resolution 1244', path: 'b.txt' }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('another type but shared title words still merge', () => {
    const { events } = mergeCandidates([
      candidate({ id: 'eAAA', type: 'consult', title: 'Osmani met Stoltenberg in Brussels' }),
      candidate({ id: 'eBBB', type: 'statement', title: 'Stoltenberg praised Osmani in Brussels', path: 'b.txt' }),
    ]);
    expect(events).toHaveLength(1);
  });

  it('future only when every source reports it ahead of publication', () => {
    const day = dayInterval('2022-10-31');
    const both = mergeCandidates([
      candidate({ id: 'eAAA', interval: day, published: '2022-09-22' }),
      candidate({ id: 'eBBB', interval: day, published: '2022-09-30', path: 'b.txt' }),
    ]);
    expect(both.events[0]!.future).toBe(true);
    const after = mergeCandidates([
      candidate({ id: 'eAAA', interval: day, published: '2022-09-22' }),
      candidate({ id: 'eBBB', interval: day, published: '2022-11-02', path: 'b.txt' }),
    ]);
    expect(after.events[0]!.future).toBe(false);
  });

  it('does not depend on the order of the candidates', () => {
    const list = [
      candidate({ id: 'eCCC', path: 'c.txt', published: '2022-09-24' }),
      candidate({ id: 'eAAA', path: 'a.txt' }),
      candidate({ id: 'eBBB', path: 'b.txt', actors: ['country:serbia'] }),
      candidate({ id: 'eDDD', path: 'd.txt', published: '2022-09-23' }),
    ];
    const forward = mergeCandidates(list);
    const backward = mergeCandidates([...list].reverse());
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(forward.redirects).toEqual({ eCCC: 'eAAA', eDDD: 'eAAA' });
  });

  describe('only on evidence', () => {
    it('two sentences of one article stay two events, however alike', () => {
      const { events } = mergeCandidates([
        candidate({ id: 'eAAA', title: 'Osmani met Stoltenberg' }),
        candidate({ id: 'eBBB', title: 'Osmani met Stoltenberg again' }),
      ]);
      expect(events).toHaveLength(2);
    });

    it('events without actors never merge', () => {
      const { events } = mergeCandidates([
        candidate({ id: 'eAAA', actors: [], title: 'Talks resumed in Brussels' }),
        candidate({ id: 'eBBB', actors: [], title: 'Talks resumed in Brussels', path: 'b.txt' }),
      ]);
      expect(events).toHaveLength(2);
    });

    it('one shared actor, the same type but another predicate: two events', () => {
      const { events } = mergeCandidates([
        candidate({ id: 'eAAA', actors: ['country:serbia'], title: 'Serbia recalled its ambassador' }),
        candidate({ id: 'eBBB', actors: ['country:serbia'], title: 'Serbia expelled two diplomats', path: 'b.txt' }),
      ]);
      expect(events).toHaveLength(2);
    });

    it('a verb of saying is a shared predicate only for the same speaker (the subject, first actor)', () => {
      const said = (id: string, speaker: string, title: string, path: string): CandidateEvent => ({
        ...candidate({ id, type: 'statement', title, path }),
        actors: [speaker, 'country:serbia'],
        predicates: ['say'],
      });
      const tadic = said('eAAA', 'person:boris-tadic', 'Tadić says Serbia will never recognise Kosovo', 'a.txt');
      expect(mergeCandidates([tadic, said('eBBB', 'person:vuk-jeremic', 'Jeremić says Belgrade will seek a new resolution', 'b.txt')]).events).toHaveLength(2);
      expect(mergeCandidates([tadic, said('eBBB', 'person:boris-tadic', 'Tadić says Belgrade will seek a new resolution', 'b.txt')]).events).toHaveLength(1);
    });

    it('one shared actor needs the same type as well as the predicate', () => {
      const list = (type: EventType) =>
        mergeCandidates([
          candidate({ id: 'eAAA', actors: ['country:serbia'], type: 'reject', title: 'Serbia rejected the plan' }),
          candidate({ id: 'eBBB', actors: ['country:serbia'], type, title: 'Serbia rejected the proposal', path: 'b.txt' }),
        ]).events;
      expect(list('reject')).toHaveLength(1);
      expect(list('statement')).toHaveLength(2);
    });

    it('keeps why the reports merged', () => {
      const { events } = mergeCandidates([
        candidate({ id: 'eAAA', title: 'Osmani met Stoltenberg' }),
        candidate({ id: 'eBBB', title: 'Osmani met Stoltenberg in Brussels', path: 'b.txt' }),
      ]);
      expect(events).toHaveLength(1);
      expect(events[0]!.merge!.reasons).toEqual(expect.arrayContaining(['same-date', 'same-type']));
      expect(events[0]!.merge!.score).toBeGreaterThan(0.5);
    });
  });
});
