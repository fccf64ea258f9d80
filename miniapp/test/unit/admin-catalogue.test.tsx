import { fireEvent, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { BrandDetail, OccupationView } from '@app/shared/api';
import AdminDashboardPage from '../../src/packages/admin/pages/dashboard/index';
import BrandEditPage from '../../src/packages/admin/pages/brand-edit/index';
import AdminBrandsPage from '../../src/packages/admin/pages/brands/index';
import AdminOccupationsPage from '../../src/packages/admin/pages/occupations/index';
import { saveLogin } from '../../src/services/auth-store';
import {
  BRAND_DETAIL,
  BRAND_FUMIAN,
  BRAND_JIAZHENG,
  OCCUPATION,
  page,
  sentCalls,
  sentWith,
  serve,
  SPECIAL_OCCUPATION,
} from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { renderSettled, click, field, type, choose, flip, messageUnder } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;
const mockPages = Taro.getCurrentPages as unknown as jest.Mock;

/** The brand being edited: it also covers 广州 白云区, which the form must keep. */
const EDITED: BrandDetail = { ...BRAND_DETAIL, extraRegionCodes: ['440111'] };

/** The brands in the admin's region (玉林市) and the 培训清单. */
const REGION_BRANDS = '/brands?regionCode=450900&pageSize=50';
const FIRST_PAGE = '/brands?regionCode=450900&page=1&pageSize=50';

/** What was sent to change something (POST and PUT), in order. */
const changes = () =>
  sentWith('POST')
    .concat(sentWith('PUT'))
    .filter((r) => !r.url.endsWith('/auth/refresh'));

beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

describe('品牌管理 (the admin’s brands)', () => {
  it('lists the brands of the admin’s region, fresh, 50 a page, each with 编辑', async () => {
    serve((_m, path) => (path === FIRST_PAGE ? page([BRAND_JIAZHENG, BRAND_FUMIAN]) : undefined));
    await renderSettled(<AdminBrandsPage />);
    expect(sentCalls()).toEqual([`GET ${FIRST_PAGE}`]);
    // The public list is cacheable for a minute: the admin must see what was just saved.
    expect(sentWith('GET')[0].header).toMatchObject({ 'cache-control': 'no-cache' });
    expect(screen.getByText('八桂家政')).toBeTruthy();
    expect(screen.getByText('福绵区 · 县级 · 代码 fumian-tailor')).toBeTruthy();
    expect(screen.getByText('本地区共 2 个劳务品牌（已归档的不显示）')).toBeTruthy();

    fireEvent.click(screen.getAllByText('编辑')[1]);
    fireEvent.click(screen.getByText('新建品牌'));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/admin/pages/brand-edit/index?code=fumian-tailor',
      '/packages/admin/pages/brand-edit/index',
    ]);
  });

  it('shows a failed load with 重试, and an empty region with 新建品牌', async () => {
    serve(() => fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'));
    await renderSettled(<AdminBrandsPage />);
    expect(screen.getByText('服务器开小差了，请稍后再试')).toBeTruthy();
    serve((_m, path) => (path === FIRST_PAGE ? page([]) : undefined));
    await click('重试');
    expect(screen.getByText('本地区还没有劳务品牌。')).toBeTruthy();
    expect(screen.getAllByText('新建品牌')).toHaveLength(2);
  });

  it('is linked from the admin dashboard with 培训清单', async () => {
    await renderSettled(<AdminDashboardPage />);
    fireEvent.click(screen.getByText('品牌管理'));
    fireEvent.click(screen.getByText('培训清单'));
    expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
      '/packages/admin/pages/brands/index',
      '/packages/admin/pages/occupations/index',
    ]);
  });
});

