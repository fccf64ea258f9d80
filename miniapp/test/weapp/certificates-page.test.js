const qrcode = require('qrcode-generator');
const { renderBuiltPage } = require('./built-page');
const { SESSION } = require('./catalogue-data');
const { WORKER, signedIn } = require('./users');

const completed = (id, sessionId, title, occupationName) => ({
  id,
  sessionId,
  status: 'completed',
  waitlistPosition: null,
  nextLesson: null,
  attendance: null,
  priority: false,
  createdAt: '2026-11-01T02:00:00.000Z',
  session: { ...SESSION, id: sessionId, title, occupationName },
});

const ISSUED = {
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
  place: '3 楼考场',
  score: 86,
  certificateNo: 'GX2026-0001',
  issuer: '玉林市人力资源和社会保障局',
  issuedOn: '2026-12-28',
  timeline: [
    { status: 'applied', at: '2026-12-18T16:30:00.000Z', note: null },
    { status: 'scheduled', at: '2026-12-19T02:00:00.000Z', note: '2026-12-20 09:30 3 楼考场' },
    { status: 'passed', at: '2026-12-20T08:00:00.000Z', note: '86 分' },
    { status: 'issued', at: '2026-12-28T03:00:00.000Z', note: null },
  ],
  next: null,
  createdAt: '2026-12-18T16:30:00.000Z',
};

const FAILED = {
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
  timeline: [{ status: 'failed', at: '2026-11-05T02:00:00.000Z', note: '52 分' }],
  next: { action: 'retake', level: 5 },
};

/** The image qr-code.tsx draws for `text` (the same library and settings). */
function qrDataUrl(text) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(8, 16);
}

describe('weapp build: 我的证书 (worker sub-package)', () => {
  it('shows the certificate with its QR code and the timeline, and applies for a completed course', async () => {
    const view = renderBuiltPage('packages/worker/pages/certificates/index', {
      storage: signedIn(WORKER, '1'),
      answer: (option) => {
        if (option.url.endsWith('/certifications/mine'))
          return { data: { items: [ISSUED, FAILED] } };
        if (option.url.endsWith('/enrolments/mine')) {
          return {
            data: {
              items: [
                completed('e1', 's1', '福绵裁缝12月班', '缝纫工'),
                completed('e2', 's2', '服装熨烫1月班', '服装熨烫'),
                completed('e3', 's3', '福绵裁缝10月班', '缝纫工'),
              ],
            },
          };
        }
        if (option.url.endsWith('/certifications') && option.method === 'POST') {
          return {
            statusCode: 201,
            data: {
              certification: { ...FAILED, id: 'c5', status: 'applied', attempt: 3, next: null },
            },
          };
        }
        return { statusCode: 404, data: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } };
      },
    });
    await view.waitFor(
      () => view.text().includes('GX2026-0001') && view.text().includes('服装熨烫'),
      'the certificates and the completed course',
    );
    const text = view.text();
    expect(text).toContain('职业技能等级认定 · 四级 / 中级工');
    expect(text).toContain('已发证');
    expect(text).toContain('玉林市人力资源和社会保障局');
    expect(text).toContain('已申请');
    expect(text).toContain('2026-12-19 00:30');
    expect(text).toContain('第 2 次考核');
    expect(text).toContain('申请技能评价');
    expect(text).toContain('申请重考');

    // The QR code carries the public 证书查询 address on the API's host (the server serves H5 there).
    // The image's src lives in the data Taro sends to the template, not in a DOM attribute.
    expect(view.page.dom.querySelectorAll('wx-image')).toHaveLength(1);
    expect(JSON.stringify(view.page.data)).toContain(
      qrDataUrl('http://127.0.0.1:3000/packages/catalogue/pages/verify/index?no=GX2026-0001'),
    );

    view.page.querySelector('.cert-card__action').dispatchEvent('tap');
    await view.waitFor(
      () => view.callsTo('request').some((r) => r.method === 'POST'),
      'the application',
    );
    const post = view.callsTo('request').find((r) => r.method === 'POST');
    expect(post).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/certifications',
      data: { enrolmentId: 'e2' },
    });
    expect(post.header.authorization).toBe('Bearer token-1');
  });
});
