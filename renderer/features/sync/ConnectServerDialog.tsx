import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { refreshSyncStatus } from './syncStatusStore';

interface Props {
  onClose: () => void;
  onConnected: (message: string) => void;
}

/** 文件 → 连接单位服务器…: the address, the account, and the first time the 登记码 and the certificate's fingerprint from 信息科. */
export function ConnectServerDialog({ onClose, onConnected }: Props) {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [enrolmentCode, setEnrolmentCode] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const connect = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const account = await call('sync.connect', {
        url: url.trim(),
        user: user.trim(),
        password,
        ...(enrolmentCode.trim() ? { enrolmentCode: enrolmentCode.trim() } : {}),
        ...(fingerprint.trim() ? { fingerprint: fingerprint.trim() } : {}),
      });
      refreshSyncStatus();
      const key = account.certified ? '签名密钥已由单位认证' : account.keyPending ? '签名密钥等信息科批准' : '签名密钥尚未认证';
      onConnected(`已连接单位服务器：${account.name}（${account.unit}），${key}。`);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title="连接单位服务器"
      submitLabel={busy ? '正在连接…' : '连接'}
      canSubmit={!busy && !!url.trim() && !!user.trim() && !!password}
      onSubmit={() => void connect()}
      onClose={onClose}
    >
      <label>
        服务器地址
        <input value={url} placeholder="如 https://10.1.2.3:8443" onChange={(event) => setUrl(event.target.value)} autoFocus />
      </label>
      <label>
        用户名
        <input value={user} onChange={(event) => setUser(event.target.value)} />
      </label>
      <label>
        密码
        <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <label>
        登记码（第一次连接时填写信息科给的登记码）
        <input value={enrolmentCode} onChange={(event) => setEnrolmentCode(event.target.value)} />
      </label>
      <label>
        证书指纹（第一次连接时填写信息科公布的指纹）
        <input value={fingerprint} onChange={(event) => setFingerprint(event.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
    </FormDialog>
  );
}
