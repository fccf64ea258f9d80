import { act, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { QrCheckInRequest, QrCheckInResponse } from '@app/shared/api';
import CheckInPage from '../../src/packages/worker/pages/check-in/index';
import { wgs84ToGcj02 } from '../../src/utils/location';
import {
  addPending,
  flushPending,
  loadPending,
  PENDING_CHECK_INS_KEY,
  removePending,
  type PendingCheckIn,
} from '../../src/packages/worker/check-in-queue';
import { ApiError, networkError } from '../../src/services/api-error';
import { saveLogin } from '../../src/services/auth-store';
import { pathOf, sentWith, type SentRequest } from './catalogue-fixtures';
import { fail, ok, WORKER_LOGIN } from './fixtures';
import { click, renderSettled, type } from './ui';

type NetworkListener = (result: { isConnected: boolean; networkType: string }) => void;

// The Taro mock has no camera, location or network events: these stand in for WeChat's.
const listeners = new Set<NetworkListener>();
const scanCode = jest.fn();
const getLocation = jest.fn();
Object.assign(Taro, {
  scanCode,
  getLocation,
  onNetworkStatusChange: (fn: NetworkListener) => void listeners.add(fn),
  offNetworkStatusChange: (fn: NetworkListener) => void listeners.delete(fn),
});

const mockRequest = Taro.request as unknown as jest.Mock;

const PRESENT: QrCheckInResponse = {
  lessonId: 'l1',
  status: 'present',
  markedAt: '2026-12-07T01:03:00.000Z',
};
const LATE: QrCheckInResponse = {
  ...PRESENT,
  status: 'late',
  markedAt: '2026-12-07T01:12:00.000Z',
};

const LOCATION_REQUIRED = fail(
  400,
  'LOCATION_REQUIRED',
  '本班次签到需要位置信息，请允许获取位置后重新扫码',
);
const TOKEN_INVALID = fail(
  400,
  'QR_TOKEN_INVALID',
  '签到码无效或已过期，请扫描老师屏幕上最新的二维码',
);

type Answer = { statusCode: number; data: unknown } | 'offline';

/** Answers each check-in by its token (a function of the request body); 'offline' throws. */
function serveCheckIn(answer: (body: QrCheckInRequest) => Answer) {
  mockRequest.mockImplementation(async (option: SentRequest) => {
    if (option.method !== 'POST' || pathOf(option) !== '/attendance/check-in') {
      return fail(500, 'INTERNAL', `测试没有准备：${option.method} ${pathOf(option)}`);
    }
    const result = answer(option.data as QrCheckInRequest);
    if (result === 'offline') throw new Error('request:fail');
    return result;
  });
}

const checkIns = () =>
  sentWith('POST')
    .filter((o) => pathOf(o) === '/attendance/check-in')
    .map((o) => o.data as QrCheckInRequest);

const stored = () => Taro.getStorageSync(PENDING_CHECK_INS_KEY) as PendingCheckIn[] | '';

async function networkBack() {
  await act(async () => {
    listeners.forEach((fn) => fn({ isConnected: true, networkType: 'wifi' }));
  });
  await act(async () => undefined);
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('扫码签到 in the mini-program', () => {
  const env = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    saveLogin(WORKER_LOGIN);
    scanCode.mockReset();
    getLocation.mockReset();
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  it('scans the trainer’s QR with the camera and shows 签到成功 with 迟到 and the time', async () => {
    scanCode.mockResolvedValue({ result: ' l1.123.abcdef ', errMsg: 'scanCode:ok' });
    serveCheckIn(() => ok(LATE));
    await renderSettled(<CheckInPage />);

    await click('扫码签到');

    expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
    const [sent] = checkIns();
    expect(sent).toEqual({ token: 'l1.123.abcdef', scannedAt: expect.stringMatching(ISO) });
    expect(Math.abs(Date.parse(sent.scannedAt ?? '') - Date.now())).toBeLessThan(5000);
    expect(screen.getByText('签到成功')).toBeTruthy();
    // 01:12 UTC is 09:12 in China.
    expect(screen.getByText('迟到 · 2026-12-07 09:12')).toBeTruthy();
    expect(getLocation).not.toHaveBeenCalled();
    expect(stored()).toBe('');
  });

  it('says nothing when the worker closes the scanner, and offers the typed code too', async () => {
    scanCode.mockRejectedValue({ errMsg: 'scanCode:fail cancel' });
    serveCheckIn(() => ok(PRESENT));
    await renderSettled(<CheckInPage />);
    await click('扫码签到');
    expect(checkIns()).toEqual([]);
    expect(screen.queryByText('未能签到')).toBeNull();

    // too short to be a code (or a whole token): said at once, nothing sent
    type('输入签到码', '0429');
    await click('提交签到码');
    expect(screen.getByText('签到码为6位数字')).toBeTruthy();
    expect(checkIns()).toEqual([]);

    type('输入签到码', ' 042 917 ');
    await click('提交签到码');
    // the six digits off the trainer's screen go as a code (spaces dropped)
    expect(checkIns()).toEqual([{ code: '042917', scannedAt: expect.stringMatching(ISO) }]);
    expect(screen.getByText('出勤 · 2026-12-07 09:03')).toBeTruthy();
  });

  it('on LOCATION_REQUIRED says why, gets the location (gcj02) and sends the same scan again', async () => {
    scanCode.mockResolvedValue({ result: 'l1.123.abcdef', errMsg: 'scanCode:ok' });
    serveCheckIn((body) => (body.latitude === undefined ? LOCATION_REQUIRED : ok(PRESENT)));
    let located: (place: { latitude: number; longitude: number }) => void = () => undefined;
    getLocation.mockReturnValue(new Promise((resolve) => (located = resolve)));
    await renderSettled(<CheckInPage />);

    await click('扫码签到');
    expect(getLocation).toHaveBeenCalledWith({ type: 'gcj02' });
    expect(screen.getByText('本班次需要确认你在上课地点')).toBeTruthy();
    expect(screen.queryByText('签到成功')).toBeNull();

    await act(async () => located({ latitude: 22.5801, longitude: 110.0502 }));

    const [first, second] = checkIns();
    expect(checkIns()).toHaveLength(2);
    expect(second).toEqual({ ...first, latitude: 22.5801, longitude: 110.0502 });
    expect(screen.getByText('签到成功')).toBeTruthy();
  });

  it('says clearly that it cannot check in when the worker refuses the location', async () => {
    scanCode.mockResolvedValue({ result: 'l1.123.abcdef', errMsg: 'scanCode:ok' });
    serveCheckIn(() => LOCATION_REQUIRED);
    getLocation.mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
    await renderSettled(<CheckInPage />);
    await click('扫码签到');
    expect(checkIns()).toHaveLength(1);
    expect(screen.getByText('未能签到')).toBeTruthy();
    expect(screen.getByText(/没有获取到你的位置，不能签到/)).toBeTruthy();
  });

  it('shows the server’s message when the scan is refused', async () => {
    scanCode.mockResolvedValue({ result: 'l1.1.old', errMsg: 'scanCode:ok' });
    serveCheckIn(() => TOKEN_INVALID);
    await renderSettled(<CheckInPage />);
    await click('扫码签到');
    expect(screen.getByText('签到码无效或已过期，请扫描老师屏幕上最新的二维码')).toBeTruthy();
    expect(stored()).toBe('');
  });

  it('keeps scans made offline, lists them, and sends them when the network returns', async () => {
    let online = false;
    scanCode.mockResolvedValue({ result: 'l1.123.good', errMsg: 'scanCode:ok' });
    serveCheckIn((body) => {
      if (!online) return 'offline';
      return body.token === 'l1.123.good' ? ok(PRESENT) : TOKEN_INVALID;
    });
    await renderSettled(<CheckInPage />);

    await click('扫码签到');
    expect(screen.getByText('已保存，联网后自动提交')).toBeTruthy();
    type('输入签到码', 'l1.99.stale');
    await click('提交签到码');

    const queued = stored() as PendingCheckIn[];
    expect(queued.map((p) => p.token)).toEqual(['l1.123.good', 'l1.99.stale']);
    expect(screen.getByText('待提交的签到（2）')).toBeTruthy();
    expect(screen.getAllByText('等待联网')).toHaveLength(2);
    const offlineTries = checkIns();
    expect(offlineTries).toHaveLength(2);

    online = true;
    await networkBack();

    // Each goes again with the time it was scanned, not the time it is sent.
    const sentLater = checkIns().slice(offlineTries.length);
    expect(sentLater).toEqual([
      { token: 'l1.123.good', scannedAt: queued[0].scannedAt },
      { token: 'l1.99.stale', scannedAt: queued[1].scannedAt },
    ]);
    expect(stored()).toBe('');
    expect(screen.queryByText(/待提交的签到/)).toBeNull();
    expect(screen.getByText('签到成功 · 出勤 · 2026-12-07 09:03')).toBeTruthy();
    expect(
      screen.getByText('未能签到：签到码无效或已过期，请扫描老师屏幕上最新的二维码'),
    ).toBeTruthy();
  });

  it('sends what an earlier visit left queued as soon as the page shows', async () => {
    Taro.setStorageSync(PENDING_CHECK_INS_KEY, [
      {
        id: 'left-0001',
        token: 'l1.5.left',
        scannedAt: '2026-12-07T01:01:00.000Z',
        latitude: 22.58,
        longitude: 110.05,
      },
    ]);
    serveCheckIn(() => ok(PRESENT));
    await renderSettled(<CheckInPage />);
    await act(async () => undefined);
    expect(checkIns()).toEqual([
      {
        token: 'l1.5.left',
        scannedAt: '2026-12-07T01:01:00.000Z',
        latitude: 22.58,
        longitude: 110.05,
      },
    ]);
    expect(stored()).toBe('');
    expect(screen.getByText('签到成功 · 出勤 · 2026-12-07 09:03')).toBeTruthy();
  });

  it('stops listening to the network when the page closes', async () => {
    serveCheckIn(() => ok(PRESENT));
    const view = await renderSettled(<CheckInPage />);
    expect(listeners.size).toBe(1);
    view.unmount();
    expect(listeners.size).toBe(0);
  });
});

describe('扫码签到 in H5 (no camera scanner)', () => {
  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    getLocation.mockReset();
  });

  it('offers only the typed code, and converts the browser’s GPS position to GCJ-02', async () => {
    serveCheckIn((body) => (body.latitude === undefined ? LOCATION_REQUIRED : ok(PRESENT)));
    getLocation.mockResolvedValue({ latitude: 22.58, longitude: 110.05 });
    await renderSettled(<CheckInPage />);
    expect(screen.queryByText('扫码签到')).toBeNull();

    await click('提交签到码');
    expect(screen.getByText('请输入签到码')).toBeTruthy();
    expect(checkIns()).toEqual([]);

    type('输入签到码', ' l1.123.abcdef ');
    await click('提交签到码');

    // Taro's H5 getLocation only knows WGS-84.
    expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
    const expected = wgs84ToGcj02(22.58, 110.05);
    expect(checkIns()[1]).toEqual({
      token: 'l1.123.abcdef',
      scannedAt: checkIns()[0].scannedAt,
      latitude: expected.latitude,
      longitude: expected.longitude,
    });
    expect(screen.getByText('签到成功')).toBeTruthy();
  });
});

