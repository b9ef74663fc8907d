import type { TemplateSummary } from '../../../shared/api/contract';
import { Dialog } from '../../components/Dialog';

interface Props {
  templates: TemplateSummary[];
  onPick: (templateId: string) => void;
  onCancel: () => void;
}

export function TemplatePicker({ templates, onPick, onCancel }: Props) {
  return (
    <Dialog title="选择模板" onClose={onCancel} actions={<button type="button" onClick={onCancel}>取消</button>}>
      <ul className="template-list">
        {templates.map((template, index) => (
          <li key={template.id}>
            <button type="button" className="template-list__item" autoFocus={index === 0} onClick={() => onPick(template.id)}>
              <strong>{template.name}</strong>
              <span>{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
