import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { ATTENDANCE_STATUS_LABELS, ENROLMENT_STATUS_LABELS } from '@app/shared/enums';
import { maskPhone } from '@app/shared/validators';
import { chinaDate } from '../src/common/china-time';
import { escapeXml, XLSX_CONTENT_TYPE } from '../src/common/xlsx';
import { AttendanceEntity } from '../src/modules/attendance/attendance.entity';
import { DEMO_ACCOUNTS, DEMO_PROVIDER_ID } from '../src/modules/auth/demo-accounts';
import { TrainingProviderEntity } from '../src/modules/organisations/training-provider.entity';
import { DEMO_GZ_PROVIDER_ID } from '../src/modules/training/training.seed';
import { demoLogin, expectError, uniqueValues } from './helpers/accounts';
import {
  insertEnrolment,
  insertSession,
  insertUser,
  type UserFixture,
} from './helpers/session-fixtures';
import { startTestApp, type TestApp } from './helpers/test-app';

const unique = uniqueValues();
const at = (days: number, time: string) => new Date(`${chinaDate(new Date(), days)}T${time}+08:00`);
/** The lesson column header: MM-DD HH:mm topic (China time). */
const lessonHeader = (days: number, time: string, topic: string) =>
  `${chinaDate(new Date(), days).slice(5)} ${time.slice(0, 5)} ${topic}`;

