import { screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  CertificateVerifyResponse,
  CertificationApplyRequest,
  CertificationView,
  EnrolmentView,
} from '@app/shared/api';
import VerifyPage from '../../src/packages/catalogue/pages/verify/index';
import CertificatesPage from '../../src/packages/worker/pages/certificates/index';
import MyEnrolmentsPage from '../../src/packages/worker/pages/enrolments/index';
import MinePage from '../../src/pages/mine/index';
import { qrDataUrl } from '../../src/components/qr-code';
import { saveLogin } from '../../src/services/auth-store';
import { pathOf, SESSION, sentCalls, sentWith, serve } from './catalogue-fixtures';
import { fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, renderSettled, type } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

const enrolment = (id: string, sessionId: string, title: string, occupationName = '缝纫工') =>
  ({
    id,
    sessionId,
    status: 'completed',
    waitlistPosition: null,
    nextLesson: null,
    attendance: null,
    priority: false,
    createdAt: '2026-11-01T02:00:00.000Z',
    session: { ...SESSION, id: sessionId, title, occupationName },
  }) satisfies EnrolmentView;

/** Completed: s1 (certificate issued), s2 (no application yet), s3 (failed, may retake). */
const DONE_S1 = enrolment('e1', 's1', '福绵裁缝12月班');
const DONE_S2 = enrolment('e2', 's2', '服装熨烫1月班', '服装熨烫');
const DONE_S3 = enrolment('e3', 's3', '福绵裁缝10月班');

const ISSUED: CertificationView = {
  id: 'c1',
  workerId: 'u1',
  workerName: '黄秀梅',
  sessionId: 's1',
  sessionTitle: '福绵裁缝12月班',
  providerName: '福绵职业技能培训学校',
  brandCode: 'fumian-tailor',
  occupationCode: 'sewing-worker',
  occupationName: '缝纫工',
  certificateType: '职业技能等级认定',
  level: 4,
  status: 'issued',
  appliedBy: 'worker',
  attempt: 1,
  scheduledAt: '2026-12-20T01:30:00.000Z',
  place: '福绵职业技能培训学校 3 楼考场',
  score: 86,
  certificateNo: 'GX2026-0001',
  issuer: '玉林市人力资源和社会保障局',
  issuedOn: '2026-12-28',
  // Out of order on purpose: the card lists them oldest first.
  timeline: [
    { status: 'scheduled', at: '2026-12-19T02:00:00.000Z', note: '2026-12-20 09:30 3 楼考场' },
    { status: 'applied', at: '2026-12-18T16:30:00.000Z', note: null },
    { status: 'passed', at: '2026-12-20T08:00:00.000Z', note: '86 分' },
    { status: 'issued', at: '2026-12-28T03:00:00.000Z', note: '证书编号 GX2026-0001' },
  ],
  next: { action: 'next_level', level: 3 },
  createdAt: '2026-12-18T16:30:00.000Z',
};

const FAILED: CertificationView = {
  ...ISSUED,
  id: 'c3',
  sessionId: 's3',
  sessionTitle: '福绵裁缝10月班',
  level: 5,
  status: 'failed',
  attempt: 2,
  score: 52,
  certificateNo: null,
  issuer: null,
  issuedOn: null,
  timeline: [
    { status: 'applied', at: '2026-10-30T02:00:00.000Z', note: null },
    { status: 'scheduled', at: '2026-10-31T02:00:00.000Z', note: null },
    { status: 'failed', at: '2026-11-05T02:00:00.000Z', note: '52 分' },
  ],
  next: { action: 'retake', level: 5 },
};

const SCHEDULED: CertificationView = {
  ...FAILED,
  id: 'c4',
  status: 'scheduled',
  attempt: 1,
  score: null,
  timeline: FAILED.timeline.slice(0, 2),
  next: null,
};

const applications = () =>
  sentWith('POST')
    .filter((o) => pathOf(o) === '/certifications')
    .map((o) => o.data as CertificationApplyRequest);

/** The card of one application or completed course, by its session's title. */
const card = (sessionTitle: string) =>
  screen.getByText(new RegExp(`^${sessionTitle} ·`)).closest('.cert-card') as HTMLElement;

