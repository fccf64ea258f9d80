import { act, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { CourseView } from '@app/shared/api';
import { wgs84ToGcj02 } from '../../src/utils/location';
import CoursesPage from '../../src/packages/trainer/pages/courses/index';
import SessionEditPage from '../../src/packages/trainer/pages/session-edit/index';
import TrainerSessionsPage from '../../src/packages/trainer/pages/sessions/index';
import { saveLogin } from '../../src/services/auth-store';
import {
  BRAND_FUMIAN,
  BRAND_JIAZHENG,
  COURSE,
  OCCUPATION,
  page,
  PROVIDER,
  SESSION,
  SESSION_DETAIL,
  sentCalls,
  sentWith,
  serve,
  SPECIAL_OCCUPATION,
} from './catalogue-fixtures';
import { fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { renderSettled, click, field, type, choose, flip, messageUnder } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

// The Taro mock has no location: this stands in for WeChat's (and the browser's, on H5).
const getLocation = jest.fn();
Object.assign(Taro, { getLocation });

const TRAINER = {
  ...WORKER,
  id: 't1',
  displayName: '李老师',
  roles: ['trainer' as const],
  providerId: 'p1',
  providerRole: 'admin' as const,
};

/**
 * A second course, listed first: the <select> mock cannot "change" to the option it already shows
 * (a real picker can), so the tests pick the second one.
 */
const OTHER_COURSE: CourseView = {
  ...COURSE,
  id: 'c0',
  title: '家政服务员培训',
  brandCode: 'bagui-jiazheng',
  brandName: '八桂家政',
};

/** The message under a timetable row. */
function lessonMessage(lesson: HTMLElement): string | null {
  return lesson.querySelector('.lesson-form__error')?.textContent ?? null;
}

const posts = () => sentWith('POST').concat(sentWith('PUT'));

describe('新建班次 / 修改班次 (trainer sub-package)', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    serve((method, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/courses') return ok({ items: [OTHER_COURSE, COURSE] });
      if (path === '/sessions/s1') return ok({ session: SESSION_DETAIL });
      if (method === 'POST' && path === '/provider/sessions')
        return ok({ session: SESSION_DETAIL });
      if (method === 'PUT' && path === '/provider/sessions/s1')
        return ok({ session: SESSION_DETAIL });
      return undefined;
    });
  });

  /** Everything a valid session needs; each test then spoils one thing. */
  async function fillValidForm() {
    await act(async () => choose('课程', '缝纫工（初级）培训（福绵裁缝）'));
    type('班次名称', '福绵裁缝12月班');
    // The county picker: confirm what it shows (广西 玉林市 玉州区).
    await click('请选择省、市、县（区）');
    type('详细地址', '福绵镇服装产业园3号楼');
    type('纬度', '22.58');
    type('经度', '110.05');
    type('开班日期', '2026-12-07');
    type('结束日期', '2026-12-18');
    type('报名开始日期', '2026-11-20');
    type('报名截止日期', '2026-12-05');
    type('名额', '40');
    await click('添加一节课');
    const lesson = document.querySelector('.lesson-form') as HTMLElement;
    type('上课日期', '2026-12-07', lesson);
    type('上课时间', '09:00', lesson);
    type('下课时间', '12:00', lesson);
    type('内容', '认识平车', lesson);
  }

  it('POSTs the session with numbers, a 0–1 attendance rate and lesson times at +08:00', async () => {
    await renderSettled(<SessionEditPage />);
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '新建班次' });
    await fillValidForm();
    await click('创建班次');
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({
      url: 'https://api.test/api/v1/provider/sessions',
      method: 'POST',
      data: {
        courseId: 'c1',
        title: '福绵裁缝12月班',
        regionCode: '450902',
        address: '福绵镇服装产业园3号楼',
        latitude: 22.58,
        longitude: 110.05,
        startDate: '2026-12-07',
        endDate: '2026-12-18',
        enrolOpensAt: '2026-11-20',
        enrolClosesAt: '2026-12-05',
        capacity: 40,
        subsidised: true,
        minAttendanceRate: 0.8,
        geofenceRadiusMeters: null,
        lessons: [
          {
            startsAt: '2026-12-07T09:00:00+08:00',
            endsAt: '2026-12-07T12:00:00+08:00',
            topic: '认识平车',
          },
        ],
      },
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '班次已保存' }));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/sessions/index' });
  });

  it('sends no coordinates when none are given, and the subsidy switch as set', async () => {
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    type('纬度', '');
    type('经度', '');
    flip('补贴性培训');
    type('最低出勤率（%）', '75');
    await click('创建班次');
    expect(posts()[0].data).toMatchObject({
      latitude: null,
      longitude: null,
      subsidised: false,
      minAttendanceRate: 0.75,
    });
  });

  it('refuses an end date before the start date, and sends nothing', async () => {
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    type('结束日期', '2026-12-01');
    await click('创建班次');
    expect(messageUnder('结束日期')).toBe('结束日期不能早于开班日期');
    expect(screen.getByText('有1处需要修改：结束日期不能早于开班日期')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('refuses a capacity of 0, and sends nothing', async () => {
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    type('名额', '0');
    await click('创建班次');
    expect(messageUnder('名额')).toBe('名额要大于0');
    expect(posts()).toEqual([]);
  });

  it('refuses a lesson outside the session’s dates, and sends nothing', async () => {
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    const lesson = document.querySelector('.lesson-form') as HTMLElement;
    type('上课日期', '2026-12-20', lesson);
    await click('创建班次');
    expect(lessonMessage(lesson)).toBe('上课日期要在 2026-12-07 到 2026-12-18 之间');
    expect(posts()).toEqual([]);
  });

  it('refuses a lesson that ends before it starts, and enrolment closing after the start', async () => {
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    const lesson = document.querySelector('.lesson-form') as HTMLElement;
    type('下课时间', '08:30', lesson);
    type('报名截止日期', '2026-12-08');
    await click('创建班次');
    expect(lessonMessage(lesson)).toBe('下课时间要晚于上课时间');
    expect(messageUnder('报名截止日期')).toBe('报名截止日期不能晚于开班日期');
    expect(posts()).toEqual([]);
  });

  it('asks for what is missing on an empty form, and removes a lesson row', async () => {
    await renderSettled(<SessionEditPage />);
    await click('添加一节课');
    await click('删除');
    expect(document.querySelector('.lesson-form')).toBeNull();
    await click('创建班次');
    expect(messageUnder('课程')).toBe('请选择课程');
    expect(messageUnder('班次名称')).toBe('请填写班次名称');
    expect(messageUnder('县（区）')).toBe('请选择上课的县（区）');
    expect(messageUnder('开班日期')).toBe('请选择开班日期');
    expect(messageUnder('名额')).toBe('请填写名额');
    expect(screen.getByText('至少安排一次课')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('edits a session: the form starts from it (China time) and PUTs it back', async () => {
    mockRouter.mockReturnValue({ params: { id: 's1' } });
    await renderSettled(<SessionEditPage />);
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '修改班次' });
    expect(screen.getByDisplayValue('福绵裁缝12月班')).toBeTruthy();
    expect(screen.getByDisplayValue('80')).toBeTruthy();
    expect(screen.getByText('第 2 节')).toBeTruthy();
    type('名额', '45');
    await click('保存修改');
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({
      url: 'https://api.test/api/v1/provider/sessions/s1',
      method: 'PUT',
      data: {
        courseId: 'c1',
        regionCode: '450903',
        capacity: 45,
        minAttendanceRate: 0.8,
        lessons: [
          {
            startsAt: '2026-12-07T09:00:00+08:00',
            endsAt: '2026-12-07T12:00:00+08:00',
            topic: '认识平车',
          },
          {
            startsAt: '2026-12-08T14:00:00+08:00',
            endsAt: '2026-12-08T17:00:00+08:00',
            topic: '包缝机',
          },
        ],
      },
    });
  });

  it('puts the server’s 400 messages under the fields and the lesson they name', async () => {
    serve((method, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/courses') return ok({ items: [OTHER_COURSE, COURSE] });
      if (method === 'POST') {
        return fail(400, 'VALIDATION_FAILED', '提交的内容有误：请选择本机构的课程', [
          { field: 'courseId', messages: ['请选择本机构的课程'] },
          { field: 'lessons.0.startsAt', messages: ['第1次课不在开班日期范围内'] },
        ]);
      }
      return undefined;
    });
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    await click('创建班次');
    expect(messageUnder('课程')).toBe('请选择本机构的课程');
    const lesson = document.querySelector('.lesson-form') as HTMLElement;
    expect(lessonMessage(lesson)).toBe('第1次课不在开班日期范围内');
    expect(screen.getByText('提交的内容有误：请选择本机构的课程')).toBeTruthy();
  });

  it('shows the server’s 403 message instead of the form', async () => {
    serve((method, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/courses') return ok({ items: [OTHER_COURSE, COURSE] });
      if (method === 'POST') return fail(403, 'FORBIDDEN', '培训机构通过审核后才能开设班次');
      return undefined;
    });
    await renderSettled(<SessionEditPage />);
    await fillValidForm();
    await click('创建班次');
    expect(screen.getByText('培训机构通过审核后才能开设班次')).toBeTruthy();
    expect(screen.queryByText('创建班次')).toBeNull();
  });

  it('shows a trainer of a provider still under review a note, not the form', async () => {
    serve((_m, path) => {
      if (path === '/providers/mine') return ok({ provider: { ...PROVIDER, status: 'pending' } });
      if (path === '/provider/courses') return ok({ items: [COURSE] });
      return undefined;
    });
    await renderSettled(<SessionEditPage />);
    expect(screen.getByText(/还在审核中，审核通过后才能开设课程和班次/)).toBeTruthy();
    expect(screen.queryByText('创建班次')).toBeNull();
    await click('查看机构信息');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/employer/pages/org/index?kind=provider',
    });
  });

  it('sends a provider without courses to 课程管理 first', async () => {
    serve((_m, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/courses') return ok({ items: [] });
      return undefined;
    });
    await renderSettled(<SessionEditPage />);
    await click('去建课程');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/courses/index' });
  });

  describe('签到需在上课地点附近 (the check-in geofence) and 用当前位置', () => {
    const GEOFENCE = '签到需在上课地点附近';
    const RADIUS = '签到范围（米）';
    const env = process.env.TARO_ENV;

    beforeEach(() => {
      getLocation.mockReset();
    });
    afterEach(() => {
      process.env.TARO_ENV = env;
    });

    const switchOn = (label: string) =>
      (field(label).querySelector('[role="switch"]') as HTMLInputElement).checked;
    const valueOf = (label: string) =>
      (field(label).querySelector('input') as HTMLInputElement).value;
    /** The message under the geofence switch (SwitchField has none of its own). */
    const geofenceMessage = () =>
      document.querySelector('.session-form__geofence-error')?.textContent ?? null;

    /** Editing s1, stored with this radius. */
    async function editSession(geofenceRadiusMeters: number | null) {
      serve((method, path) => {
        if (path === '/providers/mine') return ok({ provider: PROVIDER });
        if (path === '/provider/courses') return ok({ items: [OTHER_COURSE, COURSE] });
        if (path === '/sessions/s1') {
          return ok({ session: { ...SESSION_DETAIL, geofenceRadiusMeters } });
        }
        if (method === 'PUT' && path === '/provider/sessions/s1') {
          return ok({ session: SESSION_DETAIL });
        }
        return undefined;
      });
      mockRouter.mockReturnValue({ params: { id: 's1' } });
      await renderSettled(<SessionEditPage />);
    }

    it('is off for a new session; turned on it asks for a radius of 300 m and sends it', async () => {
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      expect(switchOn(GEOFENCE)).toBe(false);
      expect(() => field(RADIUS)).toThrow();
      flip(GEOFENCE);
      expect(valueOf(RADIUS)).toBe('300');
      await click('创建班次');
      expect(posts()).toHaveLength(1);
      expect(posts()[0].data).toMatchObject({
        latitude: 22.58,
        longitude: 110.05,
        geofenceRadiusMeters: 300,
      });
    });

    it('sends the radius as typed, and null once the switch is off again', async () => {
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      flip(GEOFENCE);
      type(RADIUS, '500');
      flip(GEOFENCE);
      expect(() => field(RADIUS)).toThrow();
      await click('创建班次');
      expect(posts()[0].data).toMatchObject({ geofenceRadiusMeters: null });
      // Turned back on, the radius typed before is still there.
      flip(GEOFENCE);
      expect(valueOf(RADIUS)).toBe('500');
    });

    it('editing a session with a radius shows it on, and PUTs the radius back', async () => {
      await editSession(800);
      expect(switchOn(GEOFENCE)).toBe(true);
      expect(valueOf(RADIUS)).toBe('800');
      await click('保存修改');
      expect(posts()).toHaveLength(1);
      expect(posts()[0]).toMatchObject({
        method: 'PUT',
        data: { latitude: 22.58, longitude: 110.05, geofenceRadiusMeters: 800 },
      });
    });

    it('editing a session with a radius and turning it off PUTs null', async () => {
      await editSession(800);
      flip(GEOFENCE);
      await click('保存修改');
      expect(posts()[0].data).toMatchObject({ geofenceRadiusMeters: null });
    });

    it('editing a session without a radius shows it off, and PUTs null', async () => {
      await editSession(null);
      expect(switchOn(GEOFENCE)).toBe(false);
      await click('保存修改');
      expect(posts()[0].data).toMatchObject({ geofenceRadiusMeters: null });
    });

    it.each(['49', '5001', '120.5', 'abc'])(
      'refuses a radius of %s m, and sends nothing',
      async (radius) => {
        await renderSettled(<SessionEditPage />);
        await fillValidForm();
        flip(GEOFENCE);
        type(RADIUS, radius);
        await click('创建班次');
        expect(messageUnder(RADIUS)).toBe('签到范围请填 50 到 5000 之间的整数（米）');
        expect(posts()).toEqual([]);
      },
    );

    it('accepts the limits, 50 and 5000 m, and asks for an empty radius', async () => {
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      flip(GEOFENCE);
      type(RADIUS, '');
      await click('创建班次');
      expect(messageUnder(RADIUS)).toBe('请填写签到范围');
      type(RADIUS, '50');
      expect(messageUnder(RADIUS)).toBeNull();
      await click('创建班次');
      type(RADIUS, '5000');
      await click('创建班次');
      expect(
        posts().map((p) => (p.data as { geofenceRadiusMeters: number }).geofenceRadiusMeters),
      ).toEqual([50, 5000]);
    });

    it('will not turn it on without the coordinates: the message is on the switch', async () => {
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      type('纬度', '');
      type('经度', '');
      flip(GEOFENCE);
      await click('创建班次');
      expect(geofenceMessage()).toBe('开启前请先填写上课地点的经纬度');
      expect(screen.getByText('有1处需要修改：开启前请先填写上课地点的经纬度')).toBeTruthy();
      expect(posts()).toEqual([]);
      // Typing the coordinates takes the message away, and the session goes.
      type('纬度', '22.58');
      expect(geofenceMessage()).toBeNull();
      type('经度', '110.05');
      await click('创建班次');
      expect(posts()[0].data).toMatchObject({ geofenceRadiusMeters: 300 });
    });

    it('puts the server’s message about geofenceRadiusMeters under the radius', async () => {
      serve((method, path) => {
        if (path === '/providers/mine') return ok({ provider: PROVIDER });
        if (path === '/provider/courses') return ok({ items: [OTHER_COURSE, COURSE] });
        if (method === 'POST') {
          return fail(400, 'VALIDATION_FAILED', '提交的内容有误：围栏半径最多5000米', [
            { field: 'geofenceRadiusMeters', messages: ['围栏半径最多5000米'] },
          ]);
        }
        return undefined;
      });
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      flip(GEOFENCE);
      await click('创建班次');
      expect(messageUnder(RADIUS)).toBe('围栏半径最多5000米');
    });

    it('without coordinates and with the switch off, sends no geofence', async () => {
      await renderSettled(<SessionEditPage />);
      await fillValidForm();
      type('纬度', '');
      type('经度', '');
      await click('创建班次');
      expect(geofenceMessage()).toBeNull();
      expect(posts()[0].data).toMatchObject({
        latitude: null,
        longitude: null,
        geofenceRadiusMeters: null,
      });
    });

    it('用当前位置 fills the coordinates from WeChat (GCJ-02), to 6 decimals', async () => {
      process.env.TARO_ENV = 'weapp';
      let located: (place: { latitude: number; longitude: number }) => void = () => undefined;
      getLocation.mockReturnValue(new Promise((resolve) => (located = resolve)));
      await renderSettled(<SessionEditPage />);
      await click('用当前位置');
      expect(getLocation).toHaveBeenCalledWith({ type: 'gcj02' });
      expect(screen.getByText('正在获取位置…')).toBeTruthy();
      await act(async () => located({ latitude: 22.5837123456789, longitude: 110.0512345678912 }));
      expect(valueOf('纬度')).toBe('22.583712');
      expect(valueOf('经度')).toBe('110.051235');
      expect(screen.getByText('用当前位置')).toBeTruthy();
    });

    it('用当前位置 on H5 converts the browser’s GPS fix to GCJ-02', async () => {
      getLocation.mockResolvedValue({ latitude: 22.58, longitude: 110.05 });
      await renderSettled(<SessionEditPage />);
      await click('用当前位置');
      // Taro's H5 getLocation only knows WGS-84.
      expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
      const gcj = wgs84ToGcj02(22.58, 110.05);
      expect(valueOf('纬度')).toMatch(/^\d+\.\d{1,6}$/);
      expect(Number(valueOf('纬度'))).toBeCloseTo(gcj.latitude, 6);
      expect(Number(valueOf('经度'))).toBeCloseTo(gcj.longitude, 6);
    });

    it('says so when the location is refused, and leaves the coordinates as they were', async () => {
      process.env.TARO_ENV = 'weapp';
      getLocation.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' });
      await renderSettled(<SessionEditPage />);
      type('纬度', '22.6');
      await click('用当前位置');
      expect(
        screen.getByText(
          '没有获取到当前位置。请允许获取位置信息（微信：右上角“···”→设置→位置信息）并打开手机定位后再试，或直接填写经纬度。',
        ),
      ).toBeTruthy();
      expect(valueOf('纬度')).toBe('22.6');
      expect(valueOf('经度')).toBe('');
      // Allowed the second time: the message goes.
      getLocation.mockResolvedValueOnce({ latitude: 22.58, longitude: 110.05 });
      await click('用当前位置');
      expect(screen.queryByText(/没有获取到当前位置/)).toBeNull();
      expect(valueOf('经度')).toBe('110.05');
    });
  });
});

