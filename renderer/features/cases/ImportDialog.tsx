import { useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { CASE_KIND_LABELS, CASE_ROLE_LABELS, type CaseKind } from '../../../shared/cases/caseModel';
import { proposersLine } from '../../../shared/cases/proposers';
import { IMPORT_COLUMNS, IMPORT_COLUMN_LABELS, type ColumnMapping, type ImportColumn } from '../../../shared/cases/importColumns';
import { call, errorMessage } from '../../api/client';
import { toBase64 } from '../../components/base64';
import { Dialog } from '../../components/Dialog';
import { pickFile } from '../imports/pickFile';
import { useStoppableRead } from '../imports/useStoppableRead';

interface Props {
  onClose: () => void;
  onImported: (summary: string) => void;
}

type Preview = CallOutput<'cases.importPreview'>;

/** 交办清单 import: choose the file, check how its columns were read (and correct them), then import. */
export function ImportDialog({ onClose, onImported }: Props) {
  const [file, setFile] = useState<{ name: string; base64: string } | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [kind, setKind] = useState<CaseKind | ''>('');
  const [session, setSession] = useState('');
  const [preview, setPreview] = useState<Preview | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { read, stop, reading } = useStoppableRead();

  const source = (requestId: string, chosen = file, columns = mapping) => ({
    requestId,
    fileName: chosen!.name,
    base64: chosen!.base64,
    ...(columns && { mapping: columns }),
    defaults: { ...(kind && { kind }), ...(session.trim() && { session: session.trim() }) },
  });

  const refresh = async (chosen = file, columns = mapping) => {
    if (!chosen) return;
    try {
      const next = await read((requestId) => call('cases.importPreview', source(requestId, chosen, columns)));
      if (!next) return;
      setPreview(next);
      setMapping(next.mapping);
      setProblem(undefined);
    } catch (error) {
      setPreview(undefined);
      setProblem(errorMessage(error));
    }
  };

  const choose = async () => {
    const picked = await pickFile('.xlsx,.csv');
    if (!picked) return;
    const chosen = { name: picked.name, base64: toBase64(new Uint8Array(await picked.arrayBuffer())) };
    setFile(chosen);
    setMapping(undefined);
    await refresh(chosen, undefined);
  };

  const setColumn = (index: number, column: ImportColumn | null) => {
    const next = (mapping ?? []).map((current, at) => (at === index ? column : current === column ? null : current));
    void refresh(file, next);
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await read((requestId) => call('cases.import', source(requestId)));
      if (!result) return;
      onImported(`已导入 ${result.imported.length} 件，重复 ${result.duplicates.length} 件（未重复登记），有问题未导入 ${result.rejected.length} 行。`);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const ready = preview && preview.missingColumns.length === 0 && preview.accepted.length > 0;
  return (
    <Dialog
      title="导入交办清单"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" disabled={!ready || busy} onClick={() => void run()}>
            {preview ? `导入 ${preview.accepted.length} 件` : '导入'}
          </button>
        </>
      }
    >
      <p>
        <button type="button" onClick={() => void choose()}>
          选择表格文件…
        </button>{' '}
        {file ? file.name : '支持 .xlsx 和 .csv；常见表头（提案号、案由、提案者、交办日期等）会自动识别。'}
      </p>
      <p className="import-defaults">
        <label>
          清单没有“类别”时：
          <select value={kind} onChange={(event) => setKind(event.target.value as CaseKind | '')} onBlur={() => void refresh()}>
            <option value="">按表头判断</option>
            {Object.entries(CASE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          没有“届次”时：
          <input value={session} placeholder="如 市政协十三届三次会议" onChange={(event) => setSession(event.target.value)} onBlur={() => void refresh()} />
        </label>
      </p>
      {reading && (
        <p role="status">
          正在读取清单……{' '}
          <button type="button" onClick={stop}>
            停止读取
          </button>
        </p>
      )}
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      {preview && (
        <div className="import-body">
          <table className="import-mapping">
            <caption>第 {preview.headerRow} 行是表头；每一列对应：</caption>
            <tbody>
              {preview.headers.map((header, index) => (
                <tr key={index}>
                  <th>{header || `（第 ${index + 1} 列）`}</th>
                  <td>
                    <select
                      aria-label={`“${header}”一列`}
                      value={mapping?.[index] ?? ''}
                      onChange={(event) => setColumn(index, (event.target.value || null) as ImportColumn | null)}
                    >
                      <option value="">不导入</option>
                      {IMPORT_COLUMNS.map((column) => (
                        <option key={column} value={column}>
                          {IMPORT_COLUMN_LABELS[column]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.missingColumns.length > 0 && (
            <p className="alert">还缺少：{preview.missingColumns.map((column) => IMPORT_COLUMN_LABELS[column]).join('、')}，请在上面指定。</p>
          )}
          <p>
            可导入 {preview.accepted.length} 件，重复 {preview.duplicates.length} 件，有问题 {preview.rejected.length} 行。
          </p>
          {preview.rejected.length > 0 && (
            <ul className="import-problems" aria-label="有问题的行">
              {preview.rejected.map((problemRow) => (
                <li key={problemRow.row}>
                  第 {problemRow.row} 行：{problemRow.reasons.join('；')}
                </li>
              ))}
            </ul>
          )}
          {preview.duplicates.length > 0 && (
            <ul className="import-problems" aria-label="重复的案件">
              {preview.duplicates.map((duplicate) => (
                <li key={duplicate.row}>
                  第 {duplicate.row} 行：{duplicate.number}「{duplicate.title}」{duplicate.inFile ? '在本表中出现过' : '已在台账中'}，不再重复登记
                </li>
              ))}
            </ul>
          )}
          <table className="case-table case-table--preview" aria-label="导入预览">
            <thead>
              <tr>
                <th>行</th>
                <th>编号</th>
                <th>标题</th>
                <th>提案者/代表</th>
                <th>承办</th>
                <th>交办日期</th>
                <th>办理期限</th>
              </tr>
            </thead>
            <tbody>
              {preview.accepted.slice(0, 50).map(({ row, facts }) => (
                <tr key={row}>
                  <td>{row}</td>
                  <td>{facts.number}</td>
                  <td>{facts.title}</td>
                  <td>{proposersLine(facts)}</td>
                  <td>{CASE_ROLE_LABELS[facts.role]}</td>
                  <td>{facts.assignedOn ?? ''}</td>
                  <td>{facts.dueOn ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
