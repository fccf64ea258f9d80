import type { Page } from 'playwright-core';
import type {
  ApplicationListResponse,
  JobPage,
  JobResponse,
  NotificationListResponse,
  RecommendationListResponse,
} from '@app/shared/api';
import {
  acceptPicker,
  api,
  baseUrl,
  confirmModal,
  demoLogin,
  fillField,
  journey,
  phones,
  pick,
  poll,
  setSwitch,
  settle,
  shot,
  visibleText,
} from './helpers';

const TITLE = `住家月嫂${String(Date.now()).slice(-5)}`;

journey(
  'journey: jobs — an employer posts, a trained worker is recommended and applies, and is hired',
  () => {
    const devices = phones();
    let employer: Page;
    let employerToken = '';
    let worker: Page;
    let workerToken = '';
    let jobId = '';

    beforeAll(async () => {
      employer = (await devices.open()).page;
      employerToken = await demoLogin(employer, 'employer');
      worker = (await devices.open()).page;
      workerToken = await demoLogin(worker, 'worker');
    });
    afterAll(() => devices.close());

    it('the employer fills in 发布岗位, saves it and publishes it from 岗位管理', async () => {
      await employer.goto(`${baseUrl}/packages/employer/pages/job-edit/index`);
      await visibleText(employer, '岗位名称').waitFor({ timeout: 15000 });
      await fillField(employer, '岗位名称', TITLE);
      // The trade and place this journey is about: 母婴护理员 in 福绵区, which the demo worker holds
      // a certificate for and lives in.
      await pick(employer, '职业', '母婴护理员');
      await pick(employer, '县（区）', '广西壮族自治区', '玉林市', '福绵区');
      await fillField(employer, '详细地址', '福绵镇服装产业园8号');
      await fillField(employer, '最低月薪（元）', '6000');
      await fillField(employer, '最高月薪（元）', '8000');
      await fillField(employer, '工作时间', '住家，月休4天');
      await setSwitch(employer, '包住', true);
      await setSwitch(employer, '包吃', true);
      await fillField(employer, '招聘人数', '2');
      await pick(employer, '证书要求', '职业技能等级认定');
      await pick(employer, '最低等级', '五级 / 初级工及以上');
      await acceptPicker(employer, '截止日期');
      await fillField(employer, '岗位介绍', '照护产妇和新生儿，持母婴护理员证书优先。');
      await settle(employer);
      await shot(employer, 'job-form');
      await visibleText(employer, '保存草稿').click();

      const mine = await poll(
        () => api<JobPage>('GET', '/employer/jobs?pageSize=50', employerToken),
        (res) => res.body.items.some((j) => j.title === TITLE),
      );
      const draft = mine.body.items.find((j) => j.title === TITLE);
      jobId = draft?.id ?? '';
      // What the form saved, as the API has it.
      expect(draft).toMatchObject({
        status: 'draft',
        occupationCode: 'muying-huliyuan',
        regionCode: '450903',
        requiredCertificate: { type: '职业技能等级认定', minLevel: 5 },
        accommodation: true,
        meals: true,
        salaryMin: 6000,
        salaryMax: 8000,
        headcount: 2,
        description: '照护产妇和新生儿，持母婴护理员证书优先。',
      });

      await employer.goto(`${baseUrl}/packages/employer/pages/jobs/index`);
      const card = employer.locator('.card', { hasText: TITLE }).filter({ visible: true }).first();
      await card.waitFor({ timeout: 15000 });
      await card.getByText('发布', { exact: true }).click();
      await poll(
        () => api<JobResponse>('GET', `/jobs/${jobId}`),
        (res) => res.body.job?.status === 'open',
      );
      await employer.reload();
      await card.getByText('招聘中').waitFor({ timeout: 15000 });
      await settle(employer);
      await shot(employer, 'job-employer-list');
    });

    it('the worker finds it under 为你推荐 with the reasons, and applies', async () => {
      // opening the job recommended it to the workers it fits, the demo worker among them
      const recommended = await poll(
        () => api<RecommendationListResponse>('GET', '/recommendations/mine', workerToken),
        (res) => res.body.items.some((r) => r.job.id === jobId),
      );
      const mine = recommended.body.items.find((r) => r.job.id === jobId);
      expect(mine?.reasons).toEqual(
        expect.arrayContaining(['你已取得 母婴护理员 五级/初级工证书', '岗位在福绵区，离你近']),
      );

      await worker.goto(`${baseUrl}/pages/jobs/index`);
      await visibleText(worker, '为你推荐').waitFor({ timeout: 15000 });
      await worker.locator('.for-you .job-card').filter({ visible: true }).first().waitFor();
      const all = worker.getByText(/查看全部 \d+ 个推荐/).filter({ visible: true });
      if (await all.count()) await all.first().click();
      const card = worker
        .locator('.for-you .job-card', { hasText: TITLE })
        .filter({ visible: true })
        .first();
      await card.waitFor({ timeout: 15000 });
      await card.getByText('你已取得 母婴护理员 五级/初级工证书', { exact: false }).waitFor();
      await settle(worker);
      await shot(worker, 'job-for-you');

      await card.getByText(TITLE).click();
      await visibleText(worker, '岗位详情')
        .waitFor({ timeout: 15000 })
        .catch(() => undefined);
      await worker.getByText('投递', { exact: true }).filter({ visible: true }).first().click();
      await visibleText(worker, '已投递').waitFor({ timeout: 15000 });
      await settle(worker);
      await shot(worker, 'job-applied');
    });

    it('the employer moves the application to hired; the worker sees each step and the messages', async () => {
      await employer.goto(`${baseUrl}/packages/employer/pages/applicants/index?jobId=${jobId}`);
      const applicant = employer
        .locator('.applicant', { hasText: '黄秀梅' })
        .filter({ visible: true })
        .first();
      await applicant.waitFor({ timeout: 15000 });
      await applicant.getByText('标记已查看', { exact: true }).click();
      await applicant.getByText('发录用', { exact: true }).waitFor({ timeout: 15000 });
      await applicant.getByText('发录用', { exact: true }).click();
      await confirmModal(employer, '发录用');
      await applicant.getByText('办理入职', { exact: true }).waitFor({ timeout: 15000 });
      await applicant.getByText('办理入职', { exact: true }).click();
      await acceptPicker(employer, '入职日期');
      await acceptPicker(employer, '劳动合同');
      await settle(employer);
      await shot(employer, 'job-hire-form');
      await applicant.getByText('确认入职', { exact: true }).click();

      const hired = await poll(
        () => api<ApplicationListResponse>('GET', '/applications/mine', workerToken),
        (res) => res.body.items.some((a) => a.jobId === jobId && a.status === 'hired'),
      );
      const application = hired.body.items.find((a) => a.jobId === jobId);
      expect(application?.timeline.map((e) => e.status)).toEqual([
        'applied',
        'viewed',
        'offered',
        'hired',
      ]);
      await settle(employer);
      await shot(employer, 'job-hired');

      await worker.goto(`${baseUrl}/packages/worker/pages/applications/index`);
      const mine = worker.locator('.card', { hasText: TITLE }).filter({ visible: true }).first();
      await mine.waitFor({ timeout: 15000 });
      await mine.getByText('已入职').first().waitFor();
      await settle(worker);
      await shot(worker, 'job-my-applications');

      const inbox = await api<NotificationListResponse>('GET', '/notifications/mine', workerToken);
      const titles = inbox.body.items.map((n) => n.title);
      expect(titles).toEqual(
        expect.arrayContaining(['单位已查看你的投递', '录用通知', '入职登记']),
      );

      // The 入职登记 push opens 我的消息 with its id (nid): the app marks it read on the way in.
      const pushed = inbox.body.items.find((n) => n.title === '入职登记' && n.readAt === null);
      expect(pushed).toBeDefined();
      const nid = pushed?.id ?? '';
      await worker.goto(`${baseUrl}/packages/worker/pages/inbox/index?nid=${nid}`);
      const read = await poll(
        () => api<NotificationListResponse>('GET', '/notifications/mine', workerToken),
        (res) => res.body.items.some((n) => n.id === nid && n.readAt !== null),
      );
      expect(read.body.items.find((n) => n.id === nid)?.readAt).not.toBeNull();
      expect(read.body.unread).toBe(inbox.body.unread - 1);
      // …and the inbox lists it as read, with the others still unread.
      const message = worker.locator('.message', { hasText: '入职登记' }).filter({ visible: true });
      await message.first().waitFor({ timeout: 15000 });
      expect(await message.first().getAttribute('class')).not.toContain('message--unread');
      await visibleText(
        worker,
        read.body.unread > 0 ? `${read.body.unread} 条未读，点开即为已读` : '消息都已读过',
      ).waitFor({ timeout: 15000 });
      await settle(worker);
      await shot(worker, 'job-inbox');
    });
  },
);
