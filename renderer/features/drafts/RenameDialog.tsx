import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';

/** F2: a name of the clerk's own for the draft list; left empty, the letter's title is shown. */
export function RenameDialog({ current, onRename, onClose }: { current: string; onRename: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(current);
  return (
    <FormDialog title="重命名草稿" submitLabel="确定" onSubmit={() => (name.trim() === current ? onClose() : onRename(name.trim()))} onClose={onClose}>
      <label className="field-label">
        草稿名称（留空则用答复标题）
        <input autoFocus value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
      </label>
    </FormDialog>
  );
}
