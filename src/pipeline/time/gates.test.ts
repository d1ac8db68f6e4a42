/**
 * A gate must pass every text its rule matches. Checked around every match of every rule in the
 * sample articles and in the tagger's own sources (their comments and tests hold examples of each
 * rule), from the widest lookbehind before the match to its end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATES } from './gates.ts';
import { DATE_RULES } from './rules-dates.ts';
import { NAMED_RULES } from './rules-named.ts';
import { OTHER_RULES } from './rules-other.ts';
import { RELATIVE_RULES } from './rules-relative.ts';

const RULES = [...DATE_RULES, ...NAMED_RULES, ...RELATIVE_RULES, ...OTHER_RULES];
const here = import.meta.dirname;
const articles = join(here, '../../../data/articles');
const texts = [
  ...readdirSync(here).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(here, f), 'utf8')),
  ...readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8')),
];
/** Longer than any lookbehind of the rules. */
const BEFORE = 120;

describe('rule gates', () => {
  it('every gate names a rule', () => {
    const names = new Set(RULES.map((r) => r.name));
    expect([...GATES.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  for (const rule of RULES) {
    const gate = GATES.get(rule.name);
    if (!gate) continue;
    it(`${rule.name}: the gate passes around every match`, () => {
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(rule.re.source, rule.re.flags))) {
          matches++;
          const around = text.slice(Math.max(0, m.index - BEFORE), m.index + m[0].length);
          if (!gate.test(around)) expect.fail(`gate of ${rule.name} fails on ${JSON.stringify(around)}`);
        }
      }
      expect(matches).toBeGreaterThan(0);
    });
  }
});
