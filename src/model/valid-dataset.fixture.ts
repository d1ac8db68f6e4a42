/**
 * A small valid version-2 dataset and a way to break one field of a copy of it: the shared
 * fixture of the dataset checks (check-dataset.test.ts, validate.test.ts).
 */
import type { Dataset } from './dataset.ts';

export const VALID_DATASET: Dataset = {
  version: 4,
  generator: 'test',
  articles: [
    {
      id: 'a1',
      path: 'a.txt',
      title: 'Headline',
      published: '2008-02-17',
      outlet: null,
      place: 'Pristina',
      url: 'https://example.org/a',
    },
  ],
  actors: [
    {
      id: 'country:kosovo',
      name: 'Kosovo',
      kind: 'country',
      aliases: ['Kosova'],
      affiliations: [{ actor: 'organization:x', role: null }],
      eventCount: 1,
    },
  ],
  events: [
    {
      id: 'e1',
      date: '2008-02',
      start: '2008-02-01',
      end: '2008-02-29',
      precision: 'month',
      title: 'Declaration',
      type: 'statement',
      actors: ['country:kosovo'],
      future: false,
      dateBasis: 'explicit',
      modality: 'asserted',
      merge: { score: 0.8, reasons: ['same-date', 'shared-actors:1'] },
      sources: [
        {
          article: 'a1',
          sentence: 'Kosovo declared independence in February 2008.',
          start: 0,
          end: 47,
          timex: { start: 32, end: 45, text: 'February 2008', value: '2008-02' },
          trigger: { start: 7, end: 15, text: 'declared' },
          mentions: [{ start: 0, end: 6, actor: 'country:kosovo' }],
        },
      ],
    },
  ],
  redirects: { old: 'e1' },
};

/** Loosely typed JSON, so tests can break any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A deep copy of VALID_DATASET changed by `change`. */
export function changedDataset(change: (d: Json) => void): unknown {
  const copy: Json = structuredClone(VALID_DATASET);
  change(copy);
  return copy;
}
