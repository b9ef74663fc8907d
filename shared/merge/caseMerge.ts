import { caseKey } from '../cases/caseKey';
import type { Extension } from '../cases/caseModel';
import type { CaseImport, PackageCase } from '../review/packageCase';
import { caseDifferences, type CaseState } from './caseDifferences';

/** A case as the store holds it. */
export interface StoredCase extends CaseState {
  id: string;
  extensions: readonly Extension[];
}

/** The duplicate key the package's case is found by when this store has it under another id. */
export const carriedCaseKey = (carried: PackageCase): string => caseKey(carried.facts.kind, carried.facts.session, carried.facts.number);

export interface CasePlan {
  caseId: string;
  /** The case to create as carried, under its duplicate key; null when the store has it. */
  create: { case: PackageCase; key: string } | null;
  /** The package's deadline extensions the case lacks. */
  addExtensions: Extension[];
  /** The stored case changed (it got extensions): its time moves on. */
  touch: boolean;
  /** The draft is filed under the case: it was filed under none. */
  link: boolean;
  /** Where the stored case and the package's disagree; the stored one keeps its own. */
  differences: CaseImport['differences'];
}

const extensionKey = (extension: Extension) => `${extension.dueOn}|${extension.approvedOn}|${extension.reason}`;

/** The package's extensions this PC lacks: an approved extension is a record, added like a review event. */
export function missingExtensions(local: readonly Extension[], imported: readonly Extension[]): Extension[] {
  const known = new Set(local.map(extensionKey));
  return imported.filter((extension) => !known.has(extensionKey(extension)));
}

/**
 * The package's case beside its draft. The same case here is the one with its id, else the one with
 * its duplicate key (kind, session and number: registered on both PCs from the 交办清单). A case the
 * store lacks is created as carried. A case it has keeps its own facts (the case owns them here too):
 * where they differ is reported, never overwritten. Extensions it lacks are added. A draft filed
 * under no case (`draftCaseId` null) is filed under it; one filed under another case stays there.
 */
export function planCaseMerge(carried: PackageCase, here: { byId?: StoredCase; byKey?: StoredCase }, draftCaseId: string | null): CasePlan {
  const found = here.byId ?? here.byKey;
  const addExtensions = missingExtensions(found?.extensions ?? [], carried.extensions);
  return {
    caseId: found?.id ?? carried.id,
    create: found ? null : { case: carried, key: carriedCaseKey(carried) },
    addExtensions,
    touch: found !== undefined && addExtensions.length > 0,
    link: draftCaseId === null,
    differences: found ? caseDifferences(found, carried) : [],
  };
}
