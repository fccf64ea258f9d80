import type { Page } from 'playwright-core';
import type { CertificateVerifyResponse, CertificationListResponse } from '@app/shared/api';
import { api, baseUrl, demoLogin, journey, phones, qrImage, settle, shot } from './helpers';

/** The demo worker's issued certificate (demo-journeys.seed.ts), from the finished demo class. */
const CERTIFICATE_NO = 'Y2026450900000001';
const FINISHED_SESSION = '00000000-0000-4000-8d00-000000009000';
const HOLDER = '黄秀梅';
const MASKED_HOLDER = '黄**';
const UNKNOWN_NO = 'Y2026450999999999';
const VERIFY = '/packages/catalogue/pages/verify/index';
/** The four steps, oldest first. */
const STEPS = ['已申请', '已安排考核', '考核通过', '已发证'];

/** The value next to `label` in the verification result. */
const infoValue = (page: Page, label: string) =>
  page
    .locator('.verify__result .info-row', {
      has: page.locator('.info-row__label', { hasText: new RegExp(`^${label}$`) }),
    })
    .locator('.info-row__value')
    .textContent();

journey(
  'journey: certification — the worker sees the certificate timeline, anyone can verify it',
  () => {
    const devices = phones();
    afterAll(() => devices.close());

    it('the demo worker opens 我的证书 and sees the issued certificate, its four steps, its number and a QR code', async () => {
      const { page } = await devices.open();
      const token = await demoLogin(page, 'worker');
      await page.waitForURL(/\/pages\/mine\/index/, { timeout: 15000 });
      await page.getByText('我的证书', { exact: true }).filter({ visible: true }).click();

      const card = page
        .locator('.cert-card', { hasText: CERTIFICATE_NO })
        .filter({ visible: true });
      await card.waitFor({ timeout: 15000 });
      await card.locator('.cert-card__head').getByText('母婴护理员').waitFor();
      await card.locator('.cert-card__head .cert-tag', { hasText: '已发证' }).waitFor();
      await card.getByText('职业技能等级认定 · 五级 / 初级工').waitFor();
      await card.locator('.cert-card__row', { hasText: '考核成绩' }).getByText('86 分').waitFor();
      await card
        .locator('.cert-card__row', { hasText: '发证机构' })
        .getByText('玉林市人力资源和社会保障局')
        .waitFor();
      await expect(card.locator('.timeline__label').allTextContents()).resolves.toEqual(STEPS);
      await expect(
        card.locator('.timeline__item--latest .timeline__label').textContent(),
      ).resolves.toBe('已发证');
      await card.locator('.cert-card__qr-no', { hasText: CERTIFICATE_NO }).waitFor();
      await qrImage(page, '.cert-card__qr');
      await card.getByLabel(`证书 ${CERTIFICATE_NO} 的查询二维码`).waitFor();
      await settle(page);
      await shot(page, 'certificate-mine');

      const mine = await api<CertificationListResponse>('GET', '/certifications/mine', token);
      const issued = mine.body.items.find((c) => c.certificateNo === CERTIFICATE_NO);
      expect(issued?.status).toBe('issued');
      expect(issued?.timeline.map((e) => e.status)).toEqual([
        'applied',
        'scheduled',
        'passed',
        'issued',
      ]);
    });

    it('the verification page the QR code opens says 证书真实有效 and shows the holder masked', async () => {
      // an employer scanning the code: any phone, nobody logged in
      const { page } = await devices.open();
      await page.goto(`${baseUrl}${VERIFY}?no=${encodeURIComponent(CERTIFICATE_NO)}`);
      await page.locator('.verify__banner').getByText('证书真实有效').waitFor({ timeout: 15000 });
      await expect(infoValue(page, '证书编号')).resolves.toBe(CERTIFICATE_NO);
      await expect(infoValue(page, '持证人')).resolves.toBe(MASKED_HOLDER);
      await expect(infoValue(page, '职业')).resolves.toBe('母婴护理员');
      await expect(infoValue(page, '等级')).resolves.toBe('五级 / 初级工');
      await expect(infoValue(page, '发证机构')).resolves.toBe('玉林市人力资源和社会保障局');
      expect(await page.content()).not.toContain(HOLDER);
      await settle(page);
      await shot(page, 'certificate-verify');

      const res = await api<CertificateVerifyResponse>(
        'GET',
        `/certificates/verify?no=${CERTIFICATE_NO}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.holderName).toBe(MASKED_HOLDER);
      expect(JSON.stringify(res.body)).not.toContain(HOLDER);

      // another number, typed in: not found, and nothing of the last result stays on screen
      await page
        .locator('.field', { hasText: '证书编号' })
        .first()
        .locator('input')
        .fill(UNKNOWN_NO);
      await page.getByText('查询', { exact: true }).filter({ visible: true }).click();
      await page
        .locator('.verify__failed')
        .getByText('未查到该证书，请核对证书编号')
        .waitFor({ timeout: 15000 });
      await expect(page.locator('.verify__result').count()).resolves.toBe(0);
      await settle(page);
      await shot(page, 'certificate-verify-unknown');

      const unknown = await api<{ code: string }>('GET', `/certificates/verify?no=${UNKNOWN_NO}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('CERTIFICATE_NOT_FOUND');
    });

    it('the admin finds it under 证书发放 → 已发证, and the trainer on the class’s 技能评价', async () => {
      const { page: admin } = await devices.open();
      await demoLogin(admin, 'admin');
      await admin.goto(`${baseUrl}/packages/admin/pages/certifications/index`);
      await admin.locator('.chips__item', { hasText: '已发证' }).filter({ visible: true }).click();
      const issued = admin
        .locator('.assessment-card', { hasText: CERTIFICATE_NO })
        .filter({ visible: true });
      await issued.waitFor({ timeout: 15000 });
      await issued.locator('.assessment-card__name', { hasText: HOLDER }).waitFor();
      await issued.locator('.tag', { hasText: '已发证' }).waitFor();
      await issued.getByText('八桂家政秋季班（已结业）', { exact: false }).waitFor();
      await settle(admin);
      await shot(admin, 'certificate-admin');

      const { page: trainer } = await devices.open();
      await demoLogin(trainer, 'trainer');
      await trainer.goto(
        `${baseUrl}/packages/trainer/pages/assessments/index?id=${encodeURIComponent(FINISHED_SESSION)}`,
      );
      const item = trainer
        .locator('.assessment-card', { hasText: HOLDER })
        .filter({ visible: true });
      await item.waitFor({ timeout: 15000 });
      await item.locator('.tag', { hasText: '已发证' }).waitFor();
      await item
        .locator('.assessment-card__row', { hasText: '证书编号' })
        .getByText(CERTIFICATE_NO)
        .waitFor();
      await item.locator('.assessment-card__row', { hasText: '成绩' }).getByText('86 分').waitFor();
      // an issued certificate has no step left for the trainer
      await expect(item.getByText('安排考核').count()).resolves.toBe(0);
      await expect(item.getByText('录入成绩').count()).resolves.toBe(0);
      await settle(trainer);
      await shot(trainer, 'certificate-assessments');
    });
  },
);
