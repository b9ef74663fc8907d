import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { LetterDocument } from '../../shared/model/document';
import type { Draft } from '../../shared/model/draft';
// eslint-disable-next-line no-restricted-imports -- the race test runs the real drafts.save behind a scheduler
import { makeTestContext } from '../../electron/testing/testContext';
// eslint-disable-next-line no-restricted-imports -- reading every stored revision back to check where text landed
import { readSnapshot } from '../../electron/services/revisions/graph/revisionStore';
import { createAutosave, type Autosave } from './autosaveController';
import { workingCopySave } from './workingCopySave';

const DELAY = 1000;
const letter = (text: string): LetterDocument => ({ version: 1, blocks: [{ role: 'body', inlines: text ? [{ t: 'text', text }] : [] }] });
const textOf = (doc: LetterDocument) => doc.blocks.map((b) => b.inlines.map((r) => (r.t === 'text' ? r.text : '')).join('')).join('\n');

type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutput<N>>;

/** One open editor as AutosavePlugin wires it: its own draft, base and text, saved by the real controller and save step. */
class EditorSession {
  text: string;
  typed = false;
  /** The last text the store confirmed, as working copy or as a parallel revision. */
  acknowledged: string | undefined;
  readonly autosave: Autosave;
  constructor(
    readonly draftId: string,
    draft: Draft,
    call: Call,
  ) {
    this.text = textOf(draft.content);
    this.autosave = createAutosave({
      delayMs: DELAY,
      isComposing: () => false,
      onDirty: () => {},
      save: workingCopySave({
        draftId,
        base: { current: draft.base },
        read: () => ({ content: letter(this.text), fields: draft.fields }),
        send: async (input) => {
          const result = await call('drafts.save', input);
          this.acknowledged = textOf(input.content);
          return result;
        },
        onSaved: () => {},
        onDiverged: () => {},
      }),
    });
  }
}

/** A window as the workspace runs it (workspace/useOpenDraft.ts): leave (flush, close), load the next draft, unmount the old editor (flush, dispose). */
class Tab {
  session: EditorSession | undefined;
  readonly sessions: EditorSession[] = [];
  constructor(private readonly call: Call) {}

  private async leave(): Promise<void> {
    const open = this.session;
    if (!open) return;
    await open.autosave.flush();
    await this.call('drafts.close', { draftId: open.draftId }).catch(() => {});
  }

  private show(draft: Draft): void {
    const old = this.session;
    this.session = new EditorSession(draft.id, draft, this.call);
    this.sessions.push(this.session);
    if (old) void old.autosave.flush().finally(() => old.autosave.dispose());
  }

  async open(draftId: string): Promise<void> {
    await this.leave();
    this.show(await this.call('drafts.get', { draftId }));
  }

  async close(): Promise<void> {
    await this.leave();
    const old = this.session;
    this.session = undefined;
    if (old) void old.autosave.flush().finally(() => old.autosave.dispose());
  }

  async restoreFirstRevision(): Promise<void> {
    const open = this.session;
    if (!open) return;
    await open.autosave.flush();
    const [first] = await this.call('revisions.list', { draftId: open.draftId });
    await this.call('revisions.restore', { draftId: open.draftId, revisionId: first.id }).catch(() => {});
    this.show(await this.call('drafts.get', { draftId: open.draftId }));
  }

  type(text: string): void {
    if (!this.session) return;
    this.session.text = text;
    this.session.typed = true;
    this.session.autosave.changed();
  }
}

type Action =
  | { kind: 'type'; tab: number; words: number }
  | { kind: 'clear'; tab: number }
  | { kind: 'open'; tab: number; draft: number }
  | { kind: 'close'; tab: number }
  | { kind: 'restore'; tab: number }
  | { kind: 'tick'; ms: number };

const actions = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), tab: fc.nat(1), words: fc.integer({ min: 1, max: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const), tab: fc.nat(1) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), tab: fc.nat(1), draft: fc.nat(1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), tab: fc.nat(1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), tab: fc.nat(1) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(100, 600, 1000, 1500) }) },
  ),
  { minLength: 5, maxLength: 40 },
);

/** Runs the promise continuations already queued (the fake clock does not advance). */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** One store for every run; each run works on two drafts of its own. */
let store: ReturnType<typeof makeTestContext> | undefined;

