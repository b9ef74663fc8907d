import { useEffect, useState } from 'react';
import { compareLetters } from '../../../shared/diff/compare';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { RevisionSummary } from '../../../shared/model/draft';
import { call } from '../../api/client';

export interface SizeChange {
  added: number;
  removed: number;
}

// Revisions never change, so what one added and removed against its parent is worked out once per session.
const known = new Map<string, SizeChange>();

/**
 * +N/−M 字 for each revision against its first parent, worked out one revision at a time after the
 * timeline is shown, newest first, so a long history never holds up the screen.
 */
export function useSizeChanges(revisions: readonly RevisionSummary[], definitions: readonly FieldDefinition[]): ReadonlyMap<string, SizeChange> {
  const [sizes, setSizes] = useState<ReadonlyMap<string, SizeChange>>(() => new Map(known));
  useEffect(() => {
    let cancelled = false;
    const contents = new Map<string, Promise<Awaited<ReturnType<typeof readRevision>>>>();
    const read = (id: string) => {
      if (!contents.has(id)) contents.set(id, readRevision(id));
      return contents.get(id)!;
    };
    void (async () => {
      for (const revision of [...revisions].reverse()) {
        if (cancelled) return;
        if (known.has(revision.id) || !revision.parents[0]) continue;
        try {
          const [parent, self] = await Promise.all([read(revision.parents[0]), read(revision.id)]);
          const { summary } = compareLetters({ ...parent, definitions }, { ...self, definitions });
          known.set(revision.id, { added: summary.charsAdded, removed: summary.charsRemoved });
        } catch {
          continue; // The row keeps its net size change; a damaged revision is reported where it is opened.
        }
        if (!cancelled) setSizes(new Map(known));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [revisions, definitions]);
  return sizes;
}

async function readRevision(revisionId: string) {
  const { content, fields } = await call('revisions.get', { revisionId });
  return { content, fields };
}
