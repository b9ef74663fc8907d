import { describe, expect, it } from 'vitest';
import { caseCalls } from './caseCalls';
import { contract, isCallName } from './contract';
import { docNumberCalls } from './docNumberCalls';
import { docxCalls } from './docxCalls';
import { draftCalls } from './draftCalls';
import { inboxCalls } from './inboxCalls';
import { keyCalls } from './keyCalls';
import { printCalls } from './printCalls';
import { profileCalls } from './profileCalls';
import { proofreadCalls } from './proofreadCalls';
import { retentionCalls } from './retentionCalls';
import { reviewCalls } from './reviewCalls';
import { revisionCalls } from './revisionCalls';
import { shellCalls } from './shellCalls';
import { storeCalls } from './storeCalls';
import { syncCalls } from './syncCalls';
import { templateCalls } from './templateCalls';
import { uploadCalls } from './uploadCalls';

const domains: Record<string, object> = {
  templateCalls,
  draftCalls,
  proofreadCalls,
  profileCalls,
  revisionCalls,
  storeCalls,
  printCalls,
  docxCalls,
  caseCalls,
  reviewCalls,
  keyCalls,
  uploadCalls,
  docNumberCalls,
  retentionCalls,
  syncCalls,
  inboxCalls,
  shellCalls,
};

describe('the contract', () => {
  // Spreading the domains into one table would let a later domain silently replace an earlier one's call.
  it('has no call declared by two domains', () => {
    const declaredBy = new Map<string, string[]>();
    for (const [domain, calls] of Object.entries(domains)) {
      for (const name of Object.keys(calls)) declaredBy.set(name, [...(declaredBy.get(name) ?? []), domain]);
    }
    expect([...declaredBy].filter(([, owners]) => owners.length > 1)).toEqual([]);
  });

  it('is exactly the calls of its domains', () => {
    const declared = Object.values(domains).flatMap((calls) => Object.keys(calls));
    expect(Object.keys(contract).sort()).toEqual(declared.sort());
  });

  it('gives every call an input and an output schema', () => {
    for (const [name, { input, output }] of Object.entries(contract)) {
      expect(typeof input.safeParse, name).toBe('function');
      expect(typeof output.safeParse, name).toBe('function');
    }
  });

  it('knows its own call names and nothing inherited', () => {
    expect(isCallName('drafts.save')).toBe(true);
    expect(isCallName('shell.print')).toBe(true);
    expect(isCallName('toString')).toBe(false);
    expect(isCallName(42)).toBe(false);
  });
});
