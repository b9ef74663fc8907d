import { useEffect, useRef, useState } from 'react';
import {
  CASE_KIND_LABELS,
  CASE_ROLE_LABELS,
  CASE_STATUS_LABELS,
  SATISFACTIONS,
  STORED_CASE_STATUSES,
  type CaseDetail as CaseDetailData,
  type CaseFacts,
  type Satisfaction,
  type StoredCaseStatus,
} from '../../../shared/cases/caseModel';
import { chineseDate } from '../../../shared/cases/calendar';
import { splitNames } from '../../../shared/cases/proposers';
import { answerPurpose, DRAFT_PURPOSE_LABELS, OFFICIAL_LABELS } from '../../../shared/cases/caseAnswer';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import { call, errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { CaseLog } from './CaseLog';

interface Props {
  caseId: string;
  onOpenDraft: (draftId: string) => void;
  onChanged: () => void;
  onClose: () => void;
}

const TEXT_FACTS: [Exclude<keyof CaseFacts, 'coProposers'>, string][] = [
  ['title', '标题'],
  ['proposer', '提案者/代表（领衔）'],
  ['session', '届次/会议'],
  ['number', '编号'],
  ['leadUnit', '主办单位'],
  ['otherUnits', '协办/会办单位'],
  ['replyType', '答复类型'],
  ['disclosure', '公开属性'],
  ['docNumber', '发文字号'],
  ['signer', '签发人'],
  ['handler', '承办人'],
  ['handlerPhone', '联系电话'],
];

/** One case: its facts (changes reach its unlocked drafts), deadline and extensions, status, 满意度 and drafts. */
export function CaseDetail({ caseId, onOpenDraft, onChanged, onClose }: Props) {
  const [detail, setDetail] = useState<CaseDetailData | undefined>();
  const [facts, setFacts] = useState<CaseFacts | undefined>();
  // The 附议 names as typed, so a trailing 「、」 stays while the clerk types the next name.
  const [coText, setCoText] = useState('');
  const [extension, setExtension] = useState({ dueOn: '', approvedOn: '', reason: '' });
  const [notice, setNotice] = useState<string | undefined>();

  // Counts the clerk's edits, so an answer from the store never puts back facts typed but not yet saved.
  const edits = useRef(0);
  const editsStored = useRef(0);
  const edit = (next: CaseFacts) => {
    edits.current += 1;
    setFacts(next);
  };

  /** Shows the case as stored; `editsSaved` is how many edits the answer already holds. */
  const show = (next: CaseDetailData, editsSaved = editsStored.current) => {
    setDetail(next);
    if (editsSaved !== edits.current) return;
    editsStored.current = editsSaved;
    setFacts(next.facts);
    setCoText(next.facts.coProposers.join('、'));
  };

  useEffect(() => {
    call('cases.get', { caseId }).then(
      (next) => show(next, edits.current),
      (error) => setNotice(errorMessage(error)),
    );
  }, [caseId]);

  if (!detail || !facts) return <section className="case-detail">{notice ?? '正在打开…'}</section>;

  const save = async (extra: { status?: StoredCaseStatus; satisfaction?: Satisfaction | null } = {}) => {
    try {
      const editsSent = edits.current;
      const result = await call('cases.save', { caseId, facts, ...extra });
      show(result.case, editsSent);
      const refused = result.drafts.refused.map((draft) => `「${draft.title}」`).join('、');
      setNotice(
        [
          `已保存。${result.drafts.updated.length > 0 ? `已把新信息带入 ${result.drafts.updated.length} 份草稿。` : ''}`,
          refused && `${refused}已签发，未改动；如需改动请先撤回签发。`,
        ]
          .filter(Boolean)
          .join(''),
      );
      onChanged();
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  const extend = async () => {
    try {
      show(await call('cases.extend', { caseId, ...extension }));
      setExtension({ dueOn: '', approvedOn: '', reason: '' });
      setNotice('已登记延期。');
      onChanged();
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  const chooseAnswer = async (draftId: string, title: string) => {
    try {
      show(await call('cases.chooseAnswer', { caseId, draftId }));
      setNotice(`已把「${title}」定为${OFFICIAL_LABELS[answerPurpose(detail.role)]}。`);
      onChanged();
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  const createReply = async () => {
    try {
      const { draftId } = await call('cases.createReply', { caseId });
      onChanged();
      onOpenDraft(draftId);
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  return (
    <section className="case-detail" aria-label="案件详情">
      <header className="case-detail__head">
        <h2>
          {CASE_KIND_LABELS[detail.kind]} {detail.number}：{detail.title}
        </h2>
        <button type="button" onClick={onClose}>
          返回台账
        </button>
      </header>
      <p>
        {CASE_ROLE_LABELS[detail.role]} · 状态 <strong>{CASE_STATUS_LABELS[detail.status]}</strong>
        {detail.assignedOn && ` · ${chineseDate(detail.assignedOn)}交办`}
        {detail.dueOn && ` · 期限 ${chineseDate(detail.dueOn)}`}
        {detail.overdue && <span className="case-detail__overdue">（已超期）</span>}
      </p>
      {notice && (
        <p role="status" className="case-detail__notice">
          {notice}
        </p>
      )}
      <div className="case-detail__drafts">
        <h3>答复和意见</h3>
        <ul>
          {detail.drafts.map((draft) => {
            const official = draft.answers && detail.answer?.chosen;
            const choosable = detail.answer && detail.answer.candidates > 1 && draft.purpose === answerPurpose(detail.role) && !official;
            return (
              <li key={draft.id}>
                <span className={`case-badge case-badge--${draft.purpose}`}>{DRAFT_PURPOSE_LABELS[draft.purpose]}</span>
                {official && <span className="case-badge case-badge--official">{OFFICIAL_LABELS[draft.purpose]}</span>}
                <button type="button" onClick={() => onOpenDraft(draft.id)}>
                  {draft.title}
                </button>{' '}
                {REVIEW_STATE_LABELS[draft.reviewState]}
                {choosable && (
                  <button type="button" className="case-detail__choose" onClick={() => void chooseAnswer(draft.id, draft.title)}>
                    设为{OFFICIAL_LABELS[draft.purpose]}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <button type="button" className="primary" onClick={() => void createReply()}>
          {detail.role === 'lead' ? '起草答复' : '起草协办意见'}
        </button>
      </div>
      <form
        className="case-detail__facts"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h3>案件信息</h3>
        {TEXT_FACTS.map(([key, label]) => (
          <label key={key}>
            {label}
            <input value={facts[key] ?? ''} onChange={(event) => edit({ ...facts, [key]: event.target.value })} />
          </label>
        ))}
        <label className="case-detail__wide">
          附议（多位用顿号隔开）
          <input
            value={coText}
            placeholder="如：李强、赵敏"
            onChange={(event) => {
              setCoText(event.target.value);
              edit({ ...facts, coProposers: splitNames(event.target.value) });
            }}
          />
        </label>
        <label>
          交办日期
          <DateInput label="交办日期" value={facts.assignedOn ?? ''} onChange={(iso) => edit({ ...facts, assignedOn: iso || null })} />
        </label>
        <label>
          办理期限
          <DateInput label="办理期限" value={facts.dueOn ?? ''} onChange={(iso) => edit({ ...facts, dueOn: iso || null })} yearRule="upcoming" />
        </label>
        <label className="case-detail__wide">
          提案/建议原文
          <textarea rows={6} value={facts.proposalText} onChange={(event) => edit({ ...facts, proposalText: event.target.value })} />
        </label>
        <button type="submit">保存案件信息</button>
      </form>
      <div className="case-detail__row">
        <h3>延期</h3>
        <ul>
          {detail.extensions.map((item, index) => (
            <li key={index}>
              {chineseDate(item.approvedOn)}批准延至{chineseDate(item.dueOn)}
              {item.reason && `（${item.reason}）`}
            </li>
          ))}
        </ul>
        <label>
          延至
          <DateInput label="延至" value={extension.dueOn} onChange={(iso) => setExtension({ ...extension, dueOn: iso })} yearRule="upcoming" />
        </label>
        <label>
          批准日期
          <DateInput label="批准日期" value={extension.approvedOn} onChange={(iso) => setExtension({ ...extension, approvedOn: iso })} />
        </label>
        <label>
          理由
          <input value={extension.reason} onChange={(event) => setExtension({ ...extension, reason: event.target.value })} />
        </label>
        <button type="button" disabled={!extension.dueOn || !extension.approvedOn} onClick={() => void extend()}>
          登记延期
        </button>
      </div>
      <div className="case-detail__row">
        <h3>办理结果</h3>
        <label>
          状态
          <select value={detail.storedStatus} onChange={(event) => void save({ status: event.target.value as StoredCaseStatus })}>
            {STORED_CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status === 'pending' ? '办理中（随答复稿）' : CASE_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          满意度
          <select value={detail.satisfaction ?? ''} onChange={(event) => void save({ satisfaction: (event.target.value || null) as Satisfaction | null })}>
            <option value="">未反馈</option>
            {SATISFACTIONS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CaseLog caseId={caseId} version={detail} />
    </section>
  );
}
