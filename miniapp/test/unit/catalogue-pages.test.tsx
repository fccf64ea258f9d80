import { fireEvent, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import BrandPage from '../../src/packages/catalogue/pages/brand/index';
import RegionFilterPage from '../../src/packages/catalogue/pages/region/index';
import SessionPage from '../../src/packages/catalogue/pages/session/index';
import { regionPickedEvent } from '../../src/utils/navigation';
import { BRAND_DETAIL, SESSION_DETAIL, sentCalls, serve } from './catalogue-fixtures';
import { fail, ok } from './fixtures';
import { renderSettled, click } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

describe('品牌详情 (catalogue sub-package)', () => {
  beforeEach(() => mockRouter.mockReturnValue({ params: { code: 'fumian-tailor' } }));

  it('shows the brand, its occupations with 补贴, targets as plain numbers, sessions and affiliates', async () => {
    serve((_m, path) =>
      path === '/brands/fumian-tailor' ? ok({ brand: BRAND_DETAIL }) : undefined,
    );
    await renderSettled(<BrandPage />);
    expect(sentCalls()).toEqual(['GET /brands/fumian-tailor']);
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '福绵裁缝' });

    expect(screen.getByText('福绵区 · 县级')).toBeTruthy();
    for (const tag of ['八桂系列', '纺织服装', '高端技能型', '成长期']) {
      expect(screen.getByText(tag)).toBeTruthy();
    }
    expect(screen.getByText(/裁缝手艺代代相传/)).toBeTruthy();

    // 培训职业: certificate type, highest level, subsidy with and without an amount.
    expect(screen.getByText('缝纫工')).toBeTruthy();
    expect(screen.getByText('职业技能等级认定，最高可考高级工')).toBeTruthy();
    expect(screen.getByText('补贴 1200 元/人')).toBeTruthy();
    expect(screen.getByText('服装熨烫')).toBeTruthy();
    expect(screen.getByText('专项职业能力考核')).toBeTruthy();
    expect(screen.getByText('有补贴')).toBeTruthy();

    // 目标与进展
    expect(screen.getByText('已培训 0 / 目标 10000 人次')).toBeTruthy();
    expect(screen.getByText('已带动就业 0 / 目标 15000 人次')).toBeTruthy();

    // 近期开班, linking to the session
    expect(screen.getByText('剩余 12 个名额')).toBeTruthy();
    await click('福绵裁缝12月班');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/session/index?id=s1',
    });

    // 依托单位 by kind, the demo one marked
    expect(screen.getByText('培训基地')).toBeTruthy();
    expect(screen.getByText('龙头企业')).toBeTruthy();
    expect(screen.getByText('福绵服装职业技能培训基地')).toBeTruthy();
    expect(screen.getAllByText('演示')).toHaveLength(1);
  });

  it('says so when a brand has no sessions, targets or affiliates yet', async () => {
    serve(() =>
      ok({ brand: { ...BRAND_DETAIL, upcomingSessions: [], targets: [], affiliates: [] } }),
    );
    await renderSettled(<BrandPage />);
    expect(screen.getByText('暂时没有近期开班的培训。')).toBeTruthy();
    expect(screen.getByText('还没有公布目标。')).toBeTruthy();
    expect(screen.getByText('还没有登记依托单位。')).toBeTruthy();
  });

  it('shows the server’s message for an unknown brand, with 重试', async () => {
    serve(() => fail(404, 'NOT_FOUND', '没有找到这个劳务品牌'));
    await renderSettled(<BrandPage />);
    expect(screen.getByText('没有找到这个劳务品牌')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});

describe('培训班详情 (catalogue sub-package)', () => {
  beforeEach(() => mockRouter.mockReturnValue({ params: { id: 's1' } }));

  it('shows everything a worker needs to decide, lessons in China time and in order', async () => {
    serve((_m, path) => (path === '/sessions/s1' ? ok({ session: SESSION_DETAIL }) : undefined));
    const { container } = await renderSettled(<SessionPage />);
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    for (const text of [
      '缝纫工',
      '福绵职业技能培训学校',
      '80 课时',
      '职业技能等级认定 · 初级工',
      '2026-12-07 至 2026-12-18',
      '2026-11-20 至 2026-12-05',
      '共 40 个，剩余 12 个名额',
      '80%（出勤达到才能结业）',
      '福绵区 福绵镇服装产业园3号楼',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText(/有补贴/)).toBeTruthy();
    const lessons = Array.from(container.querySelectorAll('.lesson')).map((l) => l.textContent);
    expect(lessons).toEqual(['2026-12-0709:00–12:00认识平车', '2026-12-0814:00–17:00包缝机']);
  });

  it('opens the map at the class’s coordinates, and the brand', async () => {
    serve(() => ok({ session: SESSION_DETAIL }));
    await renderSettled(<SessionPage />);
    await click('查看地图');
    expect(Taro.openLocation).toHaveBeenCalledWith(
      expect.objectContaining({ latitude: 22.58, longitude: 110.05, name: '福绵裁缝12月班' }),
    );
    await click('福绵裁缝 ›');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/brand/index?code=fumian-tailor',
    });
  });

  it('has no 查看地图 without coordinates', async () => {
    serve(() => ok({ session: { ...SESSION_DETAIL, latitude: null, longitude: null } }));
    await renderSettled(<SessionPage />);
    expect(screen.queryByText('查看地图')).toBeNull();
  });

  it('报名 sends a visitor to the login page and nothing to the server', async () => {
    serve(() => ok({ session: SESSION_DETAIL }));
    await renderSettled(<SessionPage />);
    expect(sentCalls()).toEqual(['GET /sessions/s1']);
    await click('报名');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(mockModal).not.toHaveBeenCalled();
    expect(sentCalls()).toEqual(['GET /sessions/s1']);
  });

  it('says a cancelled session cannot be joined', async () => {
    serve(() => ok({ session: { ...SESSION_DETAIL, status: 'cancelled' } }));
    await renderSettled(<SessionPage />);
    expect(screen.getByText('本班次已取消，不能报名。')).toBeTruthy();
    expect(screen.queryByText('报名')).toBeNull();
  });
});

