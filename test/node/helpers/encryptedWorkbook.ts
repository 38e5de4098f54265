/**
 * The container Excel saves a password-protected workbook in: a Compound File Binary (version 3,
 * 512-byte sectors) holding the streams `EncryptionInfo` and `EncryptedPackage`
 * ([MS-OFFCRYPTO] §2.3.4.4; layout per [MS-CFB] §2.2 header, §2.3 FAT, §2.6 directory entries).
 * Both streams are 4,096 bytes, so they live in regular sectors and no mini stream is needed.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const STREAM_BYTES = 4096;

function directoryEntry(name: string, type: 0 | 1 | 2 | 5, fields: { left?: number; right?: number; child?: number; start?: number; size?: number }): Buffer {
  const entry = Buffer.alloc(128);
  if (type !== 0) {
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(entry, 0);
    entry.writeUInt16LE(encoded.length, 64);
  }
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black
  entry.writeUInt32LE(fields.left ?? NO_STREAM, 68);
  entry.writeUInt32LE(fields.right ?? NO_STREAM, 72);
  entry.writeUInt32LE(fields.child ?? NO_STREAM, 76);
  entry.writeUInt32LE(fields.start ?? (type === 5 ? END_OF_CHAIN : 0), 116);
  entry.writeUInt32LE(fields.size ?? 0, 120);
  return entry;
}

export function encryptedWorkbook(): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(STREAM_BYTES, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const perStream = STREAM_BYTES / SECTOR; // 8 sectors each: EncryptionInfo at 2, EncryptedPackage at 10
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  for (const first of [2, 2 + perStream]) {
    for (let s = first; s < first + perStream; s++) fat.writeUInt32LE(s === first + perStream - 1 ? END_OF_CHAIN : s + 1, s * 4);
  }
  const directory = Buffer.concat([
    directoryEntry('Root Entry', 5, { child: 1 }),
    // Siblings ordered by name length, then by upper-case name: EncryptionInfo (14) < EncryptedPackage (16).
    directoryEntry('EncryptionInfo', 2, { right: 2, start: 2, size: STREAM_BYTES }),
    directoryEntry('EncryptedPackage', 2, { start: 2 + perStream, size: STREAM_BYTES }),
    directoryEntry('', 0, {}),
  ]);
  const info = Buffer.alloc(STREAM_BYTES);
  info.writeUInt16LE(4, 0); // agile encryption, version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>').copy(info, 8);
  const packageStream = Buffer.alloc(STREAM_BYTES, 0x5a);
  packageStream.writeBigUInt64LE(BigInt(STREAM_BYTES - 8), 0);
  return Buffer.concat([header, fat, directory, info, packageStream]);
}
