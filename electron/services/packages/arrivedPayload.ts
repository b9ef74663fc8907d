import { parentsFirst, type PackageRevision, type Payload } from '../../../shared/review/packageFormat';
import { prepareContent, type PreparedContent, type Snapshot } from '../revisions/graph/revisionStore';

export type RevisionMeta = Omit<PackageRevision, 'content' | 'fields'>;

/** A carried revision with its text (as a sync brings it), or with its stored bytes prepared on the import's thread. */
export type ArrivedRevision = PackageRevision | (RevisionMeta & { prepared: PreparedContent });

/** A checked payload ready to merge: its head's text at hand, the other revisions' texts possibly already turned into stored bytes. */
export type ArrivedPayload = Omit<Payload, 'revisions'> & { revisions: ArrivedRevision[]; head: Snapshot };

/** The payload as it is: every revision's bytes are made when it is stored. */
export function arrivedAsIs(payload: Payload): ArrivedPayload {
  const head = payload.revisions.find((revision) => revision.id === payload.draft.headRevisionId)!;
  return { ...payload, head: { content: head.content, fields: head.fields } };
}

function withoutText(revision: PackageRevision): RevisionMeta {
  const meta: Partial<PackageRevision> = { ...revision };
  delete meta.content;
  delete meta.fields;
  return meta as RevisionMeta;
}

/**
 * The payload with every revision's text replaced by its stored bytes (see prepareContent): the slow
 * part of an import (canonical text, hashing, deltas, compression), done on the import's thread so
 * that the store's side only writes rows. A revision's paragraphs are kept until its last child used them.
 */
export function prepareArrival(payload: Payload): ArrivedPayload {
  const firstParentOf = (revision: PackageRevision) => revision.parents[0];
  const children = new Map<string, number>();
  for (const revision of payload.revisions) {
    const first = firstParentOf(revision);
    if (first !== undefined) children.set(first, (children.get(first) ?? 0) + 1);
  }
  const units = new Map<string, string[]>();
  const prepared = new Map<string, PreparedContent>();
  for (const revision of parentsFirst(payload.revisions)) {
    const first = firstParentOf(revision);
    const parentUnits = first === undefined ? undefined : units.get(first);
    const made = prepareContent({ content: revision.content, fields: revision.fields }, parentUnits && { id: first!, units: parentUnits });
    prepared.set(revision.id, made.prepared);
    if (first !== undefined) {
      const left = children.get(first)! - 1;
      if (left === 0) units.delete(first);
      else children.set(first, left);
    }
    if (children.has(revision.id)) units.set(revision.id, made.units);
  }
  const { head } = arrivedAsIs(payload);
  return {
    ...payload,
    head,
    revisions: payload.revisions.map((revision) => ({ ...withoutText(revision), prepared: prepared.get(revision.id)! })),
  };
}
