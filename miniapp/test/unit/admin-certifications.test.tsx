import { screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AdminCertificationsPage from '../../src/packages/admin/pages/certifications/index';
import AdminDashboardPage from '../../src/packages/admin/pages/dashboard/index';
import AdminSessionsPage from '../../src/packages/admin/pages/sessions/index';
import { checkCertificateForm, defaultIssuer } from '../../src/packages/admin/certificate-form';
import { saveLogin } from '../../src/services/auth-store';
import { chinaToday } from '../../src/utils/catalogue';
import { page, pathOf, sentCalls, sentWith, serve, SESSION } from './catalogue-fixtures';
import { certification } from './certification-fixtures';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { click, field, messageUnder, renderSettled, type } from './ui';

const mockModal = Taro.showModal as unknown as jest.Mock;

const PASSED = certification({
  id: 'c3',
  workerName: '王五',
  status: 'passed',
  scheduledAt: '2026-12-20T01:30:00.000Z',
  place: '福绵区职业技能鉴定所',
  score: 88,
});
const APPLIED = certification({ id: 'c1', workerName: '张三', status: 'applied' });

const ISSUE = '/certifications/c3/issue';

function serveCertifications(issue: () => { statusCode: number; data: unknown }) {
  serve((method, path) => {
    if (method === 'GET' && path.startsWith('/admin/certifications?')) {
      return path.includes('status=passed') ? page([PASSED]) : page([APPLIED, PASSED]);
    }
    if (method === 'POST' && path === ISSUE) return issue();
    return undefined;
  });
}

const card = (name: string) => screen.getByText(name).closest('.assessment-card') as HTMLElement;
const inputOf = (label: string, scope?: HTMLElement) =>
  field(label, scope).querySelector('input') as HTMLInputElement;
const issued = () =>
  sentWith('POST')
    .filter((o) => pathOf(o) === ISSUE)
    .map((o) => o.data);

describe('证书发放', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  it('opens at 考核通过 and issues a certificate with the number, the region’s bureau and today', async () => {
    serveCertifications(() =>
      ok({
        certification: {
          ...PASSED,
          status: 'issued',
          certificateNo: 'S000045090100123',
          issuer: '玉林市人力资源和社会保障局',
          issuedOn: chinaToday(),
        },
      }),
    );
    await renderSettled(<AdminCertificationsPage />);
    expect(sentCalls()).toEqual(['GET /admin/certifications?status=passed&page=1&pageSize=20']);
    expect(document.querySelector('.chips__item--on')?.textContent).toBe('考核通过');
    expect(within(card('王五')).getByText('福绵裁缝12月班（福绵职业技能培训学校）')).toBeTruthy();
    expect(within(card('王五')).getByText('88 分')).toBeTruthy();

    await click('发证', card('王五'));
    const form = card('王五');
    expect(inputOf('发证机构', form).value).toBe('玉林市人力资源和社会保障局');
    expect(
      (field('发证日期', form).querySelector('input[data-mode]') as HTMLInputElement).value,
    ).toBe(chinaToday());

    await click('确认发证', form);
    expect(messageUnder('证书编号', form)).toBe('请填写证书编号');
    expect(issued()).toEqual([]);

    type('证书编号', ' s0000 45090100123 ', form);
    await click('确认发证', form);

    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('王五') }),
    );
    expect(issued()).toEqual([
      {
        certificateNo: 'S000045090100123',
        issuer: '玉林市人力资源和社会保障局',
        issuedOn: chinaToday(),
      },
    ]);
    // Issued: it leaves the 考核通过 list.
    expect(screen.queryByText('王五')).toBeNull();
    expect(screen.getByText('没有“考核通过”的申请。')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '证书已发放' }));
  });

  it('shows a number already in use under the number box and keeps the form', async () => {
    serveCertifications(() => fail(409, 'CERTIFICATE_NO_TAKEN', '该证书编号已被使用'));
    await renderSettled(<AdminCertificationsPage />);
    await click('发证', card('王五'));
    type('证书编号', 'S000045090100123', card('王五'));
    await click('确认发证', card('王五'));

    expect(issued()).toHaveLength(1);
    expect(messageUnder('证书编号', card('王五'))).toBe('该证书编号已被使用');
    expect(document.querySelector('.form-error')).toBeNull();
    expect(within(card('王五')).getByText('确认发证')).toBeTruthy();

    // Typing another number clears the message.
    type('证书编号', 'S000045090100124', card('王五'));
    expect(messageUnder('证书编号', card('王五'))).toBeNull();
  });

  it('sends nothing when the modal is cancelled', async () => {
    serveCertifications(() => ok({}));
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderSettled(<AdminCertificationsPage />);
    await click('发证', card('王五'));
    type('证书编号', 'S000045090100123', card('王五'));
    await click('确认发证', card('王五'));
    expect(issued()).toEqual([]);
    expect(within(card('王五')).getByText('确认发证')).toBeTruthy();
  });

  it('filters by status and sends an application still to be assessed to its session', async () => {
    serveCertifications(() => ok({}));
    await renderSettled(<AdminCertificationsPage />);
    await click('全部');
    expect(sentCalls()).toContain('GET /admin/certifications?page=1&pageSize=20');
    await click('去安排考核', card('张三'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/trainer/pages/assessments/index?id=s1&mode=review',
    });
  });
});

