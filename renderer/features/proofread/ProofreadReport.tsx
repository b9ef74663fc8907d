import { DECISION_LABELS, type ReportRow } from '../../../shared/proofread/reports';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { saveSheet } from '../../components/saveSheet';
import { useState } from 'react';

/** 校对报告 for the 办公室's checking round: every finding of the letter with what was decided, as a sheet or on paper. */
export function ProofreadReport({ rows, onClose }: { rows: readonly ReportRow[]; onClose: () => void }) {
  const [message, setMessage] = useState('');
  const exportSheet = () => void call('proofread.exportReport', { rows: [...rows] }).then(saveSheet, (error) => setMessage(errorMessage(error)));
  return (
    <Dialog
      title="校对报告"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={exportSheet}>
            导出为表格
          </button>
          <button type="button" onClick={() => window.print()}>
            打印
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      <div className="proofread-report__scroll">
        <table className="proofread-report">
          <thead>
            <tr>
              <th>文稿</th>
              <th>校对类别</th>
              <th>摘录</th>
              <th>建议</th>
              <th>处理结果</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{row.letter}</td>
                <td>{row.rule}</td>
                <td>{row.excerpt}</td>
                <td>{row.suggestion}</td>
                <td>{DECISION_LABELS[row.decision]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted">这份答复没有校对提示。</p>}
      {message && <p role="status">{message}</p>}
    </Dialog>
  );
}