describe('新建品牌 (the brand form)', () => {
  beforeEach(() => {
    serve((method, path) => {
      if (method === 'GET' && path === '/occupations') {
        return ok({ items: [OCCUPATION, SPECIAL_OCCUPATION] });
      }
      if (method === 'POST' && path === '/admin/brands') {
        return ok({ brand: { ...BRAND_DETAIL, code: 'luchuan-chef', name: '陆川厨师' } });
      }
      return undefined;
    });
  });

  /** A brand the server would take; each test then spoils one thing. */
  function fillValidForm() {
    type('品牌代码', 'luchuan-chef');
    type('品牌名称', '陆川厨师');
    type('别名（选填）', '陆川大厨、陆川菜师傅, 陆川大厨');
    choose('品牌级别', '县级');
    fireEvent.click(screen.getByText('广州劳务品牌'));
    type('所属行业', '餐饮服务');
    choose('品牌类型', '高品质服务型');
    choose('发展阶段', '成长期');
    type('品牌故事', '陆川厨师以猪脚、白切鸡闻名，走出大山开起了餐馆。');
    type('封面图片地址（选填）', 'https://cdn.test/luchuan.jpg');
    fireEvent.click(screen.getByText('服装熨烫'));
  }

  it('starts in the admin’s own region (全市) and offers only its counties', async () => {
    await renderSettled(<BrandEditPage />);
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '新建品牌' });
    expect(screen.getByText('广西壮族自治区 玉林市（全市）')).toBeTruthy();
    const county = screen.getAllByRole('combobox', { name: '第3列' })[0];
    const counties = within(county)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(counties[0]).toBe('全市');
    expect(counties).toContain('福绵区');
    expect(counties).not.toContain('青秀区');
    // A new brand has no targets, units or 归档 yet.
    expect(screen.queryByText('保存目标')).toBeNull();
    expect(screen.queryByText('归档品牌')).toBeNull();
  });

  it('refuses a code with capitals or underscores and a story under 10 characters, sending nothing', async () => {
    await renderSettled(<BrandEditPage />);
    fillValidForm();
    type('品牌代码', 'Luchuan_Chef');
    type('品牌故事', '陆川厨师很有名');
    await click('创建品牌');
    expect(messageUnder('品牌代码')).toBe(
      '品牌代码只能用小写字母、数字和连字符（如 fumian-caifeng）',
    );
    expect(messageUnder('品牌故事')).toBe('品牌故事应为10到2000个字（现在7个字）');
    expect(screen.getByText(/^有2处需要修改/)).toBeTruthy();
    expect(changes()).toEqual([]);
  });

  it('asks for everything required on an empty form, and sends nothing', async () => {
    await renderSettled(<BrandEditPage />);
    await click('创建品牌');
    expect(messageUnder('品牌代码')).toBe('请填写品牌代码');
    expect(messageUnder('品牌名称')).toBe('请填写品牌名称');
    expect(messageUnder('品牌级别')).toBe('请选择品牌级别');
    expect(messageUnder('品牌系列')).toBe('请选择或填写品牌系列');
    expect(messageUnder('品牌类型')).toBe('请选择品牌类型');
    expect(messageUnder('发展阶段')).toBe('请选择发展阶段');
    expect(changes()).toEqual([]);
  });

  it('refuses a cover picture that is not https', async () => {
    await renderSettled(<BrandEditPage />);
    fillValidForm();
    type('封面图片地址（选填）', 'http://cdn.test/luchuan.jpg');
    await click('创建品牌');
    expect(messageUnder('封面图片地址（选填）')).toBe('封面图片应为 https:// 开头的地址，不含空格');
    expect(changes()).toEqual([]);
  });

  it('POSTs the brand as BrandInput, then opens it for its targets and units', async () => {
    await renderSettled(<BrandEditPage />);
    fillValidForm();
    await click('创建品牌');
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/brands',
      method: 'POST',
    });
    expect(changes()[0].data).toEqual({
      code: 'luchuan-chef',
      name: '陆川厨师',
      aliases: ['陆川大厨', '陆川菜师傅'],
      regionCode: '450900',
      extraRegionCodes: [],
      level: 'county',
      series: '广州劳务品牌',
      industry: '餐饮服务',
      type: '高品质服务型',
      stage: '成长期',
      story: '陆川厨师以猪脚、白切鸡闻名，走出大山开起了餐馆。',
      coverUrl: 'https://cdn.test/luchuan.jpg',
      occupationCodes: ['garment-ironing'],
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '品牌已创建' }));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/admin/pages/brand-edit/index?code=luchuan-chef',
    });
  });

  it('sends a typed series and no cover, and shows the server’s field messages', async () => {
    serve((method, path) => {
      if (path === '/occupations') return ok({ items: [OCCUPATION, SPECIAL_OCCUPATION] });
      if (method === 'POST') {
        return fail(400, 'VALIDATION_FAILED', '提交的内容有误：品牌名称应为2到48个字', [
          { field: 'name', messages: ['品牌名称应为2到48个字'] },
          { field: 'aliases.1', messages: ['别名不能为空'] },
        ]);
      }
      return undefined;
    });
    await renderSettled(<BrandEditPage />);
    fillValidForm();
    type('品牌系列', '桂东南系列');
    type('封面图片地址（选填）', '');
    fireEvent.click(screen.getByText('服装熨烫'));
    await click('创建品牌');
    expect(changes()[0].data).toMatchObject({
      series: '桂东南系列',
      coverUrl: null,
      occupationCodes: [],
    });
    expect(messageUnder('品牌名称')).toBe('品牌名称应为2到48个字');
    expect(messageUnder('别名（选填）')).toBe('别名不能为空');
    expect(screen.getByText('提交的内容有误：品牌名称应为2到48个字')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

describe('编辑品牌 (?code=)', () => {
  beforeEach(() => {
    mockRouter.mockReturnValue({ params: { code: 'fumian-tailor' } });
    serve((method, path) => {
      if (method === 'GET' && path === '/brands/fumian-tailor') return ok({ brand: EDITED });
      if (method === 'GET' && path === '/occupations') {
        return ok({ items: [OCCUPATION, SPECIAL_OCCUPATION] });
      }
      if (method === 'PUT' && path === '/admin/brands/fumian-tailor') {
        return ok({ brand: { ...EDITED, name: '福绵裁缝师傅' } });
      }
      return undefined;
    });
  });

  it('loads the brand fresh, shows the code read-only and PUTs it back with what it had', async () => {
    await renderSettled(<BrandEditPage />);
    expect(sentCalls()).toContain('GET /brands/fumian-tailor');
    const get = sentWith('GET').find((r) => r.url.endsWith('/brands/fumian-tailor'));
    expect(get?.header).toMatchObject({ 'cache-control': 'no-cache' });
    expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '编辑品牌' });
    expect(within(field('品牌代码')).getByText('fumian-tailor')).toBeTruthy();
    expect(field('品牌代码').querySelector('input')).toBeNull();
    expect(screen.getByDisplayValue('福绵服装')).toBeTruthy();
    expect(screen.getByText('广东省 广州市 白云区')).toBeTruthy();

    type('品牌名称', '福绵裁缝师傅');
    await click('保存修改');
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/brands/fumian-tailor',
      method: 'PUT',
      data: {
        code: 'fumian-tailor',
        name: '福绵裁缝师傅',
        aliases: ['福绵服装'],
        regionCode: '450903',
        extraRegionCodes: ['440111'],
        level: 'county',
        series: '八桂系列',
        occupationCodes: ['sewing-worker', 'garment-ironing'],
        coverUrl: null,
      },
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }));
  });

  it('drops an extra region with 删除 and unticks an occupation', async () => {
    await renderSettled(<BrandEditPage />);
    const extra = screen.getByText('广东省 广州市 白云区').closest('.extra-regions__row');
    await click('删除', extra as HTMLElement);
    fireEvent.click(screen.getByText('缝纫工'));
    await click('保存修改');
    expect(changes()[0].data).toMatchObject({
      extraRegionCodes: [],
      occupationCodes: ['garment-ironing'],
    });
  });

  it('saves the targets as {targets: […]} with numbers, a row per year', async () => {
    serve((method, path) => {
      if (path === '/brands/fumian-tailor') return ok({ brand: EDITED });
      if (path === '/occupations') return ok({ items: [OCCUPATION] });
      if (method === 'PUT' && path === '/admin/brands/fumian-tailor/targets') {
        return ok({ brand: EDITED });
      }
      return undefined;
    });
    await renderSettled(<BrandEditPage />);
    const first = document.querySelector('.target-row') as HTMLElement;
    expect((field('年份', first).querySelector('input') as HTMLInputElement).value).toBe('2025');
    type('培训目标（人次）', '12000', first);
    await click('添加一年的目标');
    const second = document.querySelectorAll<HTMLElement>('.target-row')[1];
    expect((field('年份', second).querySelector('input') as HTMLInputElement).value).toBe('2026');
    type('培训目标（人次）', '3000', second);
    type('就业目标（人次）', '4500', second);
    await click('保存目标');
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/brands/fumian-tailor/targets',
      method: 'PUT',
    });
    expect(changes()[0].data).toEqual({
      targets: [
        { periodEnd: '2025', trainingTarget: 12000, employmentTarget: 15000 },
        { periodEnd: '2026', trainingTarget: 3000, employmentTarget: 4500 },
      ],
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '目标已保存' }));
  });

  it('refuses a repeated year, a missing count and a two-digit year, sending nothing', async () => {
    await renderSettled(<BrandEditPage />);
    await click('添加一年的目标');
    await click('添加一年的目标');
    const rows = document.querySelectorAll<HTMLElement>('.target-row');
    type('年份', '2025', rows[1]);
    type('培训目标（人次）', '100', rows[1]);
    type('就业目标（人次）', '100', rows[1]);
    type('年份', '26', rows[2]);
    await click('保存目标');
    expect(rows[1].querySelector('.target-row__error')?.textContent).toBe(
      '2025年已有一行目标，同一年份只能有一个目标',
    );
    expect(rows[2].querySelector('.target-row__error')?.textContent).toBe(
      '目标年份应为4位数字，如 2025',
    );
    type('年份', '2027', rows[1]);
    type('年份', '2028', rows[2]);
    await click('保存目标');
    expect(rows[2].querySelector('.target-row__error')?.textContent).toBe('请填写培训目标');
    expect(changes()).toEqual([]);
  });

  it('lists the units and adds one with POST …/affiliates', async () => {
    const added = {
      id: 'a3',
      kind: 'incubation_base' as const,
      name: '福绵服装创业孵化基地',
      regionCode: '450903',
      regionName: '福绵区',
      description: '扶持返乡创业',
      isDemo: false,
    };
    serve((method, path) => {
      if (path === '/brands/fumian-tailor') return ok({ brand: EDITED });
      if (path === '/occupations') return ok({ items: [OCCUPATION] });
      if (method === 'POST' && path === '/admin/brands/fumian-tailor/affiliates') {
        return ok({ brand: { ...EDITED, affiliates: [...EDITED.affiliates, added] } });
      }
      return undefined;
    });
    await renderSettled(<BrandEditPage />);
    expect(screen.getByText('福绵服装职业技能培训基地')).toBeTruthy();
    expect(screen.getByText('演示')).toBeTruthy();
    await click('添加依托单位');
    const form = document.querySelector('.affiliate-form') as HTMLElement;
    await click('确定添加', form);
    expect(messageUnder('单位类型', form)).toBe('请选择单位类型');
    expect(changes()).toEqual([]);

    choose('单位类型', '孵化基地', form);
    type('单位名称', '福绵服装创业孵化基地', form);
    type('简介（选填）', '扶持返乡创业', form);
    await click('确定添加', form);
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/brands/fumian-tailor/affiliates',
      method: 'POST',
      data: {
        kind: 'incubation_base',
        name: '福绵服装创业孵化基地',
        regionCode: '450903',
        description: '扶持返乡创业',
      },
    });
    expect(screen.getByText('福绵服装创业孵化基地')).toBeTruthy();
    expect(document.querySelector('.affiliate-form')).toBeNull();
  });

  it('archives only after a confirmation that says what happens, then goes back to the list', async () => {
    serve((method, path) => {
      if (path === '/brands/fumian-tailor') return ok({ brand: EDITED });
      if (path === '/occupations') return ok({ items: [OCCUPATION] });
      if (method === 'POST' && path === '/admin/brands/fumian-tailor/archive') {
        return ok({ brand: { ...EDITED, archived: true } });
      }
      return undefined;
    });
    await renderSettled(<BrandEditPage />);
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('归档品牌');
    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '归档品牌',
        content: expect.stringContaining('归档后不再对外显示，历史数据保留'),
      }),
    );
    expect(changes()).toEqual([]);

    mockPages.mockReturnValue([{}, {}]);
    await click('归档品牌');
    expect(mockModal).toHaveBeenCalledTimes(2);
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/brands/fumian-tailor/archive',
      method: 'POST',
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已归档' }));
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  it('shows the server’s refusal to archive on the page', async () => {
    serve((method, path) => {
      if (path === '/brands/fumian-tailor') return ok({ brand: EDITED });
      if (path === '/occupations') return ok({ items: [OCCUPATION] });
      if (method === 'POST') return fail(404, 'NOT_FOUND', '没有找到这个劳务品牌');
      return undefined;
    });
    await renderSettled(<BrandEditPage />);
    await click('归档品牌');
    expect(screen.getByText('没有找到这个劳务品牌')).toBeTruthy();
    expect(Taro.navigateBack).not.toHaveBeenCalled();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('does not offer a brand outside the admin’s region for editing', async () => {
    saveLogin({ ...WORKER_LOGIN, user: { ...ADMIN, regionCode: '450902' } });
    await renderSettled(<BrandEditPage />);
    expect(screen.getByText('这个品牌不在你的管辖地区，不能修改。')).toBeTruthy();
    expect(screen.queryByText('保存修改')).toBeNull();
  });
});

