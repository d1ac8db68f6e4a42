// Fifty seeded random malformed links: the app always renders, applies what it can, and says
// what it left out. Each link has at least one broken parameter among valid and junk ones.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { eventButtons, timeline } from './helpers.ts';

const broken = fc.constantFrom(
  'types=nonsense',
  'types=statement,,meeting',
  'match=maybe',
  'from=2022-13-45',
  'to=not-a-date',
  'from=2022-02-30',
  'event=has%20space',
  'event=a,b',
  'actors=,,',
  'event=x&event=y',
  `q=${'x'.repeat(600)}`,
  'from=9999999-01-01',
  'types=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
);
const junk = fc.constantFrom(
  'q=%E0%A4%A',
  'q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'event=javascript:alert(1)',
  'actors=country:kosovo',
  'match=all',
  'unknown=1',
  'q=%F0%9F%98%80%E2%80%AE',
  '=',
  '&&',
  'types=statement',
  'from=2008-01-01&to=2009-12-31',
);
const links = fc.sample(
  fc
    .tuple(broken, fc.array(junk, { maxLength: 3 }), fc.boolean())
    .map(([b, rest, first]) => `/?${(first ? [b, ...rest] : [...rest, b]).join('&')}`),
  { seed: 424242, numRuns: 50 },
);

test('50 random malformed links all render and say what they ignored', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  for (const link of links) {
    await page.goto(link);
    await expect(timeline(page), link).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'could not be used' }),
      link,
    ).toBeVisible();
    // The app is usable: the list or the empty state shows.
    await expect(
      eventButtons(page).first().or(page.getByText('No events match these filters.')).first(),
      link,
    ).toBeVisible();
  }
  expect(errors).toEqual([]);
});
