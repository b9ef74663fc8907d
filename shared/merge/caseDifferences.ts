import { CASE_STATUS_LABELS, type CaseFacts } from '../cases/caseModel';
import { CASE_FACT_LABELS as FACT_LABELS, shownFact } from '../cases/factLabels';
import type { CaseImport, PackageCase } from '../review/packageCase';

/** A fact as one string; 附议人 as their names in a line, so an older PC's case (none) compares as blank. */
function plain(key: keyof CaseFacts, facts: CaseFacts): string {
  const value = facts[key];
  return Array.isArray(value) ? value.join('、') : (value ?? '');
}

export type CaseState = Pick<PackageCase, 'facts' | 'status' | 'satisfaction'>;

/** The facts, status and 满意度 on which this PC's case and the package's disagree, in words for the import summary. */
export function caseDifferences(local: CaseState, imported: CaseState): CaseImport['differences'] {
  const facts = (Object.keys(FACT_LABELS) as (keyof CaseFacts)[])
    .filter((key) => plain(key, local.facts) !== plain(key, imported.facts))
    .map((key) => ({ label: FACT_LABELS[key], local: shownFact(key, local.facts[key]), imported: shownFact(key, imported.facts[key]) }));
  const status =
    local.status === imported.status ? [] : [{ label: '办理状态', local: CASE_STATUS_LABELS[local.status], imported: CASE_STATUS_LABELS[imported.status] }];
  const satisfaction =
    local.satisfaction === imported.satisfaction ? [] : [{ label: '满意度', local: local.satisfaction ?? '未填', imported: imported.satisfaction ?? '未填' }];
  return [...facts, ...status, ...satisfaction];
}