describe('the check-in queue', () => {
  const SCAN = { token: 'l1.1.a', scannedAt: '2026-12-07T01:00:00.000Z' };

  it('keeps scans under lb.pendingCheckIns, each once, and takes them off one by one', () => {
    addPending(SCAN);
    addPending(SCAN);
    addPending({ ...SCAN, token: 'l2.1.b', latitude: 22.5, longitude: 110 });
    const queue = loadPending();
    expect(queue.map((p) => p.token)).toEqual(['l1.1.a', 'l2.1.b']);
    expect(queue[1]).toMatchObject({ latitude: 22.5, longitude: 110 });
    expect(new Set(queue.map((p) => p.id)).size).toBe(2);

    expect(removePending(queue[0].id).map((p) => p.token)).toEqual(['l2.1.b']);
    removePending(queue[1].id);
    expect(Taro.getStorageSync(PENDING_CHECK_INS_KEY)).toBe('');
  });

  it('removes taken and refused scans, and stops at the first failure that is not an answer', async () => {
    for (const token of ['ok', 'refused', 'offline', 'later']) addPending({ ...SCAN, token });
    const send = jest.fn(async (input: QrCheckInRequest) => {
      if (input.token === 'refused')
        throw new ApiError('NOT_ENROLLED', '你没有报名这个班次，不能签到', 403);
      if (input.token === 'offline') throw networkError();
      return PRESENT;
    });

    const report = await flushPending(send);

    expect(send.mock.calls.map(([input]) => input)).toEqual([
      { token: 'ok', scannedAt: SCAN.scannedAt },
      { token: 'refused', scannedAt: SCAN.scannedAt },
      { token: 'offline', scannedAt: SCAN.scannedAt },
    ]);
    expect(report.stopped).toBe(true);
    expect(report.results.map((r) => [r.scan.token, r.outcome])).toEqual([
      ['ok', 'done'],
      ['refused', 'refused'],
    ]);
    expect(report.results[1]).toMatchObject({ message: '你没有报名这个班次，不能签到' });
    expect(loadPending().map((p) => p.token)).toEqual(['offline', 'later']);
  });

  it.each([
    ['a server failure', new ApiError('INTERNAL', '服务器开小差了，请稍后再试', 500)],
    ['too many requests', new ApiError('RATE_LIMITED', '操作太频繁，请稍后再试', 429)],
    ['a lapsed login', new ApiError('UNAUTHENTICATED', '请先登录', 401)],
  ])('keeps a scan queued after %s', async (_what, error) => {
    addPending(SCAN);
    const report = await flushPending(async () => {
      throw error;
    });
    expect(report).toEqual({ results: [], stopped: true });
    expect(loadPending().map((p) => p.token)).toEqual(['l1.1.a']);
  });

  it('keeps a scan added while a round is on the wire', async () => {
    addPending(SCAN);
    const report = await flushPending(async () => {
      addPending({ ...SCAN, token: 'meanwhile' });
      return PRESENT;
    });
    expect(report.stopped).toBe(false);
    expect(loadPending().map((p) => p.token)).toEqual(['meanwhile']);
  });
});

describe('GPS to GCJ-02', () => {
  it('matches the published reference point and leaves places outside China as they are', () => {
    const beijing = wgs84ToGcj02(39.915, 116.404);
    expect(beijing.latitude).toBeCloseTo(39.91640428150164, 9);
    expect(beijing.longitude).toBeCloseTo(116.41024449916938, 9);
    expect(wgs84ToGcj02(51.5007, -0.1246)).toEqual({ latitude: 51.5007, longitude: -0.1246 });
  });
});
