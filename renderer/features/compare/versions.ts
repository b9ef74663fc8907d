import type { LetterDocument } from '../../../shared/model/document';
import type { FieldValues } from '../../../shared/fields/fieldDefinition';
import type { Draft, RevisionSummary } from '../../../shared/model/draft';
import { call } from '../../api/client';
import { revisionLabel } from './revisionLabels';

/** What a comparison side names: a stored revision, or the text in the editor right now. */
export type VersionRef = { kind: 'revision'; revision: RevisionSummary } | { kind: 'working' };

export interface LoadedVersion {
  label: string;
  content: LetterDocument;
  fields: FieldValues;
}

export const WORKING_COPY_LABEL = '当前稿（编辑中的文字）';

/** The working copy is read back after the editor's last keystrokes are saved, so no call is added for it. */
export async function loadVersion(ref: VersionRef, loadWorkingCopy: () => Promise<Draft>): Promise<LoadedVersion> {
  if (ref.kind === 'working') {
    const draft = await loadWorkingCopy();
    return { label: WORKING_COPY_LABEL, content: draft.content, fields: draft.fields };
  }
  const { content, fields } = await call('revisions.get', { revisionId: ref.revision.id });
  return { label: revisionLabel(ref.revision), content, fields };
}

/** The earlier version goes on the left: the working copy is always the later one. */
export function inReadingOrder(a: VersionRef, b: VersionRef): [VersionRef, VersionRef] {
  if (a.kind === 'working') return [b, a];
  if (b.kind === 'working') return [a, b];
  return a.revision.time <= b.revision.time ? [a, b] : [b, a];
}
