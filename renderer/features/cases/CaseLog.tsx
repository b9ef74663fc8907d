import { useEffect, useState } from 'react';
import type { CaseLogEntry } from '../../../shared/merge/caseLog';
import { call, errorMessage } from '../../api/client';

interface Props {
  caseId: string;
  /** Changes when the case was saved or synced: the log is read again. */
  version: unknown;
}

const when = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

/** The case's 修改记录: who changed which fact when, from what to what, on whichever PC. */
export function CaseLog({ caseId, version }: Props) {
  const [entries, setEntries] = useState<CaseLogEntry[] | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    call('cases.log', { caseId }).then(setEntries, (error) => setNotice(errorMessage(error)));
  }, [caseId, version]);

  return (
    <section className="case-detail__row case-log" aria-label="修改记录">
      <h3>修改记录</h3>
      {notice && <p role="status">{notice}</p>}
      {entries && entries.length === 0 && <p className="case-log__empty">登记以来没有改过案件信息。</p>}
      {entries && entries.length > 0 && (
        <ul>
          {entries.map((entry, index) => (
            <li key={index}>
              <span className="case-log__who">
                {when(entry.at)} {entry.by}
              </span>{' '}
              「{entry.label}」{entry.from === null ? `改为 ${entry.to}` : `${entry.from} → ${entry.to}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
