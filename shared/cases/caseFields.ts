import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import type { CaseFacts } from './caseModel';
import { own } from '../lookup/own';

/** 「第011号」 → 「011」: a number field already reads 「第…号」 in the letter. */
function bareNumber(number: string): string {
  return number
    .trim()
    .replace(/^第\s*/, '')
    .replace(/\s*号$/, '');
}

const jointCount = (facts: CaseFacts) => (facts.coProposers.length > 0 ? String(facts.coProposers.length + 1) : '');
const JOINTLY = /[、，,]|等\d*人?$|等$/;

/** The template fields each case fact fills; a template has either the 提案 or the 建议 names. */
function factValues(facts: CaseFacts): FieldValues {
  const number = bareNumber(facts.number);
  return {
    sessionName: facts.session,
    proposalNumber: number,
    suggestionNumber: number,
    proposalTitle: facts.title,
    suggestionTitle: facts.title,
    proposer: facts.proposer,
    deputy: facts.proposer,
    // 「王某等3名代表」「王某等3名委员」: the 领衔 and the 附议 together; blank (so the draft's own value stays) when one proposes alone.
    deputyCount: jointCount(facts),
    memberCount: jointCount(facts),
    replyType: facts.replyType,
    docNumber: facts.docNumber,
    handler: facts.handler,
    handlerPhone: facts.handlerPhone,
    leadUnit: facts.leadUnit,
  };
}

/**
 * The draft's field values with the case's facts laid over them: the case owns its facts, so a fact
 * it knows wins; a fact it leaves blank keeps what the draft has (e.g. typed before the case knew it).
 */
export function fieldsFromCase(facts: CaseFacts, definitions: readonly FieldDefinition[], current: FieldValues): FieldValues {
  const values = factValues(facts);
  const next: FieldValues = { ...current };
  for (const { name } of definitions) {
    const value = own(values, name)?.trim();
    if (value) next[name] = value;
  }
  return next;
}

export function sameFieldValues(a: FieldValues, b: FieldValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (own(a, key) ?? '') === (own(b, key) ?? ''));
}

const COLLECTIVE_PROPOSER = /委员会|委会|民革|民盟|民建|民进|农工|致公|九三|台盟|工商联|界别|专委会|小组|党派|联合会|协会/;

/** The built-in template a case's first draft starts from. */
export function defaultTemplateId(facts: Pick<CaseFacts, 'kind' | 'role' | 'proposer' | 'coProposers'>): string {
  if (facts.role !== 'lead') return 'zhengxie-assist';
  const joint = facts.coProposers.length > 0 || JOINTLY.test(facts.proposer);
  if (facts.kind === 'zhengxie') return COLLECTIVE_PROPOSER.test(facts.proposer) ? 'zhengxie-lead' : joint ? 'zhengxie-lead-joint' : 'zhengxie-lead-member';
  return joint ? 'renda-lead-joint' : 'renda-lead';
}
