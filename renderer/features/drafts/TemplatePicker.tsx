import { useState } from 'react';
import type { TemplateSummary } from '../../../shared/api/contract';
import { Dialog } from '../../components/Dialog';
import { TemplateManager } from './TemplateManager';

interface Props {
  templates: TemplateSummary[];
  onPick: (templateId: string) => void;
  onCancel: () => void;
  onChanged: () => void;
}

/** The gallery: one line on what each template is for, and its opening lines beside the list. */
export function TemplatePicker({ templates, onPick, onCancel, onChanged }: Props) {
  const shown = templates.filter((template) => !template.hidden);
  const [previewId, setPreviewId] = useState(shown[0]?.id);
  const [managing, setManaging] = useState(false);
  const preview = shown.find((template) => template.id === previewId);

  if (managing) return <TemplateManager templates={templates} onChanged={onChanged} onClose={() => setManaging(false)} />;
  return (
    <Dialog
      title="选择模板"
      wide
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={() => setManaging(true)}>
            管理模板…
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </>
      }
    >
      <div className="template-gallery">
        <ul className="template-list">
          {shown.map((template, index) => (
            <li key={template.id}>
              <button
                type="button"
                className="template-list__item"
                autoFocus={index === 0}
                onFocus={() => setPreviewId(template.id)}
                onMouseEnter={() => setPreviewId(template.id)}
                onClick={() => onPick(template.id)}
              >
                <strong>{template.name}</strong>
                <span>{template.origin === 'own' ? `我的模板 · ${template.description}` : template.description}</span>
              </button>
            </li>
          ))}
        </ul>
        {preview && (
          <figure className="template-preview" aria-label="模板预览">
            {preview.preview.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
            <figcaption>……</figcaption>
          </figure>
        )}
      </div>
    </Dialog>
  );
}