describe('我的证书', () => {
  let mine: CertificationView[];
  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    mine = [ISSUED, FAILED];
  });

  /** The worker's applications and enrolments; POST /certifications answers `apply(body)`. */
  function serveCertificates(
    enrolments: EnrolmentView[],
    apply: (body: CertificationApplyRequest) => { statusCode: number; data: unknown },
  ) {
    serve((method, path, body) => {
      if (method === 'GET' && path === '/certifications/mine') return ok({ items: mine });
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items: enrolments });
      if (method === 'POST' && path === '/certifications') {
        return apply(body as CertificationApplyRequest);
      }
      return undefined;
    });
  }

  const created = (body: CertificationApplyRequest, from: CertificationView) => {
    const certification: CertificationView = {
      ...from,
      id: `new-${body.enrolmentId}`,
      status: 'applied',
      level: body.level ?? from.level,
      attempt: from.status === 'failed' ? from.attempt + 1 : 1,
      score: null,
      certificateNo: null,
      timeline: [{ status: 'applied', at: '2026-11-26T02:00:00.000Z', note: null }],
      next: null,
    };
    mine = [certification, ...mine.map((c) => (c.id === from.id ? { ...c, next: null } : c))];
    return ok({ certification });
  };

  it('shows each application with its type, level, status and a timeline oldest first', async () => {
    serveCertificates([DONE_S1, DONE_S3], () => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<CertificatesPage />);

    const issued = card('福绵裁缝12月班');
    expect(within(issued).getByText('缝纫工')).toBeTruthy();
    expect(within(issued).getByText('职业技能等级认定 · 四级 / 中级工')).toBeTruthy();
    expect(issued.querySelector('.cert-tag')?.textContent).toBe('已发证');
    expect(within(issued).queryByText(/次考核/)).toBeNull();
    expect(within(issued).getByText('86 分', { selector: '.cert-card__value' })).toBeTruthy();

    const steps = Array.from(issued.querySelectorAll('.timeline__item'));
    expect(steps.map((s) => s.querySelector('.timeline__label')?.textContent)).toEqual([
      '已申请',
      '已安排考核',
      '考核通过',
      '已发证',
    ]);
    // China time: 16:30 UTC on the 18th is 00:30 on the 19th.
    expect(steps.map((s) => s.querySelector('.timeline__time')?.textContent)).toEqual([
      '2026-12-19 00:30',
      '2026-12-19 10:00',
      '2026-12-20 16:00',
      '2026-12-28 11:00',
    ]);
    expect(steps[1].querySelector('.timeline__note')?.textContent).toBe(
      '2026-12-20 09:30 3 楼考场',
    );
    expect(steps[0].querySelector('.timeline__note')).toBeNull();
    expect(steps[3].className).toContain('timeline__item--latest');

    const failed = card('福绵裁缝10月班');
    expect(failed.querySelector('.cert-tag')?.textContent).toBe('未通过');
    expect(within(failed).getByText('职业技能等级认定 · 五级 / 初级工')).toBeTruthy();
    expect(within(failed).getByText('第 2 次考核')).toBeTruthy();
    expect(within(failed).getByText('52 分', { selector: '.cert-card__value' })).toBeTruthy();
  });

  it('shows the issued certificate: number, issuer, date and a QR code of its public 证书查询 page', async () => {
    serveCertificates([DONE_S1], () => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<CertificatesPage />);
    const issued = card('福绵裁缝12月班');
    const certificate = issued.querySelector('.cert-card__certificate') as HTMLElement;
    expect(
      within(certificate).getByText('GX2026-0001', { selector: '.cert-card__value' }),
    ).toBeTruthy();
    expect(within(certificate).getByText('玉林市人力资源和社会保障局')).toBeTruthy();
    expect(within(certificate).getByText('2026-12-28')).toBeTruthy();

    // H5 (jsdom): this page's origin.
    const address = 'http://localhost/packages/catalogue/pages/verify/index?no=GX2026-0001';
    expect(certificate.querySelector('.cert-card__qr img')?.getAttribute('src')).toBe(
      qrDataUrl(address),
    );
    expect(certificate.querySelector('.cert-card__qr-no')?.textContent).toBe('GX2026-0001');
  });

  it('shows the date, time and place of a scheduled assessment', async () => {
    mine = [SCHEDULED];
    serveCertificates([DONE_S3], () => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<CertificatesPage />);
    const scheduled = card('福绵裁缝10月班');
    expect(scheduled.querySelector('.cert-tag')?.textContent).toBe('已安排考核');
    expect(within(scheduled).getByText('2026-12-20 09:30')).toBeTruthy();
    expect(within(scheduled).getByText('福绵职业技能培训学校 3 楼考场')).toBeTruthy();
    expect(within(scheduled).queryByText(/分$/)).toBeNull();
    expect(scheduled.querySelector('.cert-card__action')).toBeNull();
  });

  it('offers 申请技能评价 for a completed course with no application, and applies after a confirmation', async () => {
    serveCertificates([DONE_S1, DONE_S2, DONE_S3], (body) =>
      created(body, {
        ...ISSUED,
        sessionId: 's2',
        sessionTitle: '服装熨烫1月班',
        occupationName: '服装熨烫',
        certificateType: '专项职业能力考核',
        level: null,
      }),
    );
    await renderSettled(<CertificatesPage />);
    // Only s2 has no application yet.
    expect(screen.getAllByText('申请技能评价')).toHaveLength(1);
    const apply = card('服装熨烫1月班');
    expect(apply.textContent).toContain('已结业');

    await click('申请技能评价', apply);

    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '申请技能评价',
        content: expect.stringContaining('服装熨烫'),
      }),
    );
    expect(applications()).toEqual([{ enrolmentId: 'e2' }]);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已提交申请', icon: 'success' });
    expect(screen.queryByText('申请技能评价')).toBeNull();
    const applied = card('服装熨烫1月班');
    expect(applied.querySelector('.cert-tag')?.textContent).toBe('已申请');
    expect(within(applied).getByText('专项职业能力考核')).toBeTruthy();
  });

  it('sends nothing when the worker does not confirm', async () => {
    serveCertificates([DONE_S2], () => fail(500, 'INTERNAL', 'unused'));
    mine = [];
    await renderSettled(<CertificatesPage />);
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('申请技能评价');
    expect(applications()).toEqual([]);
  });

  it('applies for a retake at the same level, and for the next level after a certificate', async () => {
    serveCertificates([DONE_S1, DONE_S3], (body) =>
      created(body, body.enrolmentId === 'e3' ? FAILED : ISSUED),
    );
    await renderSettled(<CertificatesPage />);

    await click('申请重考', card('福绵裁缝10月班'));
    expect(applications()).toEqual([{ enrolmentId: 'e3', level: 5 }]);
    expect(mockModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ content: expect.stringContaining('缝纫工（初级工）') }),
    );
    expect(screen.queryByText('申请重考')).toBeNull();
    expect(screen.getByText('第 3 次考核')).toBeTruthy();

    await click('申请高级工', card('福绵裁缝12月班'));
    expect(applications()[1]).toEqual({ enrolmentId: 'e1', level: 3 });
    expect(screen.queryByText('申请高级工')).toBeNull();
  });

  it('offers nothing next without the completed enrolment it would rest on', async () => {
    serveCertificates([], () => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<CertificatesPage />);
    expect(screen.queryByText('申请重考')).toBeNull();
    expect(screen.queryByText('申请高级工')).toBeNull();
  });

  it('shows the server’s message on the card when an application is refused', async () => {
    serveCertificates([DONE_S3], () =>
      fail(409, 'CERTIFICATION_OPEN', '这一等级已有进行中的评价申请'),
    );
    mine = [FAILED];
    await renderSettled(<CertificatesPage />);
    await click('申请重考');
    expect(within(card('福绵裁缝10月班')).getByText('这一等级已有进行中的评价申请')).toBeTruthy();
    expect(screen.getByText('申请重考')).toBeTruthy();
  });

  it('says where certificates will appear when there are none yet', async () => {
    mine = [];
    serveCertificates([], () => fail(500, 'INTERNAL', 'unused'));
    await renderSettled(<CertificatesPage />);
    expect(screen.getByText('结业后可申请技能评价，证书会显示在这里')).toBeTruthy();
  });

  it('shows the server’s message when the list cannot be loaded', async () => {
    serve((_method, path) =>
      path === '/certifications/mine'
        ? fail(503, 'DATABASE_UNAVAILABLE', '服务暂时不可用，请稍后再试')
        : ok({ items: [] }),
    );
    await renderSettled(<CertificatesPage />);
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
  });
});