describe('选择地区 (the 培训 tab’s region filter)', () => {
  it('sends back a whole city with one tap, then goes back', async () => {
    const picked = jest.fn();
    Taro.eventCenter.on(regionPickedEvent('training'), picked);
    (Taro.getCurrentPages as jest.Mock).mockReturnValue([{}, {}]);
    await renderSettled(<RegionFilterPage />);
    await click('玉林市（全市）');
    expect(picked).toHaveBeenCalledWith({ code: '450900', label: '玉林市（全市）' });
    expect(Taro.navigateBack).toHaveBeenCalled();
    Taro.eventCenter.off(regionPickedEvent('training'), picked);
  });

  it('sends back a county from the picker, or no region at all', async () => {
    const picked = jest.fn();
    Taro.eventCenter.on(regionPickedEvent('training'), picked);
    await renderSettled(<RegionFilterPage />);
    // The picker opens at 玉林市 with 全市 first; turn to 福绵区 and confirm.
    const county = screen.getByRole('combobox', { name: '第3列' });
    const option = Array.from(county.querySelectorAll('option')).find(
      (o) => o.textContent === '福绵区',
    ) as HTMLOptionElement;
    fireEvent.change(county, { target: { value: option.value } });
    await click('请选择省、市、县（区）');
    await click('不限地区');
    expect(picked.mock.calls.map((c) => c[0])).toEqual([
      { code: '450903', label: '玉林市 福绵区' },
      { code: '', label: '' },
    ]);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/training/index' });
    Taro.eventCenter.off(regionPickedEvent('training'), picked);
  });
});
