/**
 * Server-rendered smoke tests of the views (no DOM needed): each load state renders, and text
 * from the dataset comes out escaped.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { NO_FILTERS } from '../model/filter.ts';
import { EMPTY_URL_STATE } from '../url/codec.ts';
import { datelineStore } from '../store/store.ts';
import { App } from './App.tsx';

const SENTENCE = 'Kosovo declared <b>independence</b> in February 2008.';
const DATE_AT = SENTENCE.indexOf('February 2008');

const EVENT = {
  id: 'e1',
  date: '2008-02',
  start: '2008-02-01',
  end: '2008-02-29',
  precision: 'month',
  title: 'Declaration <img src=x onerror=alert(1)>',
  type: 'statement',
  actors: ['country:kosovo'],
  future: false,
  dateBasis: 'explicit',
  modality: 'asserted',
  merge: null,
  sources: [
    {
      article: 'a1',
      sentence: SENTENCE,
      start: 0,
      end: SENTENCE.length,
      timex: { start: DATE_AT, end: DATE_AT + 13, text: 'February 2008', value: '2008-02' },
      trigger: { start: 7, end: 15, text: 'declared' },
      mentions: [{ start: 0, end: 6, actor: 'country:kosovo' }],
    },
  ],
} satisfies Dataset['events'][number];

const DATASET: Dataset = {
  version: 4,
  generator: 'test',
  articles: [
    {
      id: 'a1',
      path: 'a.txt',
      title: 'Headline',
      published: '2008-02-17',
      outlet: 'Wire',
      place: null,
      url: 'javascript:alert(1)',
    },
  ],
  actors: [
    {
      id: 'country:kosovo',
      name: 'Kosovo',
      kind: 'country',
      aliases: [],
      affiliations: [],
      eventCount: 1,
    },
  ],
  events: [EVENT],
  redirects: { old: 'e1' },
};

const render = (): string => renderToStaticMarkup(<App />);
const reset = (): void =>
  datelineStore.setState({
    load: { status: 'loading' },
    selectedEventId: null,
    filters: NO_FILTERS,
    view: { from: null, to: null },
    linkProblems: [],
  });

describe('App', () => {
  // On the server, useSyncExternalStore reads the store's *initial* state; point it at the
  // current state so these tests can render whatever they set up.
  beforeEach(() => {
    vi.spyOn(datelineStore, 'getInitialState').mockImplementation(() => datelineStore.getState());
  });
  afterEach(() => {
    vi.restoreAllMocks();
    reset();
  });

  it('shows loading, then a problem with what to do about it', () => {
    expect(render()).toContain('Loading events');
    datelineStore.getState().datasetFailed('dataset.json is not a valid dataset: events.0.id.');
    expect(render()).toContain('npm run dateline -- build');
    // A message that says how to rebuild already gets no second piece of advice.
    datelineStore
      .getState()
      .datasetFailed(
        'data/dataset.json has format version 3, … Rebuild it with npm run build:data.',
      );
    expect(render()).not.toContain('npm run dateline -- build');
    datelineStore.getState().datasetFailed('The dataset (data/dataset.json) was not found.');
    expect(render()).toContain('npm run build:data');
  });

  it('lists events and shows the selected one with highlighted, escaped source text', () => {
    datelineStore.getState().selectEvent('old');
    datelineStore.getState().datasetLoaded(DATASET);
    const html = render();
    expect(html).toContain('aria-label="Events in view"');
    expect(html).toContain('aria-label="Event details"');
    expect(html).toContain('February 2008');
    expect(html).toContain('<mark class="mark-date" title="Date expression">February 2008</mark>');
    expect(html).toContain('<mark class="mark-actor" title="Kosovo">Kosovo</mark>');
    expect(html).toContain('&lt;b&gt;independence&lt;/b&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:'); // unsafe article URL is not linked
    // Article text is isolated (bdi), so a right-to-left override cannot reorder the page.
    expect(html).toContain('<cite class="headline"><bdi>Headline</bdi></cite>');
  });

  it('says how the date was obtained and highlights the event word', () => {
    datelineStore.getState().datasetLoaded(DATASET);
    datelineStore.getState().selectEvent('e1');
    const html = render();
    expect(html).toContain('Dated from the text: “February 2008”');
    expect(html).toContain('<mark class="mark-trigger" title="Event word">declared</mark>');
    // One source, reported as happened: no count, no badge.
    expect(html).not.toContain('Reported by');
    expect(html).not.toContain('class="badge"');
  });

  it('marks a possible event and explains a merge of several reports', () => {
    const second = { ...EVENT.sources[0]!, trigger: null, start: 100, end: 150 };
    datelineStore.getState().datasetLoaded({
      ...DATASET,
      events: [
        {
          ...EVENT,
          dateBasis: 'publication',
          modality: 'hypothetical',
          merge: { score: 0.8, reasons: ['same-date', 'shared-actors:1'] },
          sources: [...EVENT.sources, second],
        },
      ],
    });
    datelineStore.getState().selectEvent('e1');
    const html = render();
    expect(html).toContain('Possible');
    expect(html).toContain('Dated from the article’s publication date (the text gives no date)');
    expect(html).toContain('Reported by 2 sources');
    expect(html).toContain(
      'Merged because they give the same date and they name one actor in common: a strong match (score 0.80).',
    );
  });

  it('offers to hide publication-dated events, and summarises that filter', () => {
    datelineStore.getState().datasetLoaded(DATASET);
    expect(render()).toContain('Hide events dated only by publication');
    expect(render()).not.toContain('Dated in the text');
    datelineStore.getState().setHidePublicationDated(true);
    expect(render()).toContain('Dated in the text');
  });

  it('names the link parameters it could not use', () => {
    datelineStore.getState().datasetLoaded(DATASET);
    datelineStore
      .getState()
      .applyLink(EMPTY_URL_STATE, [{ param: 'from', value: '2022-02-30<script>' }]);
    const html = render();
    expect(html).toContain('Part of this link could not be used');
    expect(html).toContain('the start of the time window');
    expect(html).toContain('2022-02-30&lt;script&gt;');
  });

  it('gives an event without a title a name from its sentence', () => {
    datelineStore.getState().datasetLoaded({ ...DATASET, events: [{ ...EVENT, title: '  ' }] });
    datelineStore.getState().selectEvent('e1');
    const html = render();
    expect(html).toContain(
      'Kosovo declared &lt;b&gt;independence&lt;/b&gt; in February 2008.</bdi></h2>',
    );
  });

  it('notices an unknown event id and an empty filter result', () => {
    datelineStore.getState().datasetLoaded(DATASET);
    datelineStore.getState().selectEvent('gone');
    datelineStore.getState().setQuery('nothing matches this');
    const html = render();
    expect(html).toContain('This event no longer exists');
    expect(html).toContain('No events match these filters.');
    expect(html).toContain('Clear filters');
  });

  it('renders an actor page with its profile, and its name escaped', () => {
    const actor = { ...DATASET.actors[0]!, name: 'Kosovo <i>Republic</i>', aliases: ['RKS'] };
    datelineStore.getState().datasetLoaded({ ...DATASET, actors: [actor] });
    datelineStore.getState().openActor('country:kosovo');
    const html = render();
    expect(html).toContain(
      '<h2 id="actor-page-title" class="actor-name" tabindex="-1"><bdi>Kosovo &lt;i&gt;Republic&lt;/i&gt;</bdi></h2>',
    );
    expect(html).toContain('1 event reported in 1 article, 2008');
    expect(html).toContain('Also named <span><bdi>RKS</bdi></span>');
    expect(html).toContain('aria-label="Events per year: 2008: 1"');
    expect(html).toContain('No other actor in its events.');
  });
});
