import { describe, expect, it } from 'vitest';
import type { EventType } from '../../model/dataset.ts';
import { classifyEvent } from './classify.ts';

describe('classifyEvent', () => {
  it.each<[EventType, string]>([
    ['violence', 'Two police officers were killed in an ambush near the border'],
    ['military', 'NATO deployed additional troops to the north'],
    ['election', 'Voters elected a new parliament'],
    ['agreement', 'The two sides signed a deal on licence plates'],
    ['protest', 'Thousands protested in the capital'],
    ['legal', 'The constitutional court ruled the decree void'],
    ['meeting', 'The two leaders met in Brussels'],
    ['diplomacy', 'Serbia expelled the Croatian ambassador'],
    ['economy', 'Kosovo imposed a 100 percent tariff on Serbian goods'],
    ['statement', 'The ministry said the move was unacceptable'],
    ['other', 'The weather was mild and sunny'],
  ])('%s: %s', (type, clause) => {
    expect(classifyEvent(clause)).toBe(type);
  });

  it('the first type in the order wins: violence outranks the protest and the statement reporting it', () => {
    expect(classifyEvent('Police said protesters attacked officers at the barricades')).toBe(
      'violence',
    );
    expect(classifyEvent('Protesters blocked roads after the election')).toBe('election');
  });

  it('matches whole words only', () => {
    expect(classifyEvent('The skilled craftsman opened a shop')).toBe('other'); // "kill" inside "skilled"
    expect(classifyEvent('The polling station software was updated')).toBe('other'); // "polls?" needs the word
  });
});
