import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CASE_KIND_LABELS,
  CASE_ROLE_LABELS,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  type CaseKind,
  type CaseRole,
  type CaseStatus,
  type CaseSummary,
} from '../../../shared/cases/caseModel';
import { chineseDate } from '../../../shared/cases/calendar';
import { proposersInBrief, proposersLine } from '../../../shared/cases/proposers';
import { DRAFT_PURPOSE_LABELS, OFFICIAL_LABELS } from '../../../shared/cases/caseAnswer';
import type { ListFilter } from '../../../shared/search/listFilter';
import { call, errorMessage } from '../../api/client';
import { ListFilterBar } from '../../components/ListFilterBar';
import { fromBase64 } from '../../components/base64';
import { saveFile } from '../../components/saveFile';
import { CaseDetail } from './CaseDetail';
import { countByStatus, deadlineTone, describeDeadline, filterCases, NO_FILTER, type DeskFilter } from './deskView';
import { ImportDialog } from './ImportDialog';

interface Props {
  /** A case to show at once (from search). */
  focusCaseId?: string;
  onOpenDraft: (draftId: string) => void;
  /** Import asked for from the menu: opens the dialog once per request. */
  importRequests: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The clerk's desk: every case by deadline, overdue in red, due within a week highlighted. */
export function CaseDesk({ focusCaseId, onOpenDraft, importRequests }: Props) {
  const [cases, setCases] = useState<CaseSummary[] | undefined>();
  const [filter, setFilter] = useState<DeskFilter>(NO_FILTER);
  const [listFilter, setListFilter] = useState<ListFilter>({});
  const [openId, setOpenId] = useState<string | undefined>(focusCaseId);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();

  const refresh = useCallback(() => void call('cases.list', listFilter).then(setCases, (error) => setNotice(errorMessage(error))), [listFilter]);
  useEffect(refresh, [refresh]);
  useEffect(() => setOpenId(focusCaseId), [focusCaseId]);
  useEffect(() => setImporting(importRequests > 0), [importRequests]);

  const shown = useMemo(() => filterCases(cases ?? [], filter), [cases, filter]);
  const counts = useMemo(() => countByStatus(cases ?? []), [cases]);
  const overdue = (cases ?? []).filter((item) => item.overdue).length;

  const exportRegister = async () => {
    try {
      const { fileName, base64 } = await call('cases.exportRegister', {});
      saveFile(fileName, fromBase64(base64) as BlobPart, XLSX_TYPE);
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  if (openId) {
    return <CaseDetail caseId={openId} onOpenDraft={onOpenDraft} onChanged={refresh} onClose={() => setOpenId(undefined)} />;
  }

  return (
    <section className="case-desk" aria-label="案件台账">
      <header className="case-desk__head">
        <h2>案件台账</h2>
        <button type="button" className="primary" onClick={() => setImporting(true)}>
          导入交办清单…
        </button>
        <button type="button" onClick={() => void exportRegister()} disabled={!cases?.length}>
          导出办理台账
        </button>
      </header>
      {notice && (
        <p role="status" className="case-desk__notice">
          {notice}
        </p>
      )}
      <p className="case-desk__counts" aria-label="各状态件数">
        共 {cases?.length ?? 0} 件
        {counts.map(([status, count]) => (
          <span key={status}>
            {CASE_STATUS_LABELS[status]} {count}
          </span>
        ))}
        {overdue > 0 && <span className="case-desk__overdue-count">超期 {overdue}</span>}
      </p>
      <div className="case-desk__filters">
        <select aria-label="类别" value={filter.kind} onChange={(event) => setFilter({ ...filter, kind: event.target.value as CaseKind | '' })}>
          <option value="">全部类别</option>
          {Object.entries(CASE_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select aria-label="状态" value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.target.value as CaseStatus | '' })}>
          <option value="">全部状态</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CASE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select aria-label="承办方式" value={filter.role} onChange={(event) => setFilter({ ...filter, role: event.target.value as CaseRole | '' })}>
          <option value="">主办、协办、会办</option>
          {Object.entries(CASE_ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={filter.overdueOnly} onChange={(event) => setFilter({ ...filter, overdueOnly: event.target.checked })} />
          只看超期
        </label>
      </div>
      <ListFilterBar value={listFilter} onChange={setListFilter} />
      {cases && cases.length === 0 ? (
        <p className="app__hint">
          {Object.keys(listFilter).length > 0 ? '没有符合筛选条件的案件。' : '台账里还没有案件。点「导入交办清单…」把交办的提案和建议一次导入。'}
        </p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th>办理期限</th>
              <th>类别</th>
              <th>编号</th>
              <th>标题</th>
              <th>提案者/代表</th>
              <th>承办</th>
              <th>答复函/意见</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => {
              const tone = deadlineTone(item);
              return (
                <tr key={item.id} className={`case-row case-row--${tone}`} data-overdue={item.overdue || undefined} onClick={() => setOpenId(item.id)}>
                  <td>
                    {item.dueOn ? chineseDate(item.dueOn) : '—'}
                    <span className="case-row__left">{describeDeadline(item)}</span>
                  </td>
                  <td>{CASE_KIND_LABELS[item.kind]}</td>
                  <td>{item.number}</td>
                  <td>
                    <button type="button" className="case-row__open" onClick={() => setOpenId(item.id)}>
                      {item.title}
                    </button>
                  </td>
                  <td title={proposersLine(item)}>{proposersInBrief(item)}</td>
                  <td>{CASE_ROLE_LABELS[item.role]}</td>
                  <td>
                    {item.answer && (
                      <button
                        type="button"
                        className="case-row__answer"
                        onClick={(event) => {
                          event.stopPropagation();
                          onOpenDraft(item.answer!.id);
                        }}
                      >
                        <span className={`case-badge case-badge--${item.answer.purpose}`}>{DRAFT_PURPOSE_LABELS[item.answer.purpose]}</span>
                        {item.answer.chosen && <span className="case-badge case-badge--official">{OFFICIAL_LABELS[item.answer.purpose]}</span>}
                        {item.answer.title}
                      </button>
                    )}
                    {item.answer && item.answer.candidates > 1 && !item.answer.chosen && (
                      <span className="case-row__left">
                        共 {item.answer.candidates} 份，未定{OFFICIAL_LABELS[item.answer.purpose]}
                      </span>
                    )}
                  </td>
                  <td>{CASE_STATUS_LABELS[item.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(summary) => {
            setImporting(false);
            setNotice(summary);
            refresh();
          }}
        />
      )}
    </section>
  );
}