const VERIFIED: CertificateVerifyResponse = {
  certificateNo: 'GX2026-0001',
  holderName: '黄**',
  occupationName: '缝纫工',
  certificateType: '职业技能等级认定',
  level: 4,
  issuer: '玉林市人力资源和社会保障局',
  issuedOn: '2026-12-28',
};

/** The value of the row labelled `label` on the result card. */
const infoValue = (label: string) =>
  screen.getByText(label, { selector: '.info-row__label' }).nextElementSibling?.textContent;

describe('证书查询 (public)', () => {
  function serveVerify() {
    serve((method, path) => {
      if (method !== 'GET') return undefined;
      if (path === '/certificates/verify?no=GX2026-0001') return ok(VERIFIED);
      if (path === '/certificates/verify?no=GX2026-9999') {
        return fail(404, 'CERTIFICATE_NOT_FOUND', '未查到该证书，请核对证书编号');
      }
      if (path === '/certificates/verify?no=MANY') {
        return fail(429, 'RATE_LIMITED', '查询太频繁，请一分钟后再试');
      }
      return undefined;
    });
  }

  it('looks the number of the address up at once, without a login, and shows the certificate', async () => {
    serveVerify();
    mockRouter.mockReturnValue({ params: { no: 'GX2026-0001' } });
    await renderSettled(<VerifyPage />);

    expect(sentCalls()).toEqual(['GET /certificates/verify?no=GX2026-0001']);
    const [request] = sentWith('GET');
    expect(request.header.authorization).toBeUndefined();
    expect(screen.getByText('证书真实有效')).toBeTruthy();
    expect(infoValue('证书编号')).toBe('GX2026-0001');
    expect(infoValue('持证人')).toBe('黄**');
    expect(infoValue('职业')).toBe('缝纫工');
    expect(infoValue('类别')).toBe('职业技能等级认定');
    expect(infoValue('等级')).toBe('四级 / 中级工');
    expect(infoValue('发证机构')).toBe('玉林市人力资源和社会保障局');
    expect(infoValue('发证日期')).toBe('2026-12-28');
    expect((document.querySelector('.field__input') as HTMLInputElement).value).toBe('GX2026-0001');
  });

  it('says so when no certificate has the number, and looks up a typed number on 查询', async () => {
    serveVerify();
    await renderSettled(<VerifyPage />);
    expect(sentCalls()).toEqual([]);

    await click('查询');
    expect(screen.getByText('请输入证书编号')).toBeTruthy();
    expect(sentCalls()).toEqual([]);

    type('证书编号', 'GX2026-9999');
    await click('查询');
    expect(screen.getByText('未查到该证书，请核对证书编号')).toBeTruthy();
    expect(screen.queryByText('证书真实有效')).toBeNull();

    type('证书编号', ' GX2026-0001 ');
    await click('查询');
    expect(screen.getByText('证书真实有效')).toBeTruthy();
    expect(screen.queryByText('未查到该证书，请核对证书编号')).toBeNull();
  });

  it('shows the server’s message when there are too many lookups', async () => {
    serveVerify();
    mockRouter.mockReturnValue({ params: { no: 'MANY' } });
    await renderSettled(<VerifyPage />);
    expect(screen.getByText('查询太频繁，请一分钟后再试')).toBeTruthy();
  });
});

