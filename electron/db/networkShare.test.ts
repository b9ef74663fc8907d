import { describe, expect, it } from 'vitest';
import { detectNetworkShare, networkShareNotice, parseMountinfo } from './networkShare';

const MOUNTINFO = [
  '22 27 0:21 / /proc rw,relatime - proc proc rw',
  '27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw',
  '40 27 0:50 / /mnt/office rw,relatime - cifs //fs01/公文 rw,vers=3.0',
  '41 27 0:51 / /home/wang/nfs rw,relatime - nfs4 fs02:/export rw',
  '42 41 8:2 / /home/wang/nfs/local rw,relatime - ext4 /dev/sdb1 rw',
  '43 27 0:52 / /mnt/my\\040share rw,relatime shared:5 - fuse.sshfs wang@host: rw',
].join('\n');

describe('network share detection', () => {
  it('recognises UNC paths in both slash styles and the long \\\\?\\UNC\\ form', () => {
    expect(detectNetworkShare('\\\\fs01\\公文\\dafu.sqlite3', 'win32')).toEqual({ kind: 'unc', where: '\\\\fs01\\公文' });
    expect(detectNetworkShare('//fs01/share/dafu.sqlite3', 'win32')?.kind).toBe('unc');
    expect(detectNetworkShare('\\\\?\\UNC\\fs01\\share\\dafu.sqlite3', 'win32')?.where).toBe('\\\\fs01\\share');
  });

  it('does not take local Windows paths, long local paths or device paths for shares', () => {
    expect(detectNetworkShare('C:\\Users\\wang\\dafu.sqlite3', 'win32')).toBeNull();
    expect(detectNetworkShare('\\\\?\\C:\\Users\\wang\\dafu.sqlite3', 'win32')).toBeNull();
    expect(detectNetworkShare('\\\\.\\PhysicalDrive0', 'win32')).toBeNull();
  });

  it('finds the innermost mount of a Linux path and its filesystem', () => {
    expect(detectNetworkShare('/mnt/office/dafu.sqlite3', 'linux', MOUNTINFO)).toEqual({ kind: 'mount', where: '/mnt/office', filesystem: 'cifs' });
    expect(detectNetworkShare('/home/wang/nfs/dafu.sqlite3', 'linux', MOUNTINFO)?.filesystem).toBe('nfs4');
    expect(detectNetworkShare('/home/wang/nfs/local/dafu.sqlite3', 'linux', MOUNTINFO)).toBeNull();
    expect(detectNetworkShare('/home/wang/dafu.sqlite3', 'linux', MOUNTINFO)).toBeNull();
    expect(detectNetworkShare('/mnt/officer/dafu.sqlite3', 'linux', MOUNTINFO)).toBeNull();
  });

  it('decodes escaped mount points and skips malformed lines', () => {
    expect(parseMountinfo(`${MOUNTINFO}\ngarbage\n`).map((m) => m.mountPoint)).toContain('/mnt/my share');
    expect(detectNetworkShare('/mnt/my share/dafu.sqlite3', 'linux', MOUNTINFO)?.filesystem).toBe('fuse.sshfs');
  });

  it('explains in Chinese where the file is and what the app does about it', () => {
    expect(networkShareNotice({ kind: 'unc', where: '\\\\fs01\\公文' })).toMatch(/网络共享 \\\\fs01\\公文.*稳妥/);
  });
});
