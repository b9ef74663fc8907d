import { randomUUID } from 'node:crypto';
import { recordFactChanges, recordNewCase } from './caseEvents';
import { ApiError } from '../../../shared/api/errors';
import type { CallInput, Handlers } from '../../../shared/api/contract';
import { defaultTemplateId, fieldsFromCase } from '../../../shared/cases/caseFields';
import { caseKey } from '../../../shared/cases/caseKey';
import { caseProposers } from '../../../shared/cases/proposers';
import { answerPurpose, DRAFT_PURPOSE_LABELS, OFFICIAL_LABELS } from '../../../shared/cases/caseAnswer';
import type { CaseFacts } from '../../../shared/cases/caseModel';
import { instantiateTemplate } from '../../../shared/templates/template';
import type { Db } from '../../db/open';
import { deliverFacts } from './caseFacts';
import { draftCaseId, listCases, loadCaseDetail, loadCaseRow, toFacts, type IsOpinionTemplate } from './caseRecords';
import type { ServiceContext } from '../context';
import { linkToCase } from '../drafts/records/draftWrites';
import { createDraftRecord } from '../drafts/newDraft';
import { ownTemplates } from '../templates/templates';

type CaseHandlers = Pick<Handlers, 'cases.list' | 'cases.get' | 'cases.save' | 'cases.extend' | 'cases.createReply' | 'cases.chooseAnswer' | 'cases.ofDraft'>;

/** Drafts from an opinion template (协办意见函, or the clerk's own template of that kind) are opinions in any case. */
export function opinionTemplates(ctx: ServiceContext): IsOpinionTemplate {
  const ids = new Set([...ctx.templates, ...ownTemplates(ctx.db)].filter((template) => template.kind === 'opinion').map((template) => template.id));
  return (templateId) => templateId !== null && ids.has(templateId);
}

function refuseDuplicate(db: Db, facts: CaseFacts, exceptId?: string): string {
  const key = caseKey(facts.kind, facts.session, facts.number);
  const other = db.prepare('SELECT title FROM cases WHERE case_key = ? AND id IS NOT ?').get(key, exceptId ?? null) as { title: string } | undefined;
  if (other) throw new ApiError('conflict', `台账里已有同一届次的${facts.number}号（${other.title}），请打开那一件修改，不要重复登记。`);
  return key;
}

function checkDates(facts: CaseFacts): void {
  if (facts.assignedOn && facts.dueOn && facts.dueOn < facts.assignedOn) {
    throw new ApiError('invalid_input', `办理期限 ${facts.dueOn} 早于交办日期 ${facts.assignedOn}，请核对。`);
  }
}

/** Writes a new case with the given facts; the imports use it too (a package's case keeps its id). Returns the id. */
export function insertCase(db: Db, facts: CaseFacts, key: string, time: string, id: string = randomUUID()): string {
  db.prepare(
    `INSERT INTO cases (id, kind, session, number, title, proposer, co_proposers, role, assigned_on, due_on, reply_type, disclosure, doc_number,
       signer, handler, handler_phone, lead_unit, other_units, proposal_text, case_key, created_at, updated_at)
     VALUES (@id, @kind, @session, @number, @title, @proposer, @coProposers, @role, @assignedOn, @dueOn, @replyType, @disclosure, @docNumber,
       @signer, @handler, @handlerPhone, @leadUnit, @otherUnits, @proposalText, @key, @time, @time)`,
  ).run({ ...facts, coProposers: JSON.stringify(facts.coProposers), id, key, time });
  return id;
}

export function updateCase(
  db: Db,
  id: string,
  facts: CaseFacts,
  key: string,
  input: Pick<CallInput<'cases.save'>, 'status' | 'satisfaction'>,
  time: string,
): void {
  const row = loadCaseRow(db, id);
  db.prepare(
    `UPDATE cases SET kind = @kind, session = @session, number = @number, title = @title, proposer = @proposer, co_proposers = @coProposers, role = @role,
       assigned_on = @assignedOn, due_on = @dueOn, reply_type = @replyType, disclosure = @disclosure, doc_number = @docNumber,
       signer = @signer, handler = @handler, handler_phone = @handlerPhone, lead_unit = @leadUnit, other_units = @otherUnits,
       proposal_text = @proposalText, case_key = @key, status = @status, satisfaction = @satisfaction, updated_at = @time
     WHERE id = @id`,
  ).run({
    ...facts,
    coProposers: JSON.stringify(facts.coProposers),
    id,
    key,
    time,
    status: input.status ?? row.status,
    satisfaction: input.satisfaction === undefined ? row.satisfaction : input.satisfaction,
  });
}

