import type { PushPayload } from '../../shared/api/pushEvents';
import type { Notice } from './crashNotice';

/** A file the system asked the app to open (double-click, second start), handed to the page as the push event openedFile. */
export type OpenedFile = PushPayload<'openedFile'>;

export interface OpenedFilesDeps {
  fileSize: (path: string) => number;
  readFile: (path: string) => Uint8Array;
  /** Tells the page that files are waiting; the page then takes them. */
  notify: () => void;
  showError: (notice: Notice) => void;
  maxBytes: number;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Files wait here until the page takes them: the first one arrives with the command line, long before
 * the page has loaded and started listening.
 */
export function createOpenedFiles(deps: OpenedFilesDeps) {
  const waiting: OpenedFile[] = [];
  return {
    add(path: string): void {
      const fileName = baseName(path);
      try {
        if (deps.fileSize(path) > deps.maxBytes) {
          deps.showError({ title: '无法打开文件', message: `“${fileName}”太大，不是答复函起草助手的草稿包。` });
          return;
        }
        waiting.push({ fileName, data: Buffer.from(deps.readFile(path)).toString('base64') });
      } catch {
        deps.showError({ title: '无法打开文件', message: `读不到“${fileName}”。请确认文件还在、没有被其他程序占用，然后再打开一次。` });
        return;
      }
      deps.notify();
    },
    take(): OpenedFile[] {
      return waiting.splice(0);
    },
  };
}
