import { existsSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import type { CallOutput } from '../../../shared/api/contract';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

const TYPE_LABELS = { case: '案件', draft: '草稿' } as const;

export const searchCommand: Command = {
  name: 'search',
  summary: '在案件标题、提案原文和全部草稿中查找字词（一两个字也可以）',
  usage: 'dafu search QUERY [--json] [--db FILE]',
  options: { ...jsonOption, ...dbOption },
  allowPositionals: true,
  optionHelp: [jsonOptionHelp, dbOptionHelp],
  async run({ values, positionals }, io) {
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('请给出要查找的字词（dafu search 会议）。');
    const database = resolveDatabasePath(values.db as string | undefined);
    let result: CallOutput<'search.query'> = { total: 0, hits: [], incomplete: false };
    if (existsSync(database)) {
      const services = startCliServices(database);
      try {
        const answer = await services.dispatch('search.query', { query, limit: 200, waitForIndex: true });
        if (!answer.ok) throw new UsageError(answer.error.message);
        result = answer.value as CallOutput<'search.query'>;
      } finally {
        services.close();
      }
    }
    if (values.json) {
      io.out(JSON.stringify(result.hits.map(({ type, id, title, snippet }) => ({ type, id, title, snippet }))));
      return 0;
    }
    if (result.hits.length === 0) {
      io.out(`没有找到“${query}”。`);
      return 0;
    }
    io.out(`找到 ${result.total} 处${result.total > result.hits.length ? `，列出前 ${result.hits.length} 处` : ''}：`);
    for (const hit of result.hits) {
      const marked = hit.match
        ? `${hit.snippet.slice(0, hit.match.start)}【${hit.snippet.slice(hit.match.start, hit.match.end)}】${hit.snippet.slice(hit.match.end)}`
        : hit.snippet;
      io.out(`[${TYPE_LABELS[hit.type]}] ${hit.title}  ${hit.id}`);
      io.out(`  ${marked}`);
    }
    return 0;
  },
};
