import type { z } from 'zod';
import { caseCalls } from './caseCalls';
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

/**
 * Every call the renderer can make, declared per domain in the files beside this one. Preload, IPC
 * binding, loopback host and renderer client are derived from this table; adding a call is one entry
 * in its domain's file plus its handler. No two domains may declare the same call (contract.test.ts).
 */
export const contract = {
  ...templateCalls,
  ...draftCalls,
  ...proofreadCalls,
  ...profileCalls,
  ...revisionCalls,
  ...storeCalls,
  ...printCalls,
  ...docxCalls,
  ...caseCalls,
  ...reviewCalls,
  ...keyCalls,
  ...uploadCalls,
  ...docNumberCalls,
  ...retentionCalls,
  ...syncCalls,
  ...inboxCalls,
  ...shellCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.infer<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.infer<Contract[N]['output']>;
export type Handlers = { [N in CallName]: (input: CallInput<N>) => CallOutput<N> | Promise<CallOutput<N>> };
export type TemplateSummary = CallOutput<'templates.list'>[number];
export type SaveResult = CallOutput<'drafts.save'>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
