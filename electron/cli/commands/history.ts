import { existsSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import { Uuid, type RevisionKind, type RevisionSummary } from '../../../shared/model/draft';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

const KIND_LABELS: Record<RevisionKind, string> = {
  checkpoint: '手动保存',
  auto: '自动保存',
  restore: '恢复旧版本',
  import: '导入',
  merge: '合并',
  'case-update': '案件信息更新',
};

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

function describe(revision: RevisionSummary): string[] {
  return [
    `${localTime(revision.time)}  ${KIND_LABELS[revision.kind]}  ${revision.author}${revision.note ? `  ${revision.note}` : ''}`,
    `  版本 ${revision.id}  上一版本 ${revision.parents.join('、') || '无'}  校验值 ${revision.hash}`,
  ];
}

export const historyCommand: Command = {
  name: 'history',
  summary: '列出一份草稿的全部版本',
  usage: 'dafu history <草稿编号> [--json] [--db FILE]',
  options: { ...jsonOption, ...dbOption },
  allowPositionals: true,
  optionHelp: [jsonOptionHelp, dbOptionHelp],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个草稿编号（dafu history <草稿编号>）。');
    const [draftId] = positionals;
    if (!Uuid.safeParse(draftId).success) throw new UsageError(`“${draftId}”不是草稿编号。草稿编号形如 5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d。`);
    const database = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(database)) throw new UsageError(`找不到数据库文件：${database}`);
    const services = startCliServices(database);
    try {
      const result = await services.dispatch('revisions.list', { draftId });
      if (!result.ok) {
        io.err(`dafu history: ${result.error.message}`);
        return 1;
      }
      const revisions = result.value as RevisionSummary[];
      if (values.json) {
        io.out(JSON.stringify(revisions.map(({ id, parents, time, author, kind, note, hash }) => ({ id, parents, time, author, kind, note, hash }))));
      } else {
        revisions.flatMap(describe).forEach(io.out);
      }
      return 0;
    } finally {
      services.close();
    }
  },
};
