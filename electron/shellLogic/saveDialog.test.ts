import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogFor } from './saveDialog';

describe('the save dialog for exported files', () => {
  it('offers the file’s own type first, in Chinese, in the Documents folder', () => {
    expect(saveDialogFor('关于加强食品安全监管的答复.docx', '/home/clerk/文档')).toEqual({
      title: '保存到',
      buttonLabel: '保存',
      defaultPath: join('/home/clerk/文档', '关于加强食品安全监管的答复.docx'),
      filters: [
        { name: 'Word 文档', extensions: ['docx'] },
        { name: '所有文件', extensions: ['*'] },
      ],
    });
    expect(saveDialogFor('答复.PDF', '/d').filters[0]).toEqual({ name: 'PDF 文件', extensions: ['pdf'] });
  });

  it('still saves a file of a kind it does not know', () => {
    expect(saveDialogFor('说明', '/d').filters).toEqual([{ name: '所有文件', extensions: ['*'] }]);
  });
});
