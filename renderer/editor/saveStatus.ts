export type SaveStatus =
  { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'diverged' } | { kind: 'failed'; message: string };

const clock = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'dirty':
      return '有未保存的修改';
    case 'saving':
      return '正在保存…';
    case 'saved':
      return `已保存 ${clock.format(new Date(status.at))}`;
    case 'diverged':
      return '这份草稿已在别处修改，本窗口的修改已另存为并行版本。请重新打开草稿继续。';
    case 'failed':
      return `保存失败：${status.message}`;
  }
}
