import { useMemo, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call, errorMessage } from '../../api/client';
import { useBindCommands } from '../../commands/CommandsContext';
import { Dialog } from '../../components/Dialog';
import { ConnectServerDialog } from './ConnectServerDialog';
import { refreshSyncStatus } from './syncStatusStore';

type Report = CallOutput<'sync.now'>;

/** What a sync did, in a clerk's words. */
export function describeSync(report: Report): string[] {
  const { up, down, refused } = report;
  const lines = [
    `上传 ${up.revisions} 个版本、${up.events} 条审核记录、${up.comments} 条批注；下载 ${down.revisions} 个版本、${down.events} 条审核记录、${down.comments} 条批注。`,
  ];
  for (const draft of refused) lines.push(`《${draft.title}》没有同步：${draft.reason}`);
  if (report.keyList) lines.push(report.keyList);
  lines.push(`现在：${report.status.label}`);
  return lines;
}

/** 文件 → 连接单位服务器… and 立即同步, open from anywhere, a draft open or not. */
export function ServerCommands() {
  const [connecting, setConnecting] = useState(false);
  const [said, setSaid] = useState<string[]>();
  const bindings = useMemo(
    () => ({
      'file.connectServer': () => setConnecting(true),
      'file.syncNow': () => {
        setSaid(['正在同步……']);
        call('sync.now', {})
          .then(describeSync, (error: unknown) => [errorMessage(error)])
          .then((lines) => {
            setSaid(lines);
            refreshSyncStatus();
          });
      },
    }),
    [],
  );
  useBindCommands(bindings);
  return (
    <>
      {connecting && (
        <ConnectServerDialog
          onClose={() => setConnecting(false)}
          onConnected={(message) => {
            setConnecting(false);
            setSaid([message]);
          }}
        />
      )}
      {said && (
        <Dialog title="单位服务器" onClose={() => setSaid(undefined)} actions={<button onClick={() => setSaid(undefined)}>知道了</button>}>
          {said.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Dialog>
      )}
    </>
  );
}
