import { statfsSync } from 'node:fs';
import { resolve, sep } from 'node:path';

// statfs f_type magic numbers of network and FUSE file systems (Linux); WAL's shared memory is unsafe on them.
const NETWORK_FS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x5346414f, 'AFS'],
  [0x00c36400, 'Ceph'],
  [0x01021997, '9P'],
  [0x65735546, 'FUSE'],
  [0x47504653, 'GPFS'],
  [0x0bd00bd0, 'Lustre'],
]);

// Folders that desktop sync clients watch and upload file by file, which can tear a WAL database apart.
const SYNC_FOLDER_NAMES = [
  'dropbox',
  'onedrive',
  'google drive',
  'googledrive',
  'my drive',
  'icloud drive',
  'icloud~',
  'mobile documents',
  'box',
  'box sync',
  'pcloud drive',
  'nextcloud',
  'owncloud',
  'mega',
  'megasync',
  'synologydrive',
  'seafile',
  'tresorit',
];

function syncFolderIn(path: string): string | null {
  for (const part of resolve(path).split(sep)) {
    const lower = part.toLowerCase();
    if (SYNC_FOLDER_NAMES.includes(lower) || lower.startsWith('onedrive - ') || lower.startsWith('dropbox (')) return part;
  }
  return null;
}

/** Why a folder should use a rollback journal instead of WAL, or null for an ordinary local disk. */
export function sharedStorageReason(folder: string): string | null {
  const sync = syncFolderIn(folder);
  if (sync) return `it is inside the sync folder '${sync}'`;
  try {
    const fsType = NETWORK_FS.get(Number(statfsSync(folder).type));
    if (fsType) return `it is on a ${fsType} file system`;
  } catch {
    return null;
  }
  return null;
}
