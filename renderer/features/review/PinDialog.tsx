import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';

interface Props {
  /** `unlock`: the key exists and its PIN is asked; `create`: the user has no key here yet. */
  mode: 'unlock' | 'create';
  onDone: () => void;
  onClose: () => void;
}

/**
 * Asks for the signing PIN before a step is signed (it is then remembered for a few minutes), or,
 * for a user with no key on this PC, has them choose one and makes their key.
 */
export function PinDialog({ mode, onDone, onClose }: Props) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const creating = mode === 'create';
  const submit = async () => {
    if (creating && pin !== again) return setProblem('两次输入的签名口令不一样。');
    try {
      await (creating ? call('keys.create', { pin }) : call('keys.unlock', { pin }));
      onDone();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <FormDialog
      title={creating ? '设置签名口令' : '输入签名口令'}
      submitLabel={creating ? '生成个人签名密钥' : '确定'}
      onSubmit={() => void submit()}
      onClose={onClose}
      canSubmit={pin.length > 0}
    >
      <p>
        {creating
          ? '审核、签发都要用您的个人签名密钥签名。请设置一个签名口令（至少 6 位），密钥只存在这台电脑上，用它加密；签名时输入，几分钟内不再重复询问。'
          : '这一步要用您的个人签名密钥签名，请输入签名口令。'}
      </p>
      <label>
        签名口令
        <input type="password" aria-label="签名口令" value={pin} onChange={(event) => setPin(event.target.value)} autoFocus autoComplete="off" />
      </label>
      {creating && (
        <label>
          再输入一遍
          <input type="password" aria-label="再输入一遍" value={again} onChange={(event) => setAgain(event.target.value)} autoComplete="off" />
        </label>
      )}
      {problem && <p role="alert">{problem}</p>}
    </FormDialog>
  );
}
