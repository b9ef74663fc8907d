import { useState } from 'react';
import type { TemplateSummary } from '../../../shared/api/contract';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';

interface Props {
  templates: TemplateSummary[];
  onChanged: () => void;
  onClose: () => void;
}

/** 管理模板: the clerk's own can be renamed and deleted; built-ins can only be hidden and shown again. */
export function TemplateManager({ templates, onChanged, onClose }: Props) {
  const [message, setMessage] = useState<string | undefined>();
  const act = (work: Promise<unknown>) => void work.then(onChanged, (error) => setMessage(errorMessage(error)));
  const [renaming, setRenaming] = useState<{ id: string; name: string } | undefined>();
  const rename = (template: TemplateSummary, name: string) => {
    setRenaming(undefined);
    if (name.trim() && name.trim() !== template.name) act(call('templates.update', { templateId: template.id, name, description: template.description }));
  };
  const remove = (template: TemplateSummary) => {
    if (window.confirm(`删除模板「${template.name}」？用它写好的草稿不受影响。`)) act(call('templates.delete', { templateId: template.id }));
  };

  return (
    <Dialog
      title="管理模板"
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          返回
        </button>
      }
    >
      <ul className="template-manager">
        {templates.map((template) => (
          <li key={template.id}>
            {renaming?.id === template.id ? (
              <input
                autoFocus
                aria-label="新的模板名称"
                value={renaming.name}
                maxLength={40}
                onChange={(event) => setRenaming({ id: template.id, name: event.target.value })}
                onBlur={() => rename(template, renaming.name)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') rename(template, renaming.name);
                }}
              />
            ) : (
              <span className={template.hidden ? 'template-manager__hidden' : undefined}>
                {template.name}
                {template.origin === 'own' ? '（我的）' : template.hidden ? '（已隐藏）' : ''}
              </span>
            )}
            {template.origin === 'own' ? (
              <>
                <button type="button" onClick={() => setRenaming({ id: template.id, name: template.name })}>
                  改名
                </button>
                <button type="button" onClick={() => remove(template)}>
                  删除
                </button>
              </>
            ) : (
              <button type="button" onClick={() => act(call('templates.setHidden', { templateId: template.id, hidden: !template.hidden }))}>
                {template.hidden ? '恢复显示' : '隐藏'}
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && <p role="alert">{message}</p>}
    </Dialog>
  );
}
