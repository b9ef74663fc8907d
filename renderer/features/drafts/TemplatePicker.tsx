import type { TemplateSummary } from '../../../shared/api/contract';

interface Props {
  templates: TemplateSummary[];
  onPick: (templateId: string) => void;
  onCancel: () => void;
}

export function TemplatePicker({ templates, onPick, onCancel }: Props) {
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onCancel}>
      <div role="dialog" aria-modal="true" aria-label="选择模板" className="dialog" onClick={(event) => event.stopPropagation()}>
        <h2>选择模板</h2>
        <ul className="template-list">
          {templates.map((template) => (
            <li key={template.id}>
              <button type="button" className="template-list__item" onClick={() => onPick(template.id)}>
                <strong>{template.name}</strong>
                <span>{template.description}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