export async function runScenario(scheduler: fc.Scheduler, plan: Action[]): Promise<void> {
  store ??= makeTestContext();
  const { ctx, handlers } = store;
  const drafts: Draft[] = [];
  for (let i = 0; i < 2; i++) {
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const saved = await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: letter(`D${i}:起稿`), fields: draft.fields });
    if (saved.status !== 'saved') throw new Error('setup');
    await handlers['revisions.checkpoint']({ draftId: draft.id, note: '起稿' });
    drafts.push(draft);
  }
  const marker = new Map(drafts.map((d, i) => [d.id, `D${i}:`]));
  const call = scheduler.scheduleFunction(async (name: CallName, input: unknown) => (handlers[name] as (i: unknown) => unknown)(input)) as unknown as Call;
  const tabs = [new Tab(call), new Tab(call)];
  let typed = 0;

  for (const action of plan) {
    const tab = tabs[action.kind === 'tick' ? 0 : action.tab];
    if (action.kind === 'type' && tab.session)
      tab.type(`${tab.session.text}${marker.get(tab.session.draftId)}${Array.from({ length: action.words }, () => `字${typed++}`).join('')}`);
    if (action.kind === 'clear') tab.type('');
    if (action.kind === 'open') void tab.open(drafts[action.draft].id);
    if (action.kind === 'close') void tab.close();
    if (action.kind === 'restore') void tab.restoreFirstRevision();
    if (action.kind === 'tick') vi.advanceTimersByTime(action.ms);
    // Let some, not all, pending server answers arrive: this is where the interleavings come from.
    await settle();
    if (scheduler.count() > 0) await scheduler.waitOne();
    await settle();
  }
  // The clerk leaves every window: everything still pending finishes.
  for (const tab of tabs) void tab.close();
  for (let guard = 0; guard < 200 && (scheduler.count() > 0 || vi.getTimerCount() > 0); guard++) {
    if (scheduler.count() > 0) await scheduler.waitAll();
    else vi.advanceTimersByTime(DELAY);
    await settle();
  }

  // 1. No draft holds another draft's text, in its working copy or in any revision.
  for (const draft of drafts) {
    const own = marker.get(draft.id)!;
    const stored = [textOf((await handlers['drafts.get']({ draftId: draft.id })).content)];
    for (const revision of await handlers['revisions.list']({ draftId: draft.id })) stored.push(textOf(readSnapshot(ctx.db, revision.id).content));
    for (const text of stored) for (const other of marker.values()) if (other !== own) expect(text).not.toContain(other);
  }

  // 2. Nothing typed is lost: the last text of every edited editor reached the store (as the working
  //    copy, or as a parallel revision when another window had saved meanwhile), an emptied letter included.
  for (const session of tabs.flatMap((tab) => tab.sessions).filter((s) => s.typed)) {
    expect(session.acknowledged).toBe(session.text);
    const kept = [textOf((await handlers['drafts.get']({ draftId: session.draftId })).content)];
    for (const revision of await handlers['revisions.list']({ draftId: session.draftId })) kept.push(textOf(readSnapshot(ctx.db, revision.id).content));
    expect(kept.some((text) => text === session.text) || laterEditsOf(session, tabs).length > 0).toBe(true);
  }
}

/** Sessions on the same draft opened after this one: their edits may legitimately replace its text. */
function laterEditsOf(session: EditorSession, tabs: Tab[]): EditorSession[] {
  const all = tabs.flatMap((tab) => tab.sessions);
  return all.filter((other) => other !== session && other.draftId === session.draftId && other.typed);
}

export const RACE_RUNS = Number(process.env.DAFU_RACE_RUNS ?? 40);

describe('autosave against switching, closing, restoring and a second window (npm run stress: 1,000 runs)', () => {
  it(
    'never puts one draft’s text in another and never loses what was typed, in any interleaving',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), actions, async (scheduler, plan) => runScenario(scheduler, plan)),
        { numRuns: RACE_RUNS, seed: Number(process.env.DAFU_RACE_SEED ?? 2026) },
      );
    },
    30 * 60_000,
  );

  it('keeps saving a window whose draft was saved from another window meanwhile (found by this test)', async () => {
    const plan: Action[] = [
      { kind: 'open', tab: 0, draft: 0 },
      { kind: 'open', tab: 1, draft: 0 },
      { kind: 'type', tab: 0, words: 1 },
      { kind: 'type', tab: 1, words: 1 },
      { kind: 'tick', ms: 1500 },
      { kind: 'tick', ms: 1500 },
      { kind: 'type', tab: 1, words: 2 },
      { kind: 'tick', ms: 1500 },
    ];
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (scheduler) => runScenario(scheduler, plan)),
      { numRuns: 8, seed: 6 },
    );
  });
});
