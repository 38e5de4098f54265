/** The settings sheet's sharing cell: the documented values, forgivingly read; anything else is never wider than private. */
import { SETTING_FIELDS, SHARING_LABEL, SHARING_LABEL_EN, parseSettings, parseSharing, settingsRows, SETTINGS_HEADER } from '../../src/core';

/** The sharing row's value cell as set-up lays the sheet out (header in row 1). */
const CELL = `B${SETTING_FIELDS.findIndex((f) => f.key === 'sharing') + 2}`;
const sheetWith = (sharing: string) => [SETTINGS_HEADER, ...settingsRows({ sharing })];

describe('parseSharing', () => {
  test.each([
    ['ทุกคนที่มีลิงก์', 'anyone'], ['ภายในองค์กร', 'domain'], ['ส่วนตัว', 'private'],
    ['anyone', 'anyone'], ['Domain', 'domain'], ['PRIVATE', 'private'],
    [SHARING_LABEL.anyone, 'anyone'], [SHARING_LABEL.domain, 'domain'], [SHARING_LABEL.private, 'private'],
    [SHARING_LABEL_EN.domain, 'domain'], ['Anyone with the link', 'anyone'],
    [' ส่วน ตัว', 'private'], ['ทุกคนใน องค์กร ที่มีลิงก์ดูได้', 'domain'], ['ภายในองค์กร (domain)', 'domain'],
    // What people write for each level (a security review's restricted words; a change review's public ones).
    ['ภายในหน่วยงาน', 'domain'], ['internal', 'domain'], ['เฉพาะในองค์กร', 'domain'], ['ภายใน', 'domain'], ['organisation', 'domain'],
    ['ไม่เผยแพร่', 'private'], ['เฉพาะผู้ได้รับสิทธิ์', 'private'],
    ['สาธารณะ', 'anyone'], ['public', 'anyone'], ['ทุกคน', 'anyone'], ['anyone with link', 'anyone'],
  ])('“%s” reads as %s', (value, mode) => {
    expect(parseSharing(value)).toBe(mode);
  });

  test.each(['ทุกคนในหน่วยงาน', 'แชร์ตามปกติ', 'ลิงก์', 'ภายในองค์กร (anyone)', 'ok'])(
    '“%s” is not understood', (value) => {
      expect(parseSharing(value)).toBeNull();
    },
  );
});

describe('parseSettings: sharing', () => {
  test('a value not understood shares privately, with a warning naming the cell and the accepted values in Thai and English', () => {
    const settings = parseSettings(sheetWith('ทุกคนในหน่วยงาน'), 'Asia/Bangkok');
    expect(settings.sharing).toBe('private');
    expect(settings.findings).toEqual([expect.objectContaining({
      severity: 'warning', code: 'SETTING_INVALID', sheet: 'ตั้งค่า', cell: CELL,
      message: `ชีต ตั้งค่า เซลล์ ${CELL}: ไม่รู้จักการแชร์ “ทุกคนในหน่วยงาน” จึงไม่เปลี่ยนการแชร์ของรายงานที่เผยแพร่แล้ว ส่วนรายงานที่ยังไม่เคยเผยแพร่จะแชร์แบบ “ส่วนตัว (เฉพาะผู้ที่ได้รับสิทธิ์)” ซึ่งจำกัดที่สุด ใช้ได้: `
        + '“ทุกคนที่มีลิงก์” / “anyone” (หรือ “ทุกคนที่มีลิงก์ดูได้”), “ภายในองค์กร” / “domain” (หรือ “ทุกคนในองค์กรที่มีลิงก์ดูได้”), “ส่วนตัว” / “private” (หรือ “ส่วนตัว (เฉพาะผู้ที่ได้รับสิทธิ์)”)',
    })]);
    expect(settings.findings?.[0].messageEn).toMatch(/^Sheet ตั้งค่า cell B\d+: the sharing “ทุกคนในหน่วยงาน” is not one the add-on knows, so a report already published keeps its sharing, and one published for the first time is shared as “private \(only people given access\)”/);
    expect(settings.sharingUnread).toBe(true);
  });

  test('a blank cell keeps set-up\'s default, anyone with the link, and a known value gives no warning', () => {
    expect(parseSettings(sheetWith(''), 'Asia/Bangkok')).toMatchObject({ sharing: 'anyone' });
    expect(parseSettings(sheetWith(''), 'Asia/Bangkok').findings).toBeUndefined();
    expect(parseSettings(sheetWith('ส่วนตัว (เฉพาะผู้ที่ได้รับสิทธิ์)'), 'Asia/Bangkok').findings).toBeUndefined();
    expect(parseSettings(null, 'Asia/Bangkok').sharing).toBe('anyone');
  });
});
