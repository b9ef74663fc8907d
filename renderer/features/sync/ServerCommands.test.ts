import { describe, expect, it } from 'vitest';
import { describeSync } from './ServerCommands';

const counts = (revisions: number, events: number, comments: number) => ({ drafts: 1, revisions, events, comments, cases: 0 });
const status = { state: 'synced' as const, pending: 0, label: '已同步', server: 'https://10.1.2.3:8443', user: '王晶', lastSyncAt: null };

describe('what a sync tells the clerk', () => {
  it('counts what went up and came down, names each draft the server refused and ends with the status', () => {
    const lines = describeSync({
      up: { ...counts(3, 1, 2), numbers: 0 },
      down: counts(5, 0, 1),
      refused: [{ draftId: 'd1', title: '关于第011号提案的答复', reason: '这份草稿已签发，服务器不再接受新的修改。' }],
      keyList: null,
      status,
    });
    expect(lines).toEqual([
      '上传 3 个版本、1 条审核记录、2 条批注；下载 5 个版本、0 条审核记录、1 条批注。',
      '《关于第011号提案的答复》没有同步：这份草稿已签发，服务器不再接受新的修改。',
      '现在：已同步',
    ]);
  });
});
