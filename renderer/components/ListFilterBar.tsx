import { useState } from 'react';
import { REVIEW_STATES, REVIEW_STATE_LABELS, type ReviewState } from '../../shared/model/draft';
import type { ListFilter } from '../../shared/search/listFilter';
import { DateInput } from './DateInput';

interface Props {
  value: ListFilter;
  onChange: (filter: ListFilter) => void;
}

/** Drops the fields left empty, so an emptied field filters nothing rather than sending ''. */
function withField(filter: ListFilter, key: keyof ListFilter, value: string): ListFilter {
  const rest = { ...filter };
  delete rest[key];
  if (value === '') return rest;
  return { ...rest, [key]: key === 'reviewStates' ? [value as ReviewState] : value };
}

/** The filters of the draft list and the case desk: 成文日期 and 办理期限 ranges, review state, 答复类型. */
export function ListFilterBar({ value, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const active = Object.keys(value).length;
  const shown = open || active > 0;
  const set = (key: keyof ListFilter) => (text: string) => onChange(withField(value, key, text));
  return (
    <div className="list-filter">
      <div className="list-filter__head">
        {active > 0 ? (
          <span>已按 {active} 项筛选</span>
        ) : (
          <button type="button" aria-expanded={shown} onClick={() => setOpen(!open)}>
            筛选
          </button>
        )}
        {active > 0 && (
          <button type="button" onClick={() => (onChange({}), setOpen(false))}>
            清除筛选
          </button>
        )}
      </div>
      {shown && (
        <div className="list-filter__fields" role="group" aria-label="筛选条件">
          <div className="list-filter__row">
            <span>成文日期</span>
            <DateInput label="成文日期从" value={value.signedFrom ?? ''} onChange={set('signedFrom')} />
            <span>至</span>
            <DateInput label="成文日期至" value={value.signedTo ?? ''} onChange={set('signedTo')} />
          </div>
          <div className="list-filter__row">
            <span>办理期限</span>
            <DateInput label="办理期限从" yearRule="upcoming" value={value.dueFrom ?? ''} onChange={set('dueFrom')} />
            <span>至</span>
            <DateInput label="办理期限至" yearRule="upcoming" value={value.dueTo ?? ''} onChange={set('dueTo')} />
          </div>
          <label className="list-filter__row">
            审核状态
            <select value={value.reviewStates?.[0] ?? ''} onChange={(event) => set('reviewStates')(event.target.value)}>
              <option value="">全部</option>
              {REVIEW_STATES.map((state) => (
                <option key={state} value={state}>
                  {REVIEW_STATE_LABELS[state]}
                </option>
              ))}
            </select>
          </label>
          <label className="list-filter__row">
            答复类型
            <input size={4} placeholder="如 A" value={value.replyType ?? ''} onChange={(event) => set('replyType')(event.target.value.trim())} />
          </label>
        </div>
      )}
    </div>
  );
}
