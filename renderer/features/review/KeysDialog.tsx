import { useCallback, useEffect, useState } from 'react';
import type { KeyListImport, KeyStatus } from '../../../shared/api/keyCalls';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import { formatFingerprint } from '../../../shared/signing/port';
import { USER_PERMISSION_LABELS, USER_ROLE_LABELS } from '../../../shared/review/users';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { saveFile } from '../../components/saveFile';
import { pickFile } from '../imports/pickFile';
import { PinDialog } from './PinDialog';

interface Props {
  onClose: () => void;
  /** Runs a step that needs the PIN (see useSigning). */
  signing: <T>(work: () => Promise<T>) => Promise<T>;
  /** States were verified again: the open draft's may have changed. */
  onVerifiedAgain: () => void;
}

type Confirming = { text: string; repin: boolean; found: Extract<KeyListImport, { outcome: 'confirm' }> };

const day = (instant: string) => new Date(instant).toLocaleDateString('zh-CN');

function standing(personal: NonNullable<KeyStatus['personal']>): string {
  const certified = personal.certified;
  if (!certified) return '本机签名（未经单位认证）：在这台电脑上有效；请导出密钥申请交信息科认证。';
  if (certified.revokedAt) return `已于 ${day(certified.revokedAt)} 被信息科吊销，不能再签名。`;
  const permissions = certified.permissions.map((permission) => `、${USER_PERMISSION_LABELS[permission]}`).join('');
  return `已由单位认证：${certified.name}（${certified.unit || '未填科室'}，${USER_ROLE_LABELS[certified.role]}${permissions}）`;
}

/** 签名与密钥: the current user's key, the bureau key list this PC holds, importing a list and asking IT to certify. */
export function KeysDialog({ onClose, signing, onVerifiedAgain }: Props) {
  const [status, setStatus] = useState<KeyStatus | undefined>();
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState<Confirming | undefined>();
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState('');
  const [creating, setCreating] = useState(false);
  const refresh = useCallback(() => void call('keys.status', {}).then(setStatus, (error: unknown) => setNotice(errorMessage(error))), []);
  useEffect(refresh, [refresh]);

  const attempt = (work: () => Promise<unknown>) =>
    void work()
      .catch((error: unknown) => setNotice(errorMessage(error)))
      .finally(refresh);

  const imported = (result: KeyListImport) => {
    if (result.outcome !== 'imported') return;
    const changed = result.changed.map((item) => `「${item.title}」${REVIEW_STATE_LABELS[item.from]}→${REVIEW_STATE_LABELS[item.to]}`).join('；');
    setNotice(
      `${result.same ? '本机已有这份单位密钥清单，没有变化。' : `已导入单位密钥清单（${result.bureau}，第 ${result.serial} 版）。`}${changed ? `重新核验后状态有变：${changed}。` : ''}`,
    );
    setConfirming(undefined);
    onVerifiedAgain();
  };

  const importList = (repin: boolean) =>
    attempt(async () => {
      const file = await pickFile('.json,.dafukeys');
      if (!file) return;
      const text = await file.text();
      const result = await call('keys.importList', { text, repin });
      if (result.outcome === 'confirm') {
        setTyped('');
        setConfirming({ text, repin, found: result });
      } else imported(result);
    });

  const confirm = () =>
    confirming && attempt(async () => imported(await call('keys.importList', { text: confirming.text, repin: confirming.repin, fingerprint: typed })));

  const request = () =>
    attempt(async () => {
      const made = await signing(() => call('keys.request', { enrolmentCode: code.trim() || undefined }));
      saveFile(made.fileName, made.text, 'application/json');
      setNotice(`已导出密钥申请「${made.fileName}」，请交信息科认证。`);
    });

  const personal = status?.personal;
  return (
    <Dialog
      title="签名与密钥"
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          关闭
        </button>
      }
    >
      {!status?.canSign && status && <p>这里的数据库只在内存中，不能保存个人签名密钥。</p>}
      <section aria-label="个人签名密钥">
        <h3>我的个人签名密钥{status?.user ? `（${status.user.name}）` : ''}</h3>
        {!status?.user && <p>请先点「切换用户」填写您是谁。</p>}
        {status?.user && !personal && (
          <p>
            还没有。第一次审核、签发时会请您设置签名口令并生成；也可以现在生成：
            <button type="button" onClick={() => setCreating(true)}>
              生成个人签名密钥…
            </button>
          </p>
        )}
        {personal && (
          <>
            <p>
              指纹：<code>{formatFingerprint(personal.fingerprint)}</code>（{day(personal.createdAt)} 生成）
            </p>
            <p>{standing(personal)}</p>
            <p>
              <label>
                注册码（信息科给的，没有可不填）
                <input aria-label="注册码" value={code} onChange={(event) => setCode(event.target.value)} />
              </label>
              <button type="button" onClick={request}>
                导出密钥申请…
              </button>
            </p>
          </>
        )}
      </section>
      <section aria-label="单位密钥清单">
        <h3>单位密钥清单</h3>
        {status?.list ? (
          <p>
            {status.list.bureau}，第 {status.list.serial} 版（{day(status.list.issuedAt)} 签发），共 {status.list.keys} 把密钥。根密钥指纹：
            <code>{formatFingerprint(status.list.fingerprint)}</code>
          </p>
        ) : (
          <p>本机还没有。没有清单时，审核记录只在本机有效，显示为「本机签名（未经单位认证）」。</p>
        )}
        <button type="button" onClick={() => importList(false)}>
          导入单位密钥清单…
        </button>
        {status?.list && (
          <button type="button" onClick={() => importList(true)}>
            更换根密钥…
          </button>
        )}
      </section>
      {confirming && (
        <section aria-label="核对根密钥指纹" role="group">
          <p>
            {confirming.repin ? '要把本机认可的单位根密钥换成' : '这是本机第一次导入单位密钥清单'}：{confirming.found.bureau}，第 {confirming.found.serial} 版，
            {confirming.found.keys} 把密钥。根密钥指纹：
            <code>{formatFingerprint(confirming.found.fingerprint)}</code>
          </p>
          <p>请与信息科公布的指纹逐位核对。一致时，把信息科公布的指纹输入（或粘贴）在下面；不一致时不要导入，并告知信息科。</p>
          <input aria-label="信息科公布的根密钥指纹" value={typed} onChange={(event) => setTyped(event.target.value)} />
          <button type="button" onClick={confirm} disabled={!typed.trim()}>
            核对无误，导入
          </button>
        </section>
      )}
      {notice && <p role="status">{notice}</p>}
      {creating && (
        <PinDialog
          mode="create"
          onDone={() => {
            setCreating(false);
            refresh();
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </Dialog>
  );
}
