import { useId, useRef, useState } from 'react';
import { chineseDate, localDate } from '../../shared/cases/calendar';
import { readDateEntry, type YearRule } from '../../shared/structure/dateEntry';

interface Props {
  /** Stored as YYYY-MM-DD; '' when empty. */
  value: string;
  onChange: (iso: string) => void;
  label: string;
  /** Which year a month and day alone take (see dateEntry.ts). */
  yearRule?: YearRule;
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * Every date field: shows 「2023年5月26日」 whatever the system's language, takes the ways clerks type
 * a date, keeps the calendar. A day that does not exist is named beside the field and not stored; the
 * field keeps what was typed so the clerk can correct it.
 */
export function DateInput({ value, onChange, label, yearRule = 'thisYear', disabled, autoFocus }: Props) {
  const [typed, setTyped] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [yearTaken, setYearTaken] = useState<number | undefined>();
  /** What was stored when the clerk began typing: a day that turns out not to exist leaves it as it was. */
  const before = useRef(value);
  const picker = useRef<HTMLInputElement>(null);
  const noteId = useId();

  // Read as the clerk types, so the letter follows; 「2月3」 on the way to 「2月30日」 is taken back.
  const read = (text: string, finished: boolean) => {
    const entry = readDateEntry(text, localDate(new Date()), yearRule);
    setYearTaken(entry.kind === 'date' ? entry.yearTaken : undefined);
    const store = (iso: string) => iso !== value && onChange(iso);
    if (entry.kind === 'empty' || entry.kind === 'date') {
      setProblem(undefined);
      store(entry.kind === 'date' ? entry.iso : '');
      if (finished) setTyped(undefined);
    } else if (entry.kind === 'impossible') {
      setProblem(`${entry.problem}，请核对（未保存）`);
      store(before.current);
    } else if (finished) {
      setProblem('请按「2023年5月26日」这样填写（未保存）');
      store(before.current);
    }
  };

  const note = problem ?? (yearTaken !== undefined ? `未写年份，按${yearTaken}年` : undefined);
  return (
    <span className="date-input">
      <input
        aria-label={label}
        aria-invalid={problem !== undefined}
        aria-describedby={note ? noteId : undefined}
        placeholder="如 2023年5月26日"
        value={typed ?? (value ? chineseDate(value) : '')}
        disabled={disabled}
        autoFocus={autoFocus}
        onFocus={() => (before.current = value)}
        onChange={(event) => {
          setTyped(event.target.value);
          read(event.target.value, false);
        }}
        onBlur={() => typed !== undefined && read(typed, true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && typed !== undefined) read(typed, true);
        }}
      />
      <button type="button" className="date-input__calendar" title={`从日历中选${label}`} disabled={disabled} onClick={() => picker.current?.showPicker()}>
        日历
      </button>
      <input
        ref={picker}
        type="date"
        className="date-input__picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          setTyped(undefined);
          setProblem(undefined);
          setYearTaken(undefined);
          onChange(event.target.value);
        }}
      />
      {note && (
        <span id={noteId} className={problem ? 'date-input__problem' : 'date-input__note'} role={problem ? 'alert' : undefined}>
          {note}
        </span>
      )}
    </span>
  );
}