describe('培训班次 (the provider’s own sessions)', () => {
  const CANCELLED = { ...SESSION, id: 's3', title: '已取消的班', status: 'cancelled' as const };

  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: TRAINER }));

  it('lists own sessions with 修改 and 取消班次 (confirmed), and 新建班次', async () => {
    let cancelled = false;
    serve((method, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/sessions?page=1&pageSize=20') {
        return page(
          cancelled ? [{ ...SESSION, status: 'cancelled' }, CANCELLED] : [SESSION, CANCELLED],
        );
      }
      if (method === 'POST' && path === '/provider/sessions/s1/cancel') {
        cancelled = true;
        return ok({ session: { ...SESSION_DETAIL, status: 'cancelled' } });
      }
      return undefined;
    });
    await renderSettled(<TrainerSessionsPage />);
    expect(screen.getByText('本机构共 2 个班次')).toBeTruthy();
    // Only the scheduled session can be changed.
    expect(screen.getAllByText('修改')).toHaveLength(1);
    expect(screen.getAllByText('取消班次')).toHaveLength(1);

    await click('新建班次');
    await click('修改');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/trainer/pages/session-edit/index',
      '/packages/trainer/pages/session-edit/index?id=s1',
    ]);

    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('取消班次');
    expect(sentWith('POST')).toEqual([]);

    await click('取消班次');
    expect(mockModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ content: expect.stringContaining('福绵裁缝12月班') }),
    );
    expect(sentWith('POST').map((r) => r.url)).toEqual([
      'https://api.test/api/v1/provider/sessions/s1/cancel',
    ]);
    expect(screen.queryByText('取消班次')).toBeNull();
    expect(screen.getAllByText('已取消')).toHaveLength(2);
  });

  it('shows a provider under review a note instead of 新建班次, and no actions', async () => {
    serve((_m, path) => {
      if (path === '/providers/mine') return ok({ provider: { ...PROVIDER, status: 'rejected' } });
      if (path.startsWith('/provider/sessions')) return page([SESSION]);
      return undefined;
    });
    await renderSettled(<TrainerSessionsPage />);
    expect(screen.getByText(/没有通过审核/)).toBeTruthy();
    expect(screen.queryByText('新建班次')).toBeNull();
    expect(screen.queryByText('修改')).toBeNull();
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
  });

  it('links to 课程管理 and 代为登记劳动者', async () => {
    serve((_m, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      return page([]);
    });
    await renderSettled(<TrainerSessionsPage />);
    expect(screen.getByText('还没有培训班次。先在“课程管理”里建课程，再新建班次。')).toBeTruthy();
    await click('课程管理');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/courses/index' });
  });
});