describe('the certificate form’s checks', () => {
  it('prefills the bureau of the admin’s region', () => {
    expect(defaultIssuer('450903')).toBe('福绵区人力资源和社会保障局');
    expect(defaultIssuer(null)).toBe('');
  });

  it('takes the server’s number format and no date after today', () => {
    const form = { certificateNo: 'S0001', issuer: '玉林市人社局', issuedOn: '2026-12-29' };
    const { errors } = checkCertificateForm(form, '2026-12-28');
    expect(errors).toEqual({
      certificateNo: '证书编号应为6到40位字母、数字或连字符',
      issuedOn: '发证日期不能晚于今天',
    });
    const fixed = checkCertificateForm(
      { ...form, certificateNo: 'gx-2026-000123', issuedOn: '2026-12-28' },
      '2026-12-28',
    );
    expect(fixed.input?.certificateNo).toBe('GX-2026-000123');
  });
});

describe('辖区班次 (admin)', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  it('lists the sessions in the admin’s region and opens each review page', async () => {
    serve((method, path) => {
      if (method !== 'GET') return undefined;
      if (path === '/me') return ok({ user: ADMIN });
      if (path.startsWith('/admin/sessions?')) return page([SESSION]);
      return undefined;
    });
    await renderSettled(<AdminSessionsPage />);
    expect(sentCalls()).toContain('GET /admin/sessions?page=1&pageSize=20');
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    await click('出勤情况');
    await click('结业审核');
    await click('技能评价');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/trainer/pages/roster/index?sessionId=s1&mode=review',
      '/packages/trainer/pages/completion/index?id=s1&mode=review',
      '/packages/trainer/pages/assessments/index?id=s1&mode=review',
    ]);
  });

  it('lists nothing for an account without a region', async () => {
    const noRegion = { ...ADMIN, regionCode: null };
    saveLogin({ ...WORKER_LOGIN, user: noRegion });
    serve((method, path) =>
      method === 'GET' && path === '/me' ? ok({ user: noRegion }) : undefined,
    );
    await renderSettled(<AdminSessionsPage />);
    expect(screen.getByText('你的账号还没有管辖地区，请联系上级管理员。')).toBeTruthy();
    expect(sentCalls().filter((c) => c.startsWith('GET /admin/sessions'))).toEqual([]);
  });

  it('is on the admin dashboard with 证书发放', async () => {
    await renderSettled(<AdminDashboardPage />);
    await click('辖区班次');
    await click('证书发放');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/admin/pages/sessions/index',
      '/packages/admin/pages/certifications/index',
    ]);
  });
});
