import { Fragment } from 'react';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { unfilledFields } from '../../../shared/fields/formatField';
import { TakeDocNumber } from '../docNumbers/TakeDocNumber';
import { own } from '../../../shared/lookup/own';
import type { YearRule } from '../../../shared/structure/dateEntry';
import { DateInput } from '../../components/DateInput';

interface Props {
  definitions: readonly FieldDefinition[];
  values: FieldValues;
  onChange: (name: string, value: string) => void;
  /** The open draft, for 取号 beside its 发文字号. */
  draftId?: string;
  onClose?: () => void;
}

/** Dates still to come: 「5月26日」 there means next year once this year's 5月26日 has gone by. */
const DEADLINES: ReadonlySet<string> = new Set(['expectedReplyOn', 'dueOn']);
const yearRule = (field: FieldDefinition): YearRule => (DEADLINES.has(field.name) ? 'upcoming' : 'thisYear');

function FieldInput({ field, value, onChange }: { field: FieldDefinition; value: string; onChange: (value: string) => void }) {
  const common = { 'aria-label': field.label, value, onChange: (event: { target: { value: string } }) => onChange(event.target.value) };
  switch (field.type) {
    case 'date':
      return <DateInput label={field.label} value={value} onChange={onChange} yearRule={yearRule(field)} />;
    case 'number':
      return <input inputMode="numeric" placeholder="如 011" {...common} />;
    case 'choice':
      return (
        <select {...common}>
          <option value="">请选择</option>
          {field.choices?.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
    default:
      return <input {...common} />;
  }
}

/**
 * The draft's facts beside the letter: what is typed here shows wherever the field stands in the text.
 * It locks with the letter (after 签发).
 */
export function FieldForm({ definitions, values, onChange, draftId, onClose }: Props) {
  const editable = useLexicalEditable();
  const fields = definitions.filter((field) => !field.follows);
  if (fields.length === 0) return null;
  const unfilled = unfilledFields(definitions, values).length;
  return (
    <section className="field-form" aria-label="填写要素">
      <header>
        <h2>
          填写要素<span className="field-form__count">{unfilled > 0 ? `还有 ${unfilled} 项没填` : '已全部填写'}</span>
        </h2>
        {onClose && (
          <button type="button" onClick={onClose} aria-label="关闭填写要素">
            关闭
          </button>
        )}
      </header>
      <fieldset disabled={!editable} title={editable ? undefined : '已签发，要素已锁定'}>
        {fields.map((field) => (
          <Fragment key={field.name}>
            <label className={`field-form__row${(own(values, field.name)?.trim() ?? '') === '' ? ' field-form__row--unfilled' : ''}`}>
              <span>{field.label}</span>
              <FieldInput field={field} value={own(values, field.name) ?? ''} onChange={(value) => onChange(field.name, value)} />
            </label>
            {field.name === 'docNumber' && draftId && <TakeDocNumber draftId={draftId} onTaken={(text) => onChange(field.name, text)} />}
          </Fragment>
        ))}
      </fieldset>
    </section>
  );
}
