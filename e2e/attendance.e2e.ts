import type { BrowserContext, Page } from 'playwright-core';
import type {
  LessonQrResponse,
  QrCheckInResponse,
  RosterEntry,
  RosterResponse,
} from '@app/shared/api';
import { api, baseUrl, demoLogin, journey, phones, poll, qrImage, settle, shot } from './helpers';

/** The demo trainer's class running today (demo-journeys.seed.ts): 13 on the roll, 2 at risk. */
const SESSION = '00000000-0000-4000-8d00-000000009100';
const ROSTER = `/packages/trainer/pages/roster/index?sessionId=${SESSION}`;
/** Today's lesson, in progress from an hour ago. */
const TOPIC = '缝纫基础';
const DEMO_WORKER = '黄秀梅';
/** The seeded at-risk pair (absent, then excused, on the two days held before today). */
const AT_RISK = ['邓雪梅', '杨翠萍'];
/** The one exception to 全部出勤 today: one of the at-risk pair asks for leave again. */
const EXCUSED = '杨翠萍';

journey('journey: attendance — QR check-in, offline roll call that syncs, the at-risk list', () => {
  const devices = phones();
  let trainer: Page;
  let trainerContext: BrowserContext;
  let trainerToken: string;
  let lessonId: string;

  const roster = async () => {
    const res = await api<RosterResponse>(
      'GET',
      `/provider/sessions/${SESSION}/roster`,
      trainerToken,
    );
    expect(res.status).toBe(200);
    return res.body;
  };
  const entryOf = (data: RosterResponse, name: string): RosterEntry => {
    const entry = data.entries.find((e) => e.realName === name);
    if (!entry) throw new Error(`${name} is not on the roll`);
    return entry;
  };
  const markOf = (entry: RosterEntry) => entry.marks.find((m) => m.lessonId === lessonId);

  /** Opens the roster and picks today's lesson by its chip. */
  async function openRoster(): Promise<void> {
    await trainer.goto(`${baseUrl}${ROSTER}`);
    await trainer.locator('.roster-entry').first().waitFor({ timeout: 15000 });
    const chip = trainer.locator('.chips__item', { hasText: TOPIC }).filter({ visible: true });
    await chip.click();
    await trainer
      .locator('.chips__item--on', { hasText: TOPIC })
      .filter({ visible: true })
      .waitFor({ timeout: 5000 });
  }

  beforeAll(async () => {
    ({ context: trainerContext, page: trainer } = await devices.open());
    trainerToken = await demoLogin(trainer, 'trainer');
    const data = await roster();
    const now = Date.now();
    const running = data.lessons.find(
      (l) => Date.parse(l.startsAt) <= now && now < Date.parse(l.endsAt),
    );
    expect(running?.topic).toBe(TOPIC);
    lessonId = running?.id ?? '';
    expect(data.entries).toHaveLength(13);
    expect(markOf(entryOf(data, DEMO_WORKER))).toBeUndefined(); // nobody marked for today yet
  });
  afterAll(() => devices.close());

  it("the trainer shows the lesson's QR code; the demo worker types its code into 扫码签到 and is checked in", async () => {
    await openRoster();
    await trainer.getByText('签到二维码', { exact: true }).filter({ visible: true }).click();
    const codeText = trainer.locator('.lesson-qr__code').filter({ visible: true }).first();
    await codeText.waitFor({ timeout: 15000 });
    await qrImage(trainer, '.lesson-qr');
    // six digits under the QR, for workers who cannot scan (the QR itself carries the long token)
    expect((await codeText.textContent())?.trim()).toMatch(/^\d{6}$/);
    await trainer
      .getByText(/\d+ 秒后刷新/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await settle(trainer);
    await shot(trainer, 'attendance-qr');

    const { page: worker } = await devices.open();
    const workerToken = await demoLogin(worker, 'worker');
    await worker.goto(`${baseUrl}/packages/worker/pages/check-in/index`);
    const field = worker.locator('.field', { hasText: '输入签到码' }).first();
    await field.waitFor({ timeout: 15000 });
    // the code the trainer's screen shows now (it changes every 30 seconds; ±1 slot is accepted)
    const current = (await codeText.textContent())?.trim() ?? '';
    await field.locator('input').first().fill(current);
    await worker.getByText('提交签到码', { exact: true }).click();
    const result = worker.locator('.check-in__result--done');
    await result.getByText('签到成功').waitFor({ timeout: 15000 });
    // the lesson began over an hour ago: more than 10 minutes after the start counts as late
    await result.getByText(/^迟到 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor({ timeout: 5000 });
    await settle(worker);
    await shot(worker, 'attendance-check-in');

    const mark = markOf(entryOf(await roster(), DEMO_WORKER));
    expect(mark).toMatchObject({ status: 'late', method: 'qr' });
    // scanning again answers the mark already stored
    const qr = await api<LessonQrResponse>('GET', `/provider/lessons/${lessonId}/qr`, trainerToken);
    const again = await api<QrCheckInResponse>('POST', '/attendance/check-in', workerToken, {
      token: qr.body.token,
    });
    expect(again.status).toBeLessThan(300);
    expect(again.body).toMatchObject({ lessonId, status: 'late', markedAt: mark?.markedAt });
  });

  it('the trainer marks 全部出勤 and one 请假 offline, goes online, and the marks sync on their own', async () => {
    await openRoster();
    await trainer.getByText('点名已全部同步').filter({ visible: true }).first().waitFor();

    await trainerContext.setOffline(true);
    const offlineFrom = Date.now();
    await trainer.getByText('全部出勤', { exact: true }).filter({ visible: true }).click();
    await trainer
      .getByText('13 条未同步（网络不通，已保存在本机）')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    const card = trainer.locator('.roster-entry', { hasText: EXCUSED }).filter({ visible: true });
    await card.locator('.roster-entry__choice', { hasText: '请假' }).click();
    await card.locator('.roster-entry__status', { hasText: '请假' }).waitFor({ timeout: 5000 });
    // still 13 (the 请假 replaced 杨翠萍's 出勤), each one waiting
    await trainer
      .getByText('13 条未同步（网络不通，已保存在本机）')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    await expect(
      trainer.locator('.roster-entry__tag--pending').filter({ visible: true }).count(),
    ).resolves.toBe(13);
    await expect(
      trainer
        .locator('.roster-entry__status', { hasText: '出勤' })
        .filter({ visible: true })
        .count(),
    ).resolves.toBe(12);
    await settle(trainer);
    await shot(trainer, 'attendance-offline-excused');
    await trainer.locator('.roster__sync').filter({ visible: true }).scrollIntoViewIfNeeded();
    await settle(trainer);
    await shot(trainer, 'attendance-offline');
    // nothing reached the server
    expect(markOf(entryOf(await roster(), EXCUSED))).toBeUndefined();
    const onlineAt = Date.now();

    // back online: no tap, the page sends the queue when the network returns
    await trainerContext.setOffline(false);
    await trainer
      .getByText('点名已全部同步')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15000 });
    await expect(
      trainer.locator('.roster-entry__tag--pending').filter({ visible: true }).count(),
    ).resolves.toBe(0);
    await expect(
      trainer
        .locator('.roster-entry__tag', { hasText: '已同步' })
        .filter({ visible: true })
        .count(),
    ).resolves.toBe(13);
    await trainer.locator('.roster__sync').filter({ visible: true }).scrollIntoViewIfNeeded();
    await settle(trainer);
    await shot(trainer, 'attendance-synced');

    // stored with the statuses chosen, at the time they were marked (offline), not when they synced
    const data = await poll(roster, (d) => d.entries.every((e) => markOf(e)), 5000);
    for (const entry of data.entries) {
      const mark = markOf(entry);
      expect({ name: entry.realName, status: mark?.status }).toEqual({
        name: entry.realName,
        status: entry.realName === EXCUSED ? 'excused' : 'present',
      });
      const at = Date.parse(mark?.markedAt ?? '');
      expect(at).toBeGreaterThanOrEqual(offlineFrom - 1000);
      expect(at).toBeLessThanOrEqual(onlineAt);
    }
    // the roll call came after the scan, so it stands for the demo worker
    expect(markOf(entryOf(data, DEMO_WORKER))?.status).toBe('present');
  });

  it('the 预警名单 lists the two workers below the minimum attendance', async () => {
    await openRoster();
    const tab = trainer.locator('.roster__view', { hasText: '预警名单' }).filter({ visible: true });
    await tab.getByText('预警名单（2）').waitFor({ timeout: 15000 });
    await trainer.getByText('全部学员（13）').filter({ visible: true }).first().waitFor();
    await tab.click();
    const cards = trainer.locator('.at-risk').filter({ visible: true });
    await cards.first().waitFor({ timeout: 5000 });
    await expect(cards.locator('.at-risk__name').allTextContents()).resolves.toEqual(AT_RISK);
    // today's 请假 is counted: 杨翠萍 asked for leave twice now
    await cards
      .filter({ hasText: '杨翠萍' })
      .getByText('缺勤 1 次 · 请假 2 次')
      .waitFor({ timeout: 5000 });
    await cards.filter({ hasText: '邓雪梅' }).getByText('缺勤 1 次 · 请假 1 次').waitFor();
    await cards
      .first()
      .getByText(/出勤率 \d+%，低于结业要求 80%/)
      .waitFor();
    await settle(trainer);
    await shot(trainer, 'attendance-at-risk');

    const data = await roster();
    expect(
      data.entries
        .filter((e) => e.atRisk)
        .map((e) => e.realName)
        .sort(),
    ).toEqual([...AT_RISK].sort());
  });
});
