import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { shellCalls } from '../../shared/api/shellCalls';
import { makeTestContext } from '../testing/testContext';
import { domains } from './handlers';

describe('the service domains', () => {
  const { ctx } = makeTestContext();
  const made = domains.flatMap((domain) => domain.factories.map((factory, index) => ({ where: `${domain.name}#${index}`, calls: Object.keys(factory(ctx)) })));

  it('never define one call in two handler factories', () => {
    const owners = new Map<string, string[]>();
    for (const { where, calls } of made) for (const call of calls) owners.set(call, [...(owners.get(call) ?? []), where]);
    const twice = [...owners].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });

  it('answer every call of the contract but the shell calls, and nothing else', () => {
    const answered = made.flatMap(({ calls }) => calls).sort();
    const expected = Object.keys(contract)
      .filter((name) => !Object.hasOwn(shellCalls, name))
      .sort();
    expect(answered).toEqual(expected);
  });
});