describe('课程管理 (the provider’s courses)', () => {
  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    serve((method, path) => {
      if (path === '/providers/mine') return ok({ provider: PROVIDER });
      if (path === '/provider/courses' && method === 'GET') return ok({ items: [OTHER_COURSE] });
      if (path === '/brands?pageSize=50') return page([BRAND_JIAZHENG, BRAND_FUMIAN]);
      if (path === '/occupations?brandCode=fumian-tailor') {
        return ok({ items: [SPECIAL_OCCUPATION, OCCUPATION] });
      }
      if (method === 'POST' && path === '/provider/courses') return ok(COURSE);
      return undefined;
    });
  });

  it('adds a course: occupations of the chosen brand, its certificate and the levels it offers', async () => {
    await renderSettled(<CoursesPage />);
    expect(screen.getByText('家政服务员培训')).toBeTruthy();
    await click('新建课程');
    await act(async () => choose('品牌', '福绵裁缝'));
    expect(sentCalls()).toContain('GET /occupations?brandCode=fumian-tailor');
    await act(async () => choose('培训职业', '缝纫工'));
    // The occupation's certificate is chosen for it; its highest level is 高级工.
    expect(screen.getByDisplayValue('职业技能等级认定')).toBeTruthy();
    const levels = Array.from(field('证书等级').querySelectorAll('option')).map(
      (o) => o.textContent,
    );
    expect(levels).toEqual(['初级工', '中级工', '高级工']);
    await act(async () => choose('证书等级', '中级工'));
    type('课程名称', ' 缝纫工（中级）培训 ');
    type('课时', '120');
    type('课程介绍', '平车、包缝、整件成衣');
    await click('保存课程');

    expect(sentWith('POST')).toHaveLength(1);
    expect(sentWith('POST')[0]).toMatchObject({
      url: 'https://api.test/api/v1/provider/courses',
      data: {
        brandCode: 'fumian-tailor',
        occupationCode: 'sewing-worker',
        title: '缝纫工（中级）培训',
        hours: 120,
        certificateType: '职业技能等级认定',
        certificateLevel: 4,
        description: '平车、包缝、整件成衣',
      },
    });
    // Back on the list, with the saved course first.
    expect(screen.getByText('缝纫工（初级）培训')).toBeTruthy();
    expect(screen.getByText('家政服务员培训')).toBeTruthy();
  });

  it('sends no level for a 专项职业能力考核 course', async () => {
    await renderSettled(<CoursesPage />);
    await click('新建课程');
    await act(async () => choose('品牌', '福绵裁缝'));
    await act(async () => choose('培训职业', '缝纫工'));
    await act(async () => choose('培训职业', '服装熨烫'));
    expect(screen.queryByText('证书等级')).toBeNull();
    type('课程名称', '服装熨烫培训');
    type('课时', '24');
    await click('保存课程');
    expect(sentWith('POST')[0].data).toMatchObject({
      occupationCode: 'garment-ironing',
      certificateType: '专项职业能力考核',
      certificateLevel: null,
    });
  });

  it('says what is missing and sends nothing', async () => {
    await renderSettled(<CoursesPage />);
    await click('新建课程');
    await click('保存课程');
    expect(messageUnder('品牌')).toBe('请选择品牌');
    expect(messageUnder('培训职业')).toBe('请选择培训职业');
    expect(messageUnder('课程名称')).toBe('请填写课程名称');
    expect(messageUnder('课时')).toBe('课时请填大于0的整数');
    expect(sentWith('POST')).toEqual([]);
  });

  it('shows a trainer without a verified provider a note instead of 新建课程', async () => {
    serve((_m, path) => {
      if (path === '/providers/mine') return ok({ provider: { ...PROVIDER, status: 'pending' } });
      if (path === '/provider/courses') return ok({ items: [] });
      return undefined;
    });
    await renderSettled(<CoursesPage />);
    expect(screen.getByText(/还在审核中/)).toBeTruthy();
    expect(screen.queryByText('新建课程')).toBeNull();
  });

  it('shows a trainer with no provider how to get one', async () => {
    serve((_m, path) =>
      path === '/providers/mine'
        ? fail(404, 'NOT_FOUND', '请求的内容不存在')
        : fail(403, 'FORBIDDEN', '没有权限执行此操作'),
    );
    await renderSettled(<CoursesPage />);
    expect(screen.getByText(/你还没有加入培训机构/)).toBeTruthy();
    await click('培训机构入驻');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/signup/index' });
  });
});
