import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocNumberRecord } from '../../../shared/api/docNumberCalls';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useBindCommands } from '../../commands/CommandsContext';

const dateTime = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

function VoidForm({ record, onVoided, onCancel }: { record: DocNumberRecord; onVoided: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = () => call('docNumbers.void', { id: record.id, reason }).then(onVoided, (error: unknown) => setProblem(errorMessage(error)));
  return (
    <form
      className="doc-numbers__void"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <input
        aria-label={`作废「${record.text}」的原因`}
        placeholder="作废原因，如：发文取消"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        autoFocus
      />
      <button type="submit" className="danger">
        确认作废
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
      {problem && <span role="alert">{problem}</span>}
    </form>
  );
}

/** 发文登记: every 发文字号 taken this year, by whom, for which draft; a number can be given back with a reason. */
export function DocNumberRegister({ onClose }: { onClose: () => void }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [records, setRecords] = useState<DocNumberRecord[]>([]);
  const [voiding, setVoiding] = useState<string | undefined>();
  const [problem, setProblem] = useState('');

  const refresh = useCallback(() => {
    call('docNumbers.list', { year }).then(setRecords, (error: unknown) => setProblem(errorMessage(error)));
  }, [year]);
  useEffect(refresh, [refresh]);

  return (
    <Dialog
      title="发文登记"
      onClose={onClose}
      wide
      actions={
        <button type="button" onClick={onClose}>
          关闭
        </button>
      }
    >
      <label className="doc-numbers__year">
        年度
        <input type="number" min={2000} max={9999} value={year} onChange={(event) => setYear(Number(event.target.value) || year)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      {records.length === 0 ? (
        <p>{year} 年还没有取过号。</p>
      ) : (
        <table className="doc-numbers" aria-label="已取的发文字号">
          <thead>
            <tr>
              <th>发文字号</th>
              <th>草稿</th>
              <th>取号人</th>
              <th>取号时间</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id} className={record.voided ? 'doc-numbers__voided' : undefined}>
                <td>
                  {record.text}
                  {record.provisional && (
                    <span className="doc-numbers__provisional" title="离线时取的号，下次同步时由单位服务器确认或改号">
                      （待确认）
                    </span>
                  )}
                </td>
                <td>{record.draftTitle}</td>
                <td>{record.issuedBy}</td>
                <td>{dateTime.format(new Date(record.issuedAt))}</td>
                <td>
                  {record.voided ? (
                    `已作废（${record.voided.by}，${dateTime.format(new Date(record.voided.at))}）：${record.voided.reason}`
                  ) : voiding === record.id ? (
                    <VoidForm
                      record={record}
                      onCancel={() => setVoiding(undefined)}
                      onVoided={() => {
                        setVoiding(undefined);
                        refresh();
                      }}
                    />
                  ) : (
                    <>
                      在用{' '}
                      <button type="button" onClick={() => setVoiding(record.id)}>
                        作废
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

/** 文件 → 发文登记, open from anywhere, a draft open or not. */
export function DocNumberRegisterCommand() {
  const [shown, setShown] = useState(false);
  const bindings = useMemo(() => ({ 'file.docNumbers': () => setShown(true) }), []);
  useBindCommands(bindings);
  return shown ? <DocNumberRegister onClose={() => setShown(false)} /> : null;
}