describe('培训清单 (the admin’s training list)', () => {
  const LAPSED: OccupationView = { ...OCCUPATION, subsidised: false, subsidyAmount: null };

  beforeEach(() => {
    serve((method, path) => {
      if (method === 'GET' && path === '/occupations') {
        return ok({ items: [SPECIAL_OCCUPATION, OCCUPATION] });
      }
      if (method === 'GET' && path === REGION_BRANDS) {
        return page([BRAND_JIAZHENG, BRAND_FUMIAN]);
      }
      if (method === 'POST' && path === '/admin/occupations') {
        return ok({ occupation: { ...SPECIAL_OCCUPATION, code: 'garment-pressing' } });
      }
      if (method === 'PUT' && path === '/admin/occupations/sewing-worker') {
        return ok({ occupation: LAPSED });
      }
      return undefined;
    });
  });

  it('lists each occupation’s certificate, level, subsidy, dates and brands', async () => {
    await renderSettled(<AdminOccupationsPage />);
    expect(sentCalls()).toEqual(
      expect.arrayContaining(['GET /occupations', `GET ${REGION_BRANDS}`]),
    );
    const sewing = screen.getByText('缝纫工').closest('.admin-row') as HTMLElement;
    expect(within(sewing).getByText('职业技能等级认定 · 最高高级工')).toBeTruthy();
    expect(within(sewing).getByText('补贴 1200 元/人')).toBeTruthy();
    expect(within(sewing).getByText('有效期：2022-01-01 至 2025-12-31')).toBeTruthy();
    expect(within(sewing).getByText('品牌：福绵裁缝')).toBeTruthy();
    const ironing = screen.getByText('服装熨烫').closest('.admin-row') as HTMLElement;
    expect(within(ironing).getByText('专项职业能力考核')).toBeTruthy();
    expect(within(ironing).getByText('有补贴（金额未填）')).toBeTruthy();
  });

  it('adds a 专项职业能力考核 entry with maxLevel null, even after a level was picked', async () => {
    await renderSettled(<AdminOccupationsPage />);
    await click('新增培训职业');
    type('职业代码', 'garment-pressing');
    type('职业名称', '服装整烫');
    choose('证书类型', '专项职业能力考核');
    choose('证书类型', '职业技能等级认定');
    choose('最高可考等级', '技师');
    choose('证书类型', '专项职业能力考核');
    expect(screen.queryByText('最高可考等级')).toBeNull();
    flip('享受培训补贴');
    type('补贴金额（元/人，选填）', '800');
    type('生效日期', '2026-01-01');
    fireEvent.click(screen.getByText('福绵裁缝'));
    await click('保存');
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/occupations',
      method: 'POST',
    });
    expect(changes()[0].data).toEqual({
      code: 'garment-pressing',
      name: '服装整烫',
      certificateType: '专项职业能力考核',
      maxLevel: null,
      subsidised: true,
      subsidyAmount: 800,
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      brandCodes: ['fumian-tailor'],
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }));
    // Back on the list, with the new entry.
    expect(screen.getByText('新增培训职业')).toBeTruthy();
    expect(screen.getAllByText('服装熨烫')).toHaveLength(2);
  });

  it('sends the level of a 职业技能等级认定 entry, and asks for one', async () => {
    await renderSettled(<AdminOccupationsPage />);
    await click('新增培训职业');
    type('职业代码', 'chef');
    type('职业名称', '中式烹调师');
    choose('证书类型', '专项职业能力考核');
    choose('证书类型', '职业技能等级认定');
    type('生效日期', '2026-01-01');
    await click('保存');
    expect(messageUnder('最高可考等级')).toBe('请选择最高可考等级');
    expect(changes()).toEqual([]);
    choose('最高可考等级', '中级工');
    await click('保存');
    expect(changes()[0].data).toMatchObject({
      certificateType: '职业技能等级认定',
      maxLevel: 4,
      subsidised: false,
      subsidyAmount: null,
      brandCodes: [],
    });
  });

  it('refuses a bad code and an end date before the start, sending nothing', async () => {
    await renderSettled(<AdminOccupationsPage />);
    await click('新增培训职业');
    type('职业代码', '缝纫');
    type('职业名称', '缝纫工');
    choose('证书类型', '专项职业能力考核');
    type('生效日期', '2026-01-01');
    flip('长期有效');
    type('失效日期', '2025-12-31');
    await click('保存');
    expect(messageUnder('职业代码')).toBe(
      '职业代码只能用小写字母、数字和连字符（如 fumian-caifeng）',
    );
    expect(messageUnder('失效日期')).toBe('失效日期不能早于生效日期');
    expect(changes()).toEqual([]);
  });

  it('edits an entry: code read-only, PUT with its dates and the region’s brands', async () => {
    await renderSettled(<AdminOccupationsPage />);
    const sewing = screen.getByText('缝纫工').closest('.admin-row') as HTMLElement;
    await click('编辑', sewing);
    expect(screen.getByText('编辑培训职业')).toBeTruthy();
    expect(within(field('职业代码')).getByText('sewing-worker')).toBeTruthy();
    flip('享受培训补贴');
    await click('保存');
    expect(changes()).toHaveLength(1);
    expect(changes()[0]).toMatchObject({
      url: 'https://api.test/api/v1/admin/occupations/sewing-worker',
      method: 'PUT',
    });
    expect(changes()[0].data).toEqual({
      code: 'sewing-worker',
      name: '缝纫工',
      certificateType: '职业技能等级认定',
      maxLevel: 3,
      subsidised: false,
      subsidyAmount: null,
      effectiveFrom: '2022-01-01',
      effectiveTo: '2025-12-31',
      brandCodes: ['fumian-tailor'],
    });
    const row = screen.getByText('缝纫工').closest('.admin-row') as HTMLElement;
    expect(within(row).getByText('无补贴')).toBeTruthy();
  });

  it('shows the server’s field message and keeps the form open', async () => {
    serve((method, path) => {
      if (path === '/occupations') return ok({ items: [OCCUPATION] });
      if (path === REGION_BRANDS) return page([BRAND_FUMIAN]);
      if (method === 'POST') {
        return fail(400, 'VALIDATION_FAILED', '提交的内容有误：失效日期不能早于生效日期', [
          { field: 'effectiveTo', messages: ['失效日期不能早于生效日期'] },
        ]);
      }
      return undefined;
    });
    await renderSettled(<AdminOccupationsPage />);
    await click('新增培训职业');
    type('职业代码', 'chef');
    type('职业名称', '中式烹调师');
    choose('证书类型', '专项职业能力考核');
    type('生效日期', '2026-01-01');
    flip('长期有效');
    type('失效日期', '2026-06-30');
    await click('保存');
    expect(messageUnder('失效日期')).toBe('失效日期不能早于生效日期');
    expect(screen.getByText('提交的内容有误：失效日期不能早于生效日期')).toBeTruthy();
  });
});
