import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';

/** 另存为模板: the open letter's prose becomes a template; the facts filled in stay with this draft. */
export function SaveTemplateDialog({
  suggestedName,
  onSave,
  onClose,
}: {
  suggestedName: string;
  onSave: (name: string, description: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(suggestedName);
  const [description, setDescription] = useState('');
  return (
    <FormDialog title="另存为模板" submitLabel="保存" canSubmit={name.trim() !== ''} onSubmit={() => onSave(name.trim(), description.trim())} onClose={onClose}>
      <p className="dialog__hint">正文和要素位置存成模板；已填的要素内容（提案号、提案者等）不带入模板。</p>
      <label className="field-label">
        模板名称
        <input autoFocus value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field-label">
        一句话说明（可不填）
        <input value={description} maxLength={200} onChange={(event) => setDescription(event.target.value)} />
      </label>
    </FormDialog>
  );
}
