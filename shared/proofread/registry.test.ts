import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from './registry';
import type { Rule } from './core/types';
import * as addressees from './rules/addressees';
import * as closing from './rules/closing';
import * as consistency from './rules/consistency';
import * as genre from './rules/genre';
import * as dates from './rules/dates';
import * as fallbackGlyphs from './rules/fallbackGlyphs';
import * as headings from './rules/headings';
import * as letter from './rules/letter';
import * as names from './rules/names';
import * as numbering from './rules/numbering';
import * as numbers from './rules/numbers';
import * as pairs from './rules/pairs';
import * as particles from './rules/particles';
import * as punctuation from './rules/punctuation';
import * as repeatedFacts from './rules/repeatedFacts';
import * as wording from './rules/wording';
import * as wordLists from './rules/wordLists';

const ruleModules = {
  addressees,
  closing,
  consistency,
  genre,
  dates,
  fallbackGlyphs,
  headings,
  letter,
  names,
  numbering,
  numbers,
  pairs,
  particles,
  punctuation,
  repeatedFacts,
  wording,
  wordLists,
};

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).check === 'function';

/** Every rule the rule modules export, named `module.export`. */
const exported = Object.entries(ruleModules).flatMap(([module, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => (isRule(value) ? [{ where: `${module}.${name}`, rule: value }] : [])),
);

// A rule id names a kind of finding in settings (rules turned off or on), in ignored findings and in
// the panel; two rules with one id would switch each other off and ruleById would find only one.
describe('the proofreading rules', () => {
  it('each have their own id', () => {
    const byId = new Map<string, string[]>();
    for (const { where, rule } of exported) byId.set(rule.id, [...(byId.get(rule.id) ?? []), where]);
    expect([...byId].filter(([, where]) => where.length > 1)).toEqual([]);
    const registered = RULES.map((rule) => rule.id);
    expect(registered.filter((id, index) => registered.indexOf(id) !== index)).toEqual([]);
  });

  it('are all registered, each once, and the registry holds nothing else', () => {
    expect(exported.filter(({ rule }) => !RULES.includes(rule)).map(({ where }) => where)).toEqual([]);
    expect(RULES.filter((rule) => !exported.some((entry) => entry.rule === rule)).map((rule) => rule.id)).toEqual([]);
    expect(new Set(RULES).size).toBe(RULES.length);
  });

  it('are found by their id', () => {
    for (const rule of RULES) expect(ruleById(rule.id)).toBe(rule);
  });
});
