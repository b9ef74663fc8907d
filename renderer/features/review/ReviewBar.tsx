import { useState } from 'react';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import { allowedActions, isLocked, TRANSITIONS, type ReviewAction, type TransitionRequest } from '../../../shared/review/reviewStates';
import type { ReviewStatus } from '../../../shared/review/reviewSchemas';
import { USER_ROLE_LABELS, type User, type UserPermission, type UserRole } from '../../../shared/review/users';
import { verdictLabel } from '../../../shared/review/verdicts';
import { DateInput } from '../../components/DateInput';
import type { SendChoice } from '../../../shared/trust/recipientChoices';

interface Props {
  user: User | null;
  status: ReviewStatus | undefined;
  commentsOpen: number;
  onSwitchUser: () => void;
  onTransition: (request: TransitionRequest) => void;
  onToggleComments: () => void;
  onExport: () => void;
  onImport: () => void;
  onMerge: (revisionId: string) => void;
  onCompare: (revisionId: string) => void;
  onPrintReview: () => void;
  onKeys: () => void;
  /** The role and permissions the user acts in: the bureau key list's when it certifies their key. */
  acting: { role: UserRole; permissions: readonly UserPermission[] } | null;
  /** Whom a step can be sent to (提交审核 to reviewers, 审核通过 to a signer); none when the PC knows no one. */
  sendChoices: (action: ReviewAction) => SendChoice[];
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const today = () => new Date().toLocaleDateString('sv-SE');

/** The draft's review state, the steps the current user may take, the log, and packages in and out. */
export function ReviewBar({
  user,
  status,
  commentsOpen,
  onSwitchUser,
  onTransition,
  onToggleComments,
  onExport,
  onImport,
  onMerge,
  onCompare,
  onPrintReview,
  onKeys,
  acting,
  sendChoices,
}: Props) {
  const [asking, setAsking] = useState<ReviewAction | undefined>();
  const [reason, setReason] = useState('');
  const [signer, setSigner] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [showLog, setShowLog] = useState(false);
  const [sendTo, setSendTo] = useState(0);
  const choices = asking ? sendChoices(asking) : [];
  const actions = status && user ? allowedActions(status.state, acting?.role ?? user.role, acting?.permissions ?? user.permissions) : [];

  const start = (action: ReviewAction) => {
    const transition = TRANSITIONS[action];
    if (!transition.needsReason && !transition.needsSigner && sendChoices(action).length === 0) return onTransition({ action });
    setReason('');
    setSendTo(0);
    setSigner(action === 'paperSign' ? '' : (user?.name ?? ''));
    setAsking(action);
  };
  const confirm = () => {
    if (!asking) return;
    onTransition({
      action: asking,
      reason: reason.trim() || undefined,
      signer: signer.trim() || undefined,
      signedOn,
      sentTo: choices[sendTo]?.sentTo,
    });
    setAsking(undefined);
  };

  return (
    <section className="review-bar" aria-label="审核">
      <span className="review-bar__user">
        {user ? `${user.name}（${user.unit || '未填科室'}，${USER_ROLE_LABELS[user.role]}）` : '未填写用户'}
        <button type="button" onClick={onSwitchUser}>
          切换用户
        </button>
        <button type="button" onClick={onKeys}>
          签名与密钥
        </button>
      </span>
      {status && (
        <>
          <span className={isLocked(status.state) ? 'review-bar__state review-bar__state--locked' : 'review-bar__state'}>
            审核状态：{REVIEW_STATE_LABELS[status.state]}
            {isLocked(status.state) && '（正文已锁定）'}
          </span>
          {actions.map((action) => (
            <button key={action} type="button" onClick={() => start(action)}>
              {TRANSITIONS[action].label}
            </button>
          ))}
          <button type="button" onClick={onToggleComments}>
            批注（{commentsOpen}）
          </button>
          <button type="button" onClick={() => setShowLog((shown) => !shown)} aria-expanded={showLog}>
            审核记录
          </button>
          <button type="button" onClick={onPrintReview}>
            打印审阅稿…
          </button>
          <button type="button" onClick={onExport}>
            导出草稿包
          </button>
        </>
      )}
      <button type="button" onClick={onImport}>
        导入草稿包
      </button>
      {asking && (
        <div className="review-bar__form" role="group" aria-label={TRANSITIONS[asking].label}>
          {choices.length > 0 && (
            <label>
              {asking === 'approve' ? '送签发：' : '送审核：'}
              <select value={sendTo} onChange={(event) => setSendTo(Number(event.target.value))}>
                {choices.map((choice, index) => (
                  <option key={choice.label} value={index}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {TRANSITIONS[asking].needsReason && (
            <input aria-label="理由" placeholder="请写明理由" value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
          )}
          {TRANSITIONS[asking].needsSigner && (
            <>
              <input
                aria-label={asking === 'paperSign' ? '签发领导' : '签发人'}
                placeholder={asking === 'paperSign' ? '在纸面上签发的领导' : '签发人'}
                value={signer}
                onChange={(event) => setSigner(event.target.value)}
              />
              <DateInput label="签发日期" value={signedOn} onChange={setSignedOn} />
            </>
          )}
          <button type="button" onClick={confirm}>
            确定{TRANSITIONS[asking].label}
          </button>
          <button type="button" onClick={() => setAsking(undefined)}>
            取消
          </button>
        </div>
      )}
      {status && status.pendingMerges.length > 0 && (
        <div className="review-bar__merges" role="alert">
          {status.pendingMerges.map((revision) => (
            <p key={revision.id}>
              {status.afterSigning?.includes(revision.id)
                ? `签发后修改：${revision.author} 于 ${localTime(revision.time)} 在已签发的稿上做的修改，另作一条线，未改动签发稿。要采用，请先撤回签发，再逐段合并。`
                : `待合并：${revision.author} 于 ${localTime(revision.time)} 的修改。请逐段选定要保留的文字，合并成一个版本。`}
              <button type="button" onClick={() => onCompare(revision.id)}>
                与当前稿对照
              </button>
              <button type="button" onClick={() => onMerge(revision.id)}>
                逐段合并…
              </button>
            </p>
          ))}
        </div>
      )}
      {showLog && status && (
        <ol className="review-log" aria-label="审核记录">
          {status.log.length === 0 && <li>还没有审核记录。</li>}
          {status.log.map((event) => (
            <li key={event.id}>
              {localTime(event.time)} {event.actor}（{event.actorUnit || USER_ROLE_LABELS[event.actorRole]}）{TRANSITIONS[event.action].label}：
              {REVIEW_STATE_LABELS[event.from]} → {REVIEW_STATE_LABELS[event.to]}
              {event.reason && `，理由：${event.reason}`}
              {event.signer && `，签发人：${event.signer}，${event.signedOn}`}
              <span className={`review-log__verdict review-log__verdict--${event.verdict.kind}`}>{verdictLabel(event.verdict)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
