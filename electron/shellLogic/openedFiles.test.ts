import { describe, expect, it } from 'vitest';
import type { Notice } from './crashNotice';
import { createOpenedFiles } from './openedFiles';

function setup(files: Record<string, string>) {
  const shown: Notice[] = [];
  let notified = 0;
  const opened = createOpenedFiles({
    fileSize: (path) => {
      if (!(path in files)) throw new Error('ENOENT');
      return Buffer.byteLength(files[path]);
    },
    readFile: (path) => Buffer.from(files[path]),
    notify: () => (notified += 1),
    showError: (notice) => shown.push(notice),
    maxBytes: 10,
  });
  return { opened, shown, notified: () => notified };
}

describe('files the system asks the app to open', () => {
  it('wait until the page takes them, each once', () => {
    const { opened, notified } = setup({ 'D:\\收文\\答复.dafu': 'PK..' });
    opened.add('D:\\收文\\答复.dafu');
    expect(notified()).toBe(1);
    expect(opened.take()).toEqual([{ fileName: '答复.dafu', data: Buffer.from('PK..').toString('base64') }]);
    expect(opened.take()).toEqual([]);
  });

  it('tell the clerk when a file is missing or far too big, and hand nothing on', () => {
    const { opened, shown, notified } = setup({ '/tmp/huge.dafu': 'x'.repeat(11) });
    opened.add('/tmp/gone.dafu');
    opened.add('/tmp/huge.dafu');
    expect(shown.map((notice) => notice.message)).toEqual([
      '读不到“gone.dafu”。请确认文件还在、没有被其他程序占用，然后再打开一次。',
      '“huge.dafu”太大，不是答复函起草助手的草稿包。',
    ]);
    expect(notified()).toBe(0);
    expect(opened.take()).toEqual([]);
  });
});