describe('attendance export (.xlsx)', () => {
  let t: TestApp;
  let trainer: string;
  let sessionId: string;
  const title = '福绵裁缝 & 缝纫<冬季>班';
  const workers: Record<'huang' | 'chen' | 'wang' | 'waiting', UserFixture & { phone: string }> =
    {} as never;

  const download = async (token?: string, id = sessionId) => {
    const res = await fetch(`${t.baseUrl}/api/v1/provider/sessions/${id}/attendance.xlsx`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes };
  };
  const parts = (bytes: Uint8Array) =>
    Object.fromEntries(
      Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
    );

  beforeAll(async () => {
    t = await startTestApp();
    trainer = (await demoLogin(t, 'trainer')).accessToken;
    const session = await insertSession(
      t,
      [
        { startsAt: at(-2, '09:00:00'), endsAt: at(-2, '12:00:00'), topic: '缝纫基础' },
        { startsAt: at(-1, '14:30:00'), endsAt: at(-1, '17:00:00'), topic: '熨烫' },
        { startsAt: at(1, '09:00:00'), endsAt: at(1, '12:00:00'), topic: '实操考核' },
      ],
      { title, address: '福绵镇服装产业园培训楼201', minAttendanceRate: 0.8 },
    );
    sessionId = session.id;
    const [basics, ironing] = session.lessonIds;
    const names = { huang: '黄秀梅', chen: '陈小红', wang: '王芳', waiting: '李候补' } as const;
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      const phone = unique.phone();
      workers[key] = {
        ...(await insertUser(t, ['worker'], { phone, realName: names[key] })),
        phone,
      };
    }
    const queued = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await insertEnrolment(t, sessionId, workers.huang.id, 'enrolled', { queuedAt: queued(30) });
    await insertEnrolment(t, sessionId, workers.chen.id, 'enrolled', {
      queuedAt: queued(20),
      assistedBy: DEMO_ACCOUNTS.trainer.id,
      assistReason: '不会用手机',
    });
    await insertEnrolment(t, sessionId, workers.wang.id, 'dropped', { queuedAt: queued(10) });
    await insertEnrolment(t, sessionId, workers.waiting.id, 'waitlisted');
    const mark = (lessonId: string, workerId: string, status: 'present' | 'late' | 'absent') => ({
      id: randomUUID(),
      lessonId,
      sessionId,
      workerId,
      status,
      method: 'roll_call' as const,
      markedBy: DEMO_ACCOUNTS.trainer.id,
      markedAt: new Date(),
      mutationId: null,
    });
    await t.db
      .getRepository(AttendanceEntity)
      .insert([
        mark(basics, workers.huang.id, 'present'),
        mark(ironing, workers.huang.id, 'late'),
        mark(basics, workers.chen.id, 'absent'),
      ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an xlsx download named after the session, never cached', async () => {
    const res = await download(trainer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(
      `attachment; filename="attendance.xlsx"; filename*=UTF-8''${encodeURIComponent('福绵裁缝 & 缝纫_冬季_班-出勤表.xlsx')}`,
    );
    expect(Buffer.from(res.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(Object.keys(parts(res.bytes)).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
  });

  it('出勤表: the session, provider, dates, address and minimum rate; one column per lesson; each worker on the roll with their marks', async () => {
    const files = parts((await download(trainer)).bytes);
    expect(files['xl/workbook.xml']).toContain('name="出勤表"');
    expect(files['xl/workbook.xml']).toContain('name="花名册"');
    const sheet = files['xl/worksheets/sheet1.xml'];
    const provider = await t.db
      .getRepository(TrainingProviderEntity)
      .findOneByOrFail({ id: DEMO_PROVIDER_ID });
    for (const text of [
      `${title} 出勤表`,
      `培训机构：${provider.name}`,
      `培训日期：${chinaDate(new Date(), -2)} 至 ${chinaDate(new Date(), 1)}`,
      '上课地点：福绵镇服装产业园培训楼201',
      '最低出勤率：80%（已上 2 / 共 3 次课）',
      '序号',
      '姓名',
      '报名状态',
      lessonHeader(-2, '09:00', '缝纫基础'),
      lessonHeader(-1, '14:30', '熨烫'),
      lessonHeader(1, '09:00', '实操考核'),
      '出勤次数',
      '出勤率',
      '黄秀梅',
      '陈小红',
      '王芳',
      ENROLMENT_STATUS_LABELS.enrolled,
      ENROLMENT_STATUS_LABELS.dropped,
      ATTENDANCE_STATUS_LABELS.present,
      ATTENDANCE_STATUS_LABELS.late,
      ATTENDANCE_STATUS_LABELS.absent,
      '—',
    ]) {
      expect({ text, found: sheet.includes(`>${escapeXml(text)}<`) }).toEqual({
        text,
        found: true,
      });
    }
    // the title is escaped, the title block merged across the sheet (3 + 3 lessons + 2 = 8 columns: A–H)
    expect(sheet).toContain('福绵裁缝 &amp; 缝纫&lt;冬季&gt;班');
    expect(sheet).toContain('<mergeCell ref="A1:H1"/>');
    // the waitlisted worker is not on the roll
    expect(sheet).not.toContain('李候补');

    const row = (name: string) => {
      const found = sheet.split('<row ').find((r) => r.includes(`>${name}<`)) ?? '';
      return [...found.matchAll(/<t[^>]*>([^<]*)<\/t>|<v>([^<]*)<\/v>/g)].map((m) => m[1] ?? m[2]);
    };
    // 序号, 姓名, 报名状态, three lessons, 出勤次数, 出勤率 (over the two lessons held so far)
    expect(row('黄秀梅')).toEqual(['1', '黄秀梅', '已报名', '出勤', '迟到', '—', '2', '1']);
    expect(row('陈小红')).toEqual(['2', '陈小红', '已报名', '缺勤', '—', '—', '0', '0']);
    expect(row('王芳')).toEqual(['3', '王芳', '未结业', '—', '—', '—', '0', '0']);
  });

  it('花名册: phones masked, enrolment time, status and assisted sign-up', async () => {
    const files = parts((await download(trainer)).bytes);
    const sheet = files['xl/worksheets/sheet2.xml'];
    for (const text of ['序号', '姓名', '手机号', '报名时间', '状态', '是否代报名']) {
      expect(sheet).toContain(`>${text}<`);
    }
    for (const w of [workers.huang, workers.chen, workers.wang]) {
      expect(sheet).toContain(`>${maskPhone(w.phone)}<`);
    }
    const everything = Object.values(files).join('\n');
    for (const w of Object.values(workers)) expect(everything).not.toContain(w.phone);
    const row = (name: string) => sheet.split('<row ').find((r) => r.includes(`>${name}<`)) ?? '';
    expect(row('陈小红')).toContain('>是<');
    expect(row('黄秀梅')).toContain('>否<');
    expect(row('黄秀梅')).toContain(`>${chinaDate(new Date(Date.now() - 30 * 60_000))} `);
  });

  it('an admin whose region covers the session may download it', async () => {
    const admin = (await demoLogin(t, 'admin')).accessToken; // 玉林市 450900 covers 福绵区 450903
    expect((await download(admin)).status).toBe(200);
  });

  it('another provider’s trainer and an admin elsewhere get 404; a worker or employer 403; nobody 401', async () => {
    const otherTrainer = await insertUser(t, ['trainer'], { providerId: DEMO_GZ_PROVIDER_ID });
    const guangzhouAdmin = await insertUser(t, ['admin'], { regionCode: '440100' });
    for (const token of [otherTrainer.token, guangzhouAdmin.token]) {
      const res = await download(token);
      expect(res.status).toBe(404);
      expectError(JSON.parse(Buffer.from(res.bytes).toString('utf8')), 'NOT_FOUND');
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    expect((await download(workers.huang.token)).status).toBe(403);
    expect((await download((await demoLogin(t, 'employer')).accessToken)).status).toBe(403);
    expect((await download(undefined)).status).toBe(401);
  });

  it('an unknown or malformed session id is 404', async () => {
    expect((await download(trainer, randomUUID())).status).toBe(404);
    expect((await download(trainer, 'not-a-uuid')).status).toBe(404);
  });
});