describe('ways in: 我的培训 and 我的', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  const RUNNING: EnrolmentView = {
    ...DONE_S1,
    id: 'e9',
    sessionId: 's9',
    status: 'enrolled',
    session: {
      ...SESSION,
      id: 's9',
      title: '正在上课班',
      startDate: '2000-01-01',
      endDate: '2999-12-31',
    },
  };
  const NOT_YET: EnrolmentView = {
    ...RUNNING,
    id: 'e8',
    sessionId: 's8',
    session: { ...RUNNING.session, id: 's8', title: '下月开班', startDate: '2999-01-01' },
  };

  function serveEnrolments(items: EnrolmentView[], certifications: CertificationView[]) {
    serve((method, path) => {
      if (method === 'GET' && path === '/enrolments/mine') return ok({ items });
      if (method === 'GET' && path === '/certifications/mine') return ok({ items: certifications });
      return undefined;
    });
  }

  const item = (title: string) =>
    screen.getByText(title).closest('.my-enrolments__item') as HTMLElement;

  it('offers 扫码签到 for a class running now, and nothing yet for one not started', async () => {
    serveEnrolments([RUNNING, NOT_YET], []);
    await renderSettled(<MyEnrolmentsPage />);
    // No completed course: no need to ask for applications.
    expect(sentCalls()).toEqual(['GET /enrolments/mine']);
    expect(within(item('下月开班')).queryByText('扫码签到')).toBeNull();
    await click('扫码签到', item('正在上课班'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/check-in/index' });
  });

  it('offers 申请技能评价 for a completed course, and 查看证书 once applied', async () => {
    serveEnrolments([DONE_S1, DONE_S2], [ISSUED]);
    await renderSettled(<MyEnrolmentsPage />);
    expect(sentCalls()).toEqual(['GET /enrolments/mine', 'GET /certifications/mine']);
    expect(within(item('福绵裁缝12月班')).getByText('查看证书')).toBeTruthy();
    await click('申请技能评价', item('服装熨烫1月班'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/worker/pages/certificates/index',
    });
  });

  it('lists 我的证书 beside 我的培训 for a worker on 我的', async () => {
    serve((_method, path) => {
      if (path === '/me') return ok({ user: WORKER });
      if (path === '/notifications/mine') return ok({ items: [], unread: 0 });
      return undefined;
    });
    await renderSettled(<MinePage />);
    const rows = Array.from(document.querySelectorAll('.workspace-links__row')).map(
      (r) => r.textContent,
    );
    expect(rows.slice(0, 3)).toEqual(['我的培训›', '我的证书›', '个人信息›']);
    await click('我的证书');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/worker/pages/certificates/index',
    });
  });
});
