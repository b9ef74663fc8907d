import { useState } from 'react';
import { Dialog } from '../../components/Dialog';

/** Ctrl+S: a named version, with an optional note such as 「送科长审核前」. */
export function CheckpointDialog({ onSave, onClose }: { onSave: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  const submit = () => onSave(note.trim());
  return (
    <Dialog
      title="保存版本"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" onClick={submit}>
            保存
          </button>
        </>
      }
    >
      <label className="field-label">
        版本说明（可不填）
        <input
          autoFocus
          value={note}
          maxLength={500}
          placeholder="例如：送科长审核前"
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
        />
      </label>
    </Dialog>
  );
}
