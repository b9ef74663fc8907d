import { describe, expect, it } from 'vitest';
import { STANDARD_FIELDS } from '../structure/standardFields';
import { defaultTemplateId, fieldsFromCase } from './caseFields';
import type { CaseFacts } from './caseModel';

const facts: CaseFacts = {
  kind: 'zhengxie',
  session: '柳州市政协十三届三次会议',
  number: '第011号',
  title: '关于发挥质量强市标杆作用的建议',
  proposer: '九三学社柳州市委员会',
  coProposers: [],
  role: 'lead',
  assignedOn: '2023-03-10',
  dueOn: '2023-06-10',
  replyType: 'A',
  disclosure: '',
  docNumber: '',
  signer: '',
  handler: '王晶',
  handlerPhone: '',
  leadUnit: '',
  otherUnits: '',
  proposalText: '',
};

describe('case facts into fields', () => {
  it('fills the fields a template has, lets the case win, and keeps what the case leaves blank', () => {
    const definitions = [
      STANDARD_FIELDS.sessionName,
      STANDARD_FIELDS.proposalNumber,
      STANDARD_FIELDS.proposer,
      STANDARD_FIELDS.handlerPhone,
      STANDARD_FIELDS.cc,
    ];
    expect(fieldsFromCase(facts, definitions, { proposer: '旧值', handlerPhone: '13557725771', cc: '市政协提案委员会' })).toEqual({
      sessionName: '柳州市政协十三届三次会议',
      proposalNumber: '011',
      proposer: '九三学社柳州市委员会',
      handlerPhone: '13557725771',
      cc: '市政协提案委员会',
    });
    expect(fieldsFromCase({ ...facts, kind: 'renda' }, [STANDARD_FIELDS.deputy, STANDARD_FIELDS.suggestionTitle], {})).toEqual({
      deputy: '九三学社柳州市委员会',
      suggestionTitle: '关于发挥质量强市标杆作用的建议',
    });
  });

  it('a joint suggestion fills 「王某等3名代表」 from its 领衔 and 附议 deputies', () => {
    const joint = { ...facts, kind: 'renda' as const, proposer: '王晓燕', coProposers: ['李强', '赵敏'] };
    expect(fieldsFromCase(joint, [STANDARD_FIELDS.deputy, STANDARD_FIELDS.deputyCount], { deputyCount: '2' })).toEqual({ deputy: '王晓燕', deputyCount: '3' });
    expect(fieldsFromCase({ ...joint, coProposers: [] }, [STANDARD_FIELDS.deputyCount], { deputyCount: '2' })).toEqual({ deputyCount: '2' });
  });

  it('picks the template by kind, role and proposer', () => {
    expect(defaultTemplateId(facts)).toBe('zhengxie-lead');
    expect(defaultTemplateId({ ...facts, proposer: '张伟' })).toBe('zhengxie-lead-member');
    expect(defaultTemplateId({ ...facts, proposer: '张伟', coProposers: ['李强', '赵敏'] })).toBe('zhengxie-lead-joint');
    expect(defaultTemplateId({ ...facts, proposer: '张伟等3人' })).toBe('zhengxie-lead-joint');
    expect(defaultTemplateId({ ...facts, role: 'assist' })).toBe('zhengxie-assist');
    expect(defaultTemplateId({ kind: 'renda', role: 'lead', proposer: '李明', coProposers: [] })).toBe('renda-lead');
    expect(defaultTemplateId({ kind: 'renda', role: 'lead', proposer: '李明等5人', coProposers: [] })).toBe('renda-lead-joint');
    expect(defaultTemplateId({ kind: 'renda', role: 'lead', proposer: '李明', coProposers: ['王芳', '赵强'] })).toBe('renda-lead-joint');
  });
});
