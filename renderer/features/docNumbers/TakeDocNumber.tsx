import { useState } from 'react';
import { createPortal } from 'react-dom';
import { call, errorMessage } from '../../api/client';
import { DocNumberRegister } from './DocNumberRegister';

interface Props {
  draftId: string;
  onTaken: (text: string) => void;
}

/** 取号 beside the 发文字号 field: the next free number of the bureau's series, recorded in the 发文登记. */
export function TakeDocNumber({ draftId, onTaken }: Props) {
  const [message, setMessage] = useState('');
  const [register, setRegister] = useState(false);
  const take = async () => {
    try {
      const taken = await call('docNumbers.take', { draftId });
      onTaken(taken.text);
      setMessage(
        taken.alreadyHeld
          ? `本稿已取过号「${taken.text}」，已重新填入。要换号，请先在发文登记里作废它。`
          : taken.provisional
            ? `连不上单位服务器，先取了待确认的号「${taken.text}」。下次同步时由服务器确认；号已被别人用了时会换号，请届时核对。`
            : `已取号「${taken.text}」，记入发文登记。`,
      );
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <span className="take-doc-number">
      <button type="button" onClick={() => void take()}>
        取号
      </button>
      <button type="button" onClick={() => setRegister(true)}>
        发文登记
      </button>
      {message && <span role="status">{message}</span>}
      {/* Out of the field form, which sits in its own stacking context beside the letter. */}
      {register && createPortal(<DocNumberRegister onClose={() => setRegister(false)} />, document.body)}
    </span>
  );
}
