import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import { saveLogin } from '../../src/services/auth-store';
import {
  BRAND_FUMIAN,
  BRAND_JIAZHENG,
  FULL_SESSION,
  page,
  SESSION,
  sentCalls,
  sentWith,
  serve,
} from './catalogue-fixtures';
import { pullDown } from '../mocks/taro';
import { fail, ok, PROFILE, WORKER, WORKER_LOGIN } from './fixtures';
import { renderSettled, click } from './ui';

/** The brand list's requests, as sent (decoded). */
const brandCalls = () => sentCalls().filter((c) => c.startsWith('GET /brands'));

describe('首页 (home tab)', () => {
  it('works without a login: real brands, 附近的培训 in 玉林市, no token and no redirect', async () => {
    serve((_method, path) => {
      if (path === '/brands?page=1&pageSize=20') return page([BRAND_FUMIAN, BRAND_JIAZHENG]);
      if (path === '/sessions?regionCode=450900&pageSize=3') return page([SESSION]);
      return undefined;
    });
    const { container } = await renderSettled(<HomePage />);

    expect(Taro.reLaunch).not.toHaveBeenCalled();
    expect(sentCalls().sort()).toEqual([
      'GET /brands?page=1&pageSize=20',
      'GET /sessions?regionCode=450900&pageSize=3',
    ]);
    for (const request of sentWith('GET')) expect(request.header.authorization).toBeUndefined();

    // A brand card: name, region and level, the summary; no sample brands any more.
    expect(screen.getByText('福绵裁缝', { selector: '.brand-card__name' })).toBeTruthy();
    expect(screen.getByText('福绵区 · 县级')).toBeTruthy();
    expect(screen.getByText('福绵是全国有名的服装加工基地。')).toBeTruthy();
    expect(screen.getByText('玉林市 · 市级')).toBeTruthy();
    expect(screen.queryByText('羊城家政')).toBeNull();
    // Without a cover: the first character on a colour; with one: a lazily loaded picture.
    expect(screen.getByText('福', { selector: '.brand-cover__letter' })).toBeTruthy();
    const img = container.querySelector('img') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('https://cdn.test/bagui-jiazheng.jpg');
    expect(img.dataset.lazyLoad).toBe('true');

    // 附近的培训 and the way in for a visitor.
    expect(screen.getByText('附近的培训')).toBeTruthy();
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    expect(screen.getByText('剩余 12 个名额')).toBeTruthy();
    expect(screen.queryByText('为你推荐的岗位')).toBeNull();
    await click('登录 / 注册');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('opens a brand and a session in the catalogue sub-package', async () => {
    serve((_m, path) => (path.startsWith('/brands') ? page([BRAND_FUMIAN]) : page([SESSION])));
    await renderSettled(<HomePage />);
    await click('福绵区 · 县级');
    await click('福绵裁缝12月班');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/catalogue/pages/brand/index?code=fumian-tailor',
      '/packages/catalogue/pages/session/index?id=s1',
    ]);
  });

  it('filters by a series chip and by a search, asking the server each time', async () => {
    serve((_m, path) => {
      if (path.startsWith('/sessions')) return page([]);
      if (path.includes('q=家政')) return page([BRAND_JIAZHENG]);
      if (path.includes('series=八桂系列')) return page([BRAND_FUMIAN, BRAND_JIAZHENG]);
      return page([BRAND_FUMIAN, BRAND_JIAZHENG, { ...BRAND_FUMIAN, code: 'x', name: '羊城家政' }]);
    });
    await renderSettled(<HomePage />);
    expect(screen.getByText('羊城家政')).toBeTruthy();

    await click('八桂系列');
    expect(brandCalls().at(-1)).toBe('GET /brands?series=八桂系列&page=1&pageSize=20');
    expect(screen.queryByText('羊城家政')).toBeNull();
    expect(screen.getByText('福绵裁缝', { selector: '.brand-card__name' })).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('输入品牌名称，如：家政'), {
      target: { value: ' 家政 ' },
    });
    await click('搜索');
    expect(brandCalls().at(-1)).toBe('GET /brands?q=家政&series=八桂系列&page=1&pageSize=20');
    expect(screen.queryByText('福绵裁缝', { selector: '.brand-card__name' })).toBeNull();
    expect(screen.getByText('八桂家政', { selector: '.brand-card__name' })).toBeTruthy();

    await click('全部');
    expect(brandCalls().at(-1)).toBe('GET /brands?q=家政&page=1&pageSize=20');
  });

  it('says when nothing matches, and 看全部品牌 clears the search and the series', async () => {
    serve((_m, path) =>
      path.startsWith('/sessions') || path.includes('q=') ? page([]) : page([BRAND_FUMIAN]),
    );
    await renderSettled(<HomePage />);
    fireEvent.change(screen.getByPlaceholderText('输入品牌名称，如：家政'), {
      target: { value: '没有的品牌' },
    });
    await click('搜索');
    expect(screen.getByText('没有找到符合条件的劳务品牌。')).toBeTruthy();
    await click('看全部品牌');
    expect(brandCalls().at(-1)).toBe('GET /brands?page=1&pageSize=20');
    expect(screen.getByText('福绵区 · 县级')).toBeTruthy();
  });

  it('pages the brand list with 加载更多', async () => {
    const first = Array.from({ length: 20 }, (_, i) => ({
      ...BRAND_FUMIAN,
      code: `b${i}`,
      name: `品牌${i}`,
    }));
    serve((_m, path) => {
      if (path.startsWith('/sessions')) return page([]);
      if (path.includes('page=2')) return page([BRAND_JIAZHENG], 21, 2);
      return page(first, 21);
    });
    await renderSettled(<HomePage />);
    await click('加载更多');
    expect(brandCalls()).toEqual([
      'GET /brands?page=1&pageSize=20',
      'GET /brands?page=2&pageSize=20',
    ]);
    expect(screen.getByText('品牌0')).toBeTruthy();
    expect(screen.getByText('八桂家政', { selector: '.brand-card__name' })).toBeTruthy();
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('shows a failed brand list with 重试, and an empty 附近的培训 with a way to 培训', async () => {
    let brandsUp = false;
    serve((_m, path) => {
      if (path.startsWith('/sessions')) return page([]);
      return brandsUp ? page([BRAND_FUMIAN]) : fail(500, 'INTERNAL', '服务器开小差了，请稍后再试');
    });
    await renderSettled(<HomePage />);
    expect(screen.getByText('服务器开小差了，请稍后再试')).toBeTruthy();
    expect(screen.getByText('玉林市暂时没有开班的培训。')).toBeTruthy();
    await click('看看全部培训');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/training/index' });

    brandsUp = true;
    await click('重试');
    expect(screen.getByText('福绵区 · 县级')).toBeTruthy();
  });

  it('greets a signed-in worker and looks for training in the county of their profile', async () => {
    saveLogin(WORKER_LOGIN);
    serve((_m, path) => {
      if (path === '/me') return ok({ user: { ...WORKER, displayName: '黄秀梅（已更新）' } });
      if (path === '/workers/me/profile') return ok({ profile: PROFILE });
      if (path.startsWith('/brands')) return page([BRAND_FUMIAN]);
      if (path === '/sessions?regionCode=450902&pageSize=3') return page([FULL_SESSION]);
      return undefined;
    });
    await renderSettled(<HomePage />);
    expect(screen.getByText('你好，黄秀梅（已更新）')).toBeTruthy();
    expect(screen.getByText(/劳动者/)).toBeTruthy();
    expect(screen.getByText('玉州区', { selector: '.home__where' })).toBeTruthy();
    expect(screen.getByText('玉州区家政1月班')).toBeTruthy();
    expect(screen.getByText('已满')).toBeTruthy();
    expect(screen.getByText('为你推荐的岗位')).toBeTruthy();
    expect(screen.queryByText('登录 / 注册')).toBeNull();
    expect(sentCalls()).toContain('GET /sessions?regionCode=450902&pageSize=3');
    expect(sentCalls()).not.toContain('GET /sessions?regionCode=450900&pageSize=3');
  });

  it('falls back to 玉林市 for a worker without a profile, and does not ask for one', async () => {
    saveLogin({ ...WORKER_LOGIN, user: { ...WORKER, hasWorkerProfile: false } });
    serve((_m, path) => {
      if (path === '/me') return ok({ user: { ...WORKER, hasWorkerProfile: false } });
      if (path.startsWith('/brands')) return page([]);
      if (path === '/sessions?regionCode=450900&pageSize=3') return page([SESSION]);
      return undefined;
    });
    await renderSettled(<HomePage />);
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    expect(sentCalls()).not.toContain('GET /workers/me/profile');
    expect(screen.getByText('暂时还没有劳务品牌。')).toBeTruthy();
  });

  it('asks both lists again on a pull, then puts the spinner away', async () => {
    serve((_m, path) => (path.startsWith('/brands') ? page([BRAND_FUMIAN]) : page([SESSION])));
    await renderSettled(<HomePage />);
    expect(sentCalls()).toHaveLength(2);
    await act(async () => pullDown());
    expect(sentCalls().sort()).toEqual([
      'GET /brands?page=1&pageSize=20',
      'GET /brands?page=1&pageSize=20',
      'GET /sessions?regionCode=450900&pageSize=3',
      'GET /sessions?regionCode=450900&pageSize=3',
    ]);
    expect(Taro.stopPullDownRefresh).toHaveBeenCalledTimes(1);
  });
});
