import { COMMANDS, MENU_ORDER } from '../../shared/commands/commandList';
import { describeShortcut } from '../../shared/commands/shortcut';
import { Dialog } from './Dialog';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="快捷键一览"
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          关闭
        </button>
      }
    >
      <table className="shortcut-table">
        <tbody>
          {MENU_ORDER.flatMap((menu) =>
            COMMANDS.filter((command) => command.menu === menu && command.shortcut).map((command) => (
              <tr key={command.id}>
                <td>{menu}</td>
                <td>{command.label}</td>
                <td>
                  <kbd>{describeShortcut(command.shortcut as string)}</kbd>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </Dialog>
  );
}
