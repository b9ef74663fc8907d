import { useEffect, useState } from 'react';
import {
  describeRetention,
  describeRun,
  RetentionSettingsSchema,
  type RetentionRun,
  type RetentionSettings,
} from '../../../shared/retention/retentionSettings';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 版本精简: the policy in plain words, its settings, what it would remove now, and what it has removed. */
export function RetentionDialog({ onClose }: { onClose: () => void }) {
  const [settings, setSettings] = useState<RetentionSettings | undefined>();
  const [log, setLog] = useState<RetentionRun[]>([]);
  const [preview, setPreview] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const report = (error: unknown) => setMessage(errorMessage(error));

  useEffect(() => {
    call('retention.get', {}).then(({ settings, log }) => {
      setSettings(settings);
      setLog(log);
    }, report);
  }, []);

  const checked = settings && RetentionSettingsSchema.safeParse(settings);
  const problem = checked?.error?.issues[0]?.message;
  useEffect(() => {
    if (!checked?.success) return setPreview(undefined);
    let current = true;
    call('retention.preview', checked.data).then((result) => current && setPreview(result.message), report);
    return () => {
      current = false;
    };
  }, [JSON.stringify(settings)]);

  if (!settings) return null;
  const change = (patch: Partial<RetentionSettings>) => {
    setSettings({ ...settings, ...patch });
    setMessage(undefined);
  };
  const days = (value: string) => (value === '' ? 0 : Math.floor(Number(value)));

  const save = () => call('retention.save', settings).then(() => setMessage('设置已保存。'), report);
  const thinNow = async () => {
    if (!window.confirm(`${preview ?? ''}\n精简后不能撤销（今天的自动备份里仍有这些版本）。现在精简吗？`)) return;
    try {
      await call('retention.save', settings);
      const run = await call('retention.run', {});
      setLog([run, ...log]);
      setMessage(`${describeRun(run)}。`);
      setPreview((await call('retention.preview', settings)).message);
    } catch (error) {
      report(error);
    }
  };

  return (
    <Dialog
      title="版本精简"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void thinNow()} disabled={!!problem || !settings.enabled}>
            现在精简
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={!!problem}>
            保存设置
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      <p className="dialog__hint">边写边自动保存的版本很多，时间久了可以精简。每天打开软件时，做完当天的备份后自动精简一次；也可以在这里现在精简。</p>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(event) => change({ enabled: event.target.checked })} /> 精简自动保存的版本
      </label>
      <label className="field-label">
        最近几天内的自动版本全部保留（天）
        <input
          type="number"
          min={1}
          max={365}
          value={settings.keepAllDays || ''}
          disabled={!settings.enabled}
          onChange={(event) => change({ keepAllDays: days(event.target.value) })}
        />
      </label>
      <label className="field-label">
        几天内的每小时保留最后一个，更早的每天保留最后一个（天）
        <input
          type="number"
          min={1}
          max={3650}
          value={settings.hourlyDays || ''}
          disabled={!settings.enabled}
          onChange={(event) => change({ hourlyDays: days(event.target.value) })}
        />
      </label>
      {problem ? <p role="alert">{problem}</p> : <p aria-label="精简规则">{describeRetention(settings)}</p>}
      {preview && !problem && <p aria-label="精简预览">{preview}</p>}
      {message && <p role="status">{message}</p>}
      <h3>精简记录</h3>
      {log.length === 0 ? (
        <p>还没有精简过。</p>
      ) : (
        <ul className="template-manager" aria-label="精简记录">
          {log.map((run) => (
            <li key={run.at + run.trigger}>
              <span>
                {when(run.at)} · {describeRun(run)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
