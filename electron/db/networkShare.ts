import { readFileSync } from 'node:fs';
import { resolve, win32 } from 'node:path';

/** Filesystems reached over the network, where WAL's shared-memory index is not safe. */
const NETWORK_FILESYSTEMS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  'sshfs',
  '9p',
  'afs',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
  'davfs',
  'fuse.davfs2',
  'fuse.rclone',
]);

export interface NetworkShare {
  /** What the path was recognised by, for the message. */
  kind: 'unc' | 'mount';
  /** The share (\\server\share) or the mount point. */
  where: string;
  filesystem?: string;
}

interface Mount {
  mountPoint: string;
  filesystem: string;
}

/** mountinfo escapes space, tab, newline and backslash as octal (\040 …). */
const unescapeMountField = (field: string) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** Parses /proc/self/mountinfo: the fields after " - " are the filesystem type and the source. */
export function parseMountinfo(text: string): Mount[] {
  return text.split('\n').flatMap((line) => {
    const [before, after] = line.split(' - ');
    if (!before || !after) return [];
    const mountPoint = before.split(' ')[4];
    const filesystem = after.split(' ')[0];
    return mountPoint && filesystem ? [{ mountPoint: unescapeMountField(mountPoint), filesystem }] : [];
  });
}

function isUnder(path: string, mountPoint: string): boolean {
  if (mountPoint === '/') return true;
  return path === mountPoint || path.startsWith(`${mountPoint}/`);
}

/**
 * Whether a database path lies on a network share: a UNC path (\\server\share\…, also the
 * \\?\UNC\ form) on any platform, or on Linux a path under an NFS/SMB/SSHFS mount. A mapped drive
 * letter cannot be told apart from a local disk without asking Windows, so it is not detected here.
 */
export function detectNetworkShare(file: string, platform: NodeJS.Platform, mountinfo?: string): NetworkShare | null {
  const unc = /^[\\/]{2}(?:[?.][\\/]UNC[\\/])?([^\\/?.][^\\/]*)[\\/]([^\\/]+)/i.exec(file);
  if (unc && !/^[\\/]{2}[?.][\\/](?!UNC[\\/])/i.test(file)) return { kind: 'unc', where: `\\\\${unc[1]}\\${unc[2]}` };
  if (platform === 'win32' || mountinfo === undefined) return null;
  const path = resolve(file);
  const mount = parseMountinfo(mountinfo)
    .filter((candidate) => isUnder(path, candidate.mountPoint))
    .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
  if (!mount || !NETWORK_FILESYSTEMS.has(mount.filesystem)) return null;
  return { kind: 'mount', where: mount.mountPoint, filesystem: mount.filesystem };
}

/** The same check against this machine: reads /proc/self/mountinfo on Linux. */
export function networkShareOf(file: string): NetworkShare | null {
  let mountinfo: string | undefined;
  if (process.platform === 'linux') {
    try {
      mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
    } catch {
      mountinfo = undefined;
    }
  }
  return detectNetworkShare(process.platform === 'win32' ? win32.resolve(file) : file, process.platform, mountinfo);
}

export function networkShareNotice(share: NetworkShare): string {
  const where = share.kind === 'unc' ? `网络共享 ${share.where}` : `网络磁盘 ${share.where}（${share.filesystem}）`;
  return `数据库放在${where}上。网络磁盘上多人或断网时容易损坏数据，本程序已改用较慢但稳妥的保存方式。建议把数据库放到本机磁盘，再用备份功能存到共享目录。`;
}