export function caseHandlers(ctx: ServiceContext): CaseHandlers {
  const { db } = ctx;
  const detail = (caseId: string) => loadCaseDetail(db, caseId, ctx.now(), opinionTemplates(ctx));
  return {
    'cases.list': (filter) => listCases(db, ctx.now(), opinionTemplates(ctx), filter),

    'cases.get': ({ caseId }) => detail(caseId),

    'cases.save': (input) =>
      db.transaction(() => {
        const { facts } = input;
        checkDates(facts);
        const key = refuseDuplicate(db, facts, input.caseId);
        const time = ctx.now().toISOString();
        if (input.caseId === undefined) {
          const id = insertCase(db, facts, key, time);
          recordNewCase(db, id, facts, time, ctx.author);
          if (input.status || input.satisfaction) updateCase(db, id, facts, key, input, time);
          return { case: detail(id), drafts: { updated: [], refused: [] } };
        }
        const before = toFacts(loadCaseRow(db, input.caseId));
        updateCase(db, input.caseId, facts, key, input, time);
        recordFactChanges(db, input.caseId, before, facts, time, ctx.author);
        const drafts = deliverFacts(ctx, input.caseId, facts);
        return { case: detail(input.caseId), drafts };
      })(),

    'cases.extend': ({ caseId, dueOn, approvedOn, reason }) =>
      db.transaction(() => {
        const row = loadCaseRow(db, caseId);
        if (row.assigned_on && dueOn <= row.assigned_on) throw new ApiError('invalid_input', `延期后的期限 ${dueOn} 不晚于交办日期，请核对。`);
        const time = ctx.now().toISOString();
        db.prepare('INSERT INTO case_extensions (case_id, due_on, approved_on, reason, created_at) VALUES (?, ?, ?, ?, ?)').run(
          caseId,
          dueOn,
          approvedOn,
          reason,
          time,
        );
        db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(time, caseId);
        return detail(caseId);
      })(),

    'cases.chooseAnswer': ({ caseId, draftId }) =>
      db.transaction(() => {
        const role = loadCaseRow(db, caseId).role;
        const candidate = detail(caseId).drafts.find((draft) => draft.id === draftId);
        const wanted = DRAFT_PURPOSE_LABELS[answerPurpose(role)];
        if (!candidate) throw new ApiError('not_found', `这份草稿不在本件的草稿里（可能已移到回收站）。请刷新后从本件的${wanted}中选择。`);
        if (candidate.purpose !== answerPurpose(role)) {
          throw new ApiError(
            'invalid_input',
            `「${candidate.title}」是${DRAFT_PURPOSE_LABELS[candidate.purpose]}，不能作为本件的${OFFICIAL_LABELS[answerPurpose(role)]}。请从${wanted}中选择。`,
          );
        }
        db.prepare('UPDATE cases SET answer_draft_id = ?, updated_at = ? WHERE id = ?').run(draftId, ctx.now().toISOString(), caseId);
        return detail(caseId);
      })(),

    'cases.ofDraft': ({ draftId }) => {
      const caseId = draftCaseId(db, draftId);
      if (!caseId) return { proposers: [], number: null };
      const facts = toFacts(loadCaseRow(db, caseId));
      return { proposers: caseProposers(facts), number: facts.number };
    },

    'cases.createReply': ({ caseId, templateId }) =>
      db.transaction(() => {
        const facts = toFacts(loadCaseRow(db, caseId));
        const id = templateId ?? defaultTemplateId(facts);
        const template = ctx.templates.find((candidate) => candidate.id === id);
        if (!template) throw new ApiError('not_found', `没有名为「${id}」的模板。请从模板列表中选择。`);
        const draft = createDraftRecord(ctx, {
          templateId: template.id,
          fieldDefinitions: template.fields,
          fields: fieldsFromCase(facts, template.fields, {}),
          content: instantiateTemplate(template),
          firstRevision: { kind: 'checkpoint', note: `由模板「${template.name}」为${facts.number}号新建` },
        });
        linkToCase(db, draft.id, caseId);
        return { draftId: draft.id };
      })(),
  };
}
