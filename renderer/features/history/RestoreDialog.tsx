import { Dialog } from '../../components/Dialog';

/** Asks before bringing an old version back, and says that nothing is lost by doing so. */
export function RestoreDialog({ label, onRestore, onClose }: { label: string; onRestore: () => void; onClose: () => void }) {
  return (
    <Dialog
      title="恢复旧版本"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" onClick={onRestore}>
            恢复
          </button>
        </>
      }
    >
      <p>要把正文恢复成「{label}」吗？</p>
      <p>现在的文字会先保存为一个版本，不会丢失；恢复本身也会在版本记录里记为新的一条，随时可以再换回来。</p>
    </Dialog>
  );
}
