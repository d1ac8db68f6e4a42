import { describe, expect, it } from 'vitest';
import type { Precision } from './dataset.ts';
import { readingOrder } from './reading-order.ts';

const day = (d: string, title: string) => ({ title, start: d, end: d, precision: 'day' as Precision, date: d });
const period = (date: string, start: string, end: string, precision: Precision, title: string) => ({ title, start, end, precision, date });
const titles = (events: { title: string }[]) => events.map((e) => e.title);

describe('readingOrder', () => {
  it('reads a year or a month after what is dated inside it, before what comes after it', () => {
    const events = [
      period('2008', '2008-01-01', '2008-12-31', 'year', 'in 2008'),
      period('2008-02', '2008-02-01', '2008-02-29', 'month', 'in February'),
      day('2008-02-17', 'on 17 February'),
      day('2008-06-15', 'on 15 June'),
      day('2008-12-31', 'on 31 December'),
      day('2009-01-01', 'on 1 January 2009'),
    ];
    expect(titles(readingOrder(events))).toEqual(['on 17 February', 'in February', 'on 15 June', 'on 31 December', 'in 2008', 'on 1 January 2009']);
  });

  it('orders days before the common era by time, not as text', () => {
    const events = [period('-0044', '-0044-01-01', '-0044-12-31', 'year', '44 BC'), day('-0044-03-15', 'Ides of March'), day('-0043-01-01', '43 BC')];
    expect(titles(readingOrder(events))).toEqual(['Ides of March', '44 BC', '43 BC']);
  });

  it('keeps ranges and days at their start, and the same list when there is no period', () => {
    const events = [period('2007/2009', '2007-01-01', '2009-12-31', 'year', '2007 to 2009'), day('2008-03-01', 'on 1 March')];
    expect(readingOrder(events)).toBe(events);
  });

  it('keeps the order of periods that end together, and sorts a list of periods alone by end', () => {
    const a = period('2008', '2008-01-01', '2008-12-31', 'year', 'first 2008');
    const b = period('2008', '2008-01-01', '2008-12-31', 'year', 'second 2008');
    const march = period('2008-03', '2008-03-01', '2008-03-31', 'month', 'March');
    expect(titles(readingOrder([a, b, march]))).toEqual(['March', 'first 2008', 'second 2008']);
    expect(titles(readingOrder([a, day('2008-05-05', 'May 5'), b]))).toEqual(['May 5', 'first 2008', 'second 2008']);
  });
});
