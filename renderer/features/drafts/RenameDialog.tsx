import { useState } from 'react';
import { Dialog } from '../../components/Dialog';

/** F2: a name of the clerk's own for the draft list; left empty, the letter's title is shown. */
export function RenameDialog({ current, onRename, onClose }: { current: string; onRename: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(current);
  const submit = () => (name.trim() === current ? onClose() : onRename(name.trim()));
  return (
    <Dialog
      title="重命名草稿"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" onClick={submit}>
            确定
          </button>
        </>
      }
    >
      <label className="field-label">
        草稿名称（留空则用答复标题）
        <input
          autoFocus
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
        />
      </label>
    </Dialog>
  );
}
