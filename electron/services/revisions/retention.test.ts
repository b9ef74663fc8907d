import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVISION_KINDS, type RevisionSummary } from '../../../shared/model/draft';
import { DEFAULT_RETENTION_SETTINGS, describeRetention } from '../../../shared/retention/retentionSettings';
import { applyRetention, DEFAULT_RETENTION, isThinned, planThinning } from './retention';
import { editLetter, makeLetter, seededRandom } from '../../testing/sampleLetters';
import { insertRevision, listRevisions, readSnapshot, snapshotHash } from './graph/revisionStore';
import { makeTestContext } from '../../testing/testContext';

const NOW = new Date('2026-05-26T02:00:00Z');
const HOUR = 3_600_000;

function summary(n: number, kind: RevisionSummary['kind'], hoursAgo: number, parents: string[]): RevisionSummary {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, draftId: id, parents, kind, author: '王晶', time: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString(), note: null, hash: '', chars: 0 };
}

/** A line of revisions, oldest first, each the child of the one before. */
function line(entries: { kind: RevisionSummary['kind']; hoursAgo: number }[]): RevisionSummary[] {
  const revisions: RevisionSummary[] = [];
  entries.forEach(({ kind, hoursAgo }, n) => revisions.push(summary(n, kind, hoursAgo, n === 0 ? [] : [revisions[n - 1].id])));
  return revisions;
}

describe('retention policy', () => {
  it('never removes a checkpoint, import, restore, merge or case update, nor the head, a first revision or the tip of a line', () => {
    const entry = fc.record({ kind: fc.constantFrom(...REVISION_KINDS), hoursAgo: fc.double({ min: 0, max: 2000, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 80 }), fc.nat(), (entries, forkAt) => {
        const sorted = [...entries].sort((a, b) => b.hoursAgo - a.hoursAgo);
        const main = line(sorted);
        const fork = summary(1000, 'auto', 0, [main[forkAt % main.length].id]);
        const revisions = [...main, fork];
        const removed = new Set(planThinning(revisions, main.at(-1)!.id, NOW).map((d) => d.id));
        for (const revision of revisions) {
          const kept = revision.kind !== 'auto' || revision === main.at(-1) || revision === main[0] || revision === fork;
          if (kept) expect(removed.has(revision.id)).toBe(false);
        }
      }),
    );
  });

  it('keeps every automatic revision of the last day, the last of each hour for a week, the last of each day after', () => {
    // An automatic revision every 10 minutes for 10 days, with a checkpoint every 6 hours.
    const entries = Array.from({ length: 6 * 24 * 10 }, (_, i) => {
      const minutesAgo = (6 * 24 * 10 - i) * 10;
      return { kind: minutesAgo % 360 === 0 ? ('checkpoint' as const) : ('auto' as const), hoursAgo: minutesAgo / 60 };
    });
    const revisions = line(entries);
    const decisions = planThinning(revisions, revisions.at(-1)!.id, NOW);
    const removed = new Set(decisions.map((d) => d.id));
    const kept = revisions.filter((r) => !removed.has(r.id) && r.kind === 'auto');
    const ageHours = (r: RevisionSummary) => (NOW.getTime() - Date.parse(r.time)) / HOUR;

    expect(kept.filter((r) => ageHours(r) < 24)).toHaveLength(revisions.filter((r) => r.kind === 'auto' && ageHours(r) < 24).length);
    const week = kept.filter((r) => ageHours(r) >= 24 && ageHours(r) < 24 * 7);
    expect(new Set(week.map((r) => Math.floor(Date.parse(r.time) / HOUR))).size).toBe(week.length);
    const older = kept.filter((r) => ageHours(r) >= 24 * 7);
    expect(older.length).toBeLessThanOrEqual(4); // three days and a partial one, plus the first revision of the line
    expect(revisions.filter((r) => r.kind === 'checkpoint').every((r) => !removed.has(r.id))).toBe(true);
    expect(describeRetention(DEFAULT_RETENTION_SETTINGS)).toContain('最近 1 天内的全部保留；7 天内的每小时保留最后一个；更早的每天保留最后一个');
    expect(new Set(decisions.map((d) => d.reason))).toEqual(
      new Set([
        `超过 ${DEFAULT_RETENTION.keepAllForHours} 小时的自动版本，每小时只保留最后一个`,
        `超过 ${DEFAULT_RETENTION.hourlyForDays} 天的自动版本，每天只保留最后一个`,
      ]),
    );
  });
});

describe('thinning a stored history', () => {
  it('removes old automatic revisions, keeps every checkpoint and every kept revision readable, and leaves tombstones', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const random = seededRandom(3);
    let letter = makeLetter(800);
    let head = draft.base.revisionId;
    const start = NOW.getTime() - 3 * 24 * HOUR;
    // Three days of work: an automatic revision every 20 minutes, a checkpoint every 12 hours.
    for (let i = 0; i < 3 * 72; i++) {
      letter = editLetter(letter, random);
      const kind = i % 36 === 35 ? 'checkpoint' : 'auto';
      const time = new Date(start + i * 20 * 60_000).toISOString();
      head = insertRevision(ctx.db, { draftId: draft.id, kind, parents: [head], author: '王晶', time, content: letter, fields: {}, chars: 0 }).id;
    }
    ctx.db.prepare('UPDATE drafts SET head_revision_id = ? WHERE id = ?').run(head, draft.id);
    const before = listRevisions(ctx.db, draft.id);

    const removed = applyRetention(ctx.db, draft.id, NOW, { keepAllForHours: 6, hourlyForDays: 1, utcOffsetMinutes: 480 });

    const after = listRevisions(ctx.db, draft.id);
    expect(new Set(removed.map((d) => d.reason)).size).toBe(2);
    expect(removed.length).toBeGreaterThan(150);
    expect(after).toHaveLength(before.length - removed.length);
    const checkpoints = before.filter((r) => r.kind === 'checkpoint').map((r) => r.id);
    expect(after.filter((r) => r.kind === 'checkpoint').map((r) => r.id)).toEqual(checkpoints);
    const remaining = new Set(after.map((r) => r.id));
    for (const revision of after) {
      revision.parents.forEach((parent) => expect(remaining.has(parent)).toBe(true));
      expect(snapshotHash(readSnapshot(ctx.db, revision.id))).toBe(revision.hash);
    }
    expect(after.filter((r) => r.parents.length === 0).map((r) => r.id)).toEqual([draft.base.revisionId]);
    expect(removed.every((d) => isThinned(ctx.db, d.id))).toBe(true);
    expect(isThinned(ctx.db, head)).toBe(false);
  });
});
