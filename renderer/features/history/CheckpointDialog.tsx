import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';

/** Ctrl+S: a named version, with an optional note such as 「送科长审核前」. */
export function CheckpointDialog({ onSave, onClose }: { onSave: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <FormDialog title="保存版本" submitLabel="保存" onSubmit={() => onSave(note.trim())} onClose={onClose}>
      <label className="field-label">
        版本说明（可不填）
        <input autoFocus value={note} maxLength={500} placeholder="例如：送科长审核前" onChange={(event) => setNote(event.target.value)} />
      </label>
    </FormDialog>
  );
}
