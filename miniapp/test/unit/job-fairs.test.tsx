import { fireEvent, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { JobFairInput } from '@app/shared/api';
import { checkFairForm, emptyFairForm } from '../../src/packages/admin/components/fair-form';
import AdminFairsPage from '../../src/packages/admin/pages/fairs/index';
import FairPage from '../../src/packages/catalogue/pages/fair/index';
import { saveLogin } from '../../src/services/auth-store';
import {
  BRAND_FUMIAN,
  BRAND_JIAZHENG,
  page,
  sentCalls,
  sentWith,
  serve,
} from './catalogue-fixtures';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { JOB, SPECIAL_JOB } from './job-fixtures';
import { EMPLOYER_USER, FAIR } from './recommendation-fixtures';
import { choose, click, field, flip, messageUnder, renderSettled, type } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const REGION_BRANDS = '/brands?regionCode=450900&pageSize=50';

function pickDate(label: string, value: string) {
  const input = field(label).querySelector('input[data-mode="date"]') as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
}

describe('checkFairForm', () => {
  const today = '2026-11-22';
  const filled = {
    ...emptyFairForm('450900'),
    title: ' 福绵裁缝专场 ',
    date: '2026-11-22',
    place: ' 福绵区人力资源市场 ',
    brandCodes: ['fumian-tailor'],
  };

  it('takes today, trims, and sends no place for an online fair', () => {
    expect(checkFairForm(filled, '450900', today).input).toEqual({
      title: '福绵裁缝专场',
      regionCode: '450900',
      date: '2026-11-22',
      place: '福绵区人力资源市场',
      brandCodes: ['fumian-tailor'],
    });
    expect(checkFairForm({ ...filled, online: true }, '450900', today).input?.place).toBeNull();
  });

  it('refuses a past date, a region outside the admin’s, no place offline and no brand', () => {
    const { errors, input } = checkFairForm(
      { ...filled, date: '2026-11-21', regionCode: '450100', place: ' ', brandCodes: [] },
      '450900',
      today,
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      date: '举办日期不能早于今天',
      regionCode: '只能选择你管辖范围内的地区',
      place: '请填写举办地点，或选择线上举办',
      brandCodes: '请至少选择一个劳务品牌',
    });
    // A county inside the admin's city is fine.
    expect(
      checkFairForm({ ...filled, regionCode: '450903' }, '450900', today).input,
    ).not.toBeNull();
  });
});

describe('专场招聘 (admin)', () => {
  let created: JobFairInput[];
  beforeEach(() => {
    created = [];
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    serve((method, path, body) => {
      if (method === 'GET' && path === '/fairs') return ok({ items: [FAIR] });
      if (method === 'GET' && path === REGION_BRANDS) return page([BRAND_JIAZHENG, BRAND_FUMIAN]);
      if (method === 'POST' && path === '/admin/fairs') {
        const input = body as JobFairInput;
        created.push(input);
        return {
          statusCode: 201,
          data: {
            fair: {
              ...FAIR,
              ...input,
              id: 'f2',
              regionName: '玉林市',
              brandNames: ['八桂家政'],
              jobs: [],
            },
          },
        };
      }
      return undefined;
    });
  });

  it('lists the upcoming fairs, each opening its page', async () => {
    await renderSettled(<AdminFairsPage />);
    const card = screen.getByText('福绵裁缝专场招聘会').closest('.fair-card') as HTMLElement;
    expect(card.textContent).toContain('2099-12-10');
    expect(card.textContent).toContain('福绵区 · 福绵区人力资源市场');
    expect(card.textContent).toContain('品牌：福绵裁缝');
    expect(card.textContent).toContain('参会岗位 1 个');
    await click('福绵裁缝专场招聘会');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/fair/index?id=f1',
    });
  });

  it('shows what is missing and sends nothing', async () => {
    await renderSettled(<AdminFairsPage />);
    await click('新建专场招聘');
    await click('创建');
    expect(messageUnder('招聘会名称')).toBe('请填写招聘会名称');
    expect(messageUnder('举办日期')).toBe('请选择举办日期');
    expect(messageUnder('举办地点')).toBe('请填写举办地点，或选择线上举办');
    expect(messageUnder('面向的劳务品牌')).toBe('请至少选择一个劳务品牌');
    expect(screen.getByText('有4处需要修改，第一处：请填写招聘会名称')).toBeTruthy();
    pickDate('举办日期', '2020-01-01');
    await click('创建');
    expect(messageUnder('举办日期')).toBe('举办日期不能早于今天');
    expect(created).toEqual([]);
  });

  it('creates an online fair in the admin’s region for the brands ticked', async () => {
    await renderSettled(<AdminFairsPage />);
    await click('新建专场招聘');
    // The admin's region is where the form starts; the picker offers nothing outside it.
    expect(within(field('举办地区')).getByText('广西壮族自治区 玉林市（全市）')).toBeTruthy();
    type('招聘会名称', '八桂家政线上招聘会');
    pickDate('举办日期', '2099-12-20');
    flip('线上举办');
    expect(() => field('举办地点')).toThrow();
    await click('八桂家政');
    await click('创建');
    expect(created).toEqual([
      {
        title: '八桂家政线上招聘会',
        regionCode: '450900',
        date: '2099-12-20',
        place: null,
        brandCodes: ['bagui-jiazheng'],
      },
    ]);
    expect(screen.queryByText('创建')).toBeNull();
    const card = screen.getByText('八桂家政线上招聘会').closest('.fair-card') as HTMLElement;
    expect(card.textContent).toContain('线上');
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '已创建，已通知相关劳动者',
      icon: 'none',
    });
  });

  it('shows the server’s refusal on the form', async () => {
    serve((method, path) => {
      if (path === '/fairs') return ok({ items: [] });
      if (path === REGION_BRANDS) return page([BRAND_FUMIAN]);
      if (method === 'POST') return fail(403, 'FORBIDDEN', '只能在你管辖的地区举办');
      return undefined;
    });
    await renderSettled(<AdminFairsPage />);
    expect(screen.getByText('还没有即将举办的专场招聘。')).toBeTruthy();
    await click('新建专场招聘');
    type('招聘会名称', '福绵专场');
    type('举办地点', '福绵镇');
    pickDate('举办日期', '2099-01-01');
    await click('福绵裁缝');
    await click('创建');
    expect(sentWith('POST')).toHaveLength(1);
    expect(screen.getByText('只能在你管辖的地区举办')).toBeTruthy();
  });
});

describe('专场招聘 (public page)', () => {
  beforeEach(() => mockRouter.mockReturnValue({ params: { id: 'f1' } }));

  it('shows the fair and its jobs to anyone, with no 添加我的岗位', async () => {
    serve((_m, path) => (path === '/fairs/f1' ? ok({ fair: FAIR }) : undefined));
    const { container } = await renderSettled(<FairPage />);
    for (const text of [
      '福绵裁缝专场招聘会',
      '举办日期：2099-12-10',
      '福绵区 · 福绵区人力资源市场',
      '福绵裁缝',
      '参会岗位（1）',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(container.querySelectorAll('.job-card')).toHaveLength(1);
    expect(screen.getByText('服装熨烫工')).toBeTruthy();
    expect(screen.queryByText('添加我的岗位')).toBeNull();
    expect(sentCalls()).toEqual(['GET /fairs/f1']);
  });

  it('says 线上招聘会 for an online fair', async () => {
    serve((_m, path) =>
      path === '/fairs/f1' ? ok({ fair: { ...FAIR, place: null, jobs: [] } }) : undefined,
    );
    await renderSettled(<FairPage />);
    expect(screen.getByText('福绵区 · 线上招聘会')).toBeTruthy();
    expect(screen.getByText('还没有单位添加岗位，过几天再来看看。')).toBeTruthy();
  });

  it('lets an employer attach one of their open jobs not yet at the fair', async () => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    const draft = { ...JOB, id: 'd1', title: '草稿岗位', status: 'draft' as const };
    const other = { ...JOB, id: 'j3', title: '包缝工' };
    serve((method, path) => {
      if (path === '/fairs/f1') return ok({ fair: FAIR });
      if (path === '/employer/jobs?page=1&pageSize=100')
        return page([draft, JOB, SPECIAL_JOB, other]);
      if (method === 'POST' && path === '/employer/fairs/f1/jobs/j3') {
        return ok({ fair: { ...FAIR, jobs: [SPECIAL_JOB, other] } });
      }
      return undefined;
    });
    const { container } = await renderSettled(<FairPage />);
    expect(screen.getByText('添加我的岗位')).toBeTruthy();
    const options = Array.from(field('选择岗位').querySelectorAll('option')).map(
      (o) => o.textContent,
    );
    // Open jobs only, and not the one already at the fair.
    expect(options).toEqual(['牛仔服装车位工', '包缝工']);
    choose('选择岗位', '包缝工');
    await click('添加到招聘会');
    expect(sentCalls()).toContain('POST /employer/fairs/f1/jobs/j3');
    expect(container.querySelectorAll('.job-card')).toHaveLength(2);
    expect(screen.getByText('参会岗位（2）')).toBeTruthy();
    expect(
      Array.from(field('选择岗位').querySelectorAll('option')).map((o) => o.textContent),
    ).toEqual(['牛仔服装车位工']);
  });

  it('shows why attaching failed', async () => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    serve((method, path) => {
      if (path === '/fairs/f1') return ok({ fair: { ...FAIR, jobs: [] } });
      if (path === '/employer/jobs?page=1&pageSize=100') return page([JOB]);
      if (method === 'POST') return fail(409, 'JOB_NOT_OPEN', '岗位已结束招聘，不能添加');
      return undefined;
    });
    await renderSettled(<FairPage />);
    choose('选择岗位', '牛仔服装车位工');
    await click('添加到招聘会');
    expect(screen.getByText('岗位已结束招聘，不能添加')).toBeTruthy();
  });

  it('tells an employer without open jobs how to get one there', async () => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    serve((_m, path) => {
      if (path === '/fairs/f1') return ok({ fair: FAIR });
      if (path === '/employer/jobs?page=1&pageSize=100') return page([SPECIAL_JOB]);
      return undefined;
    });
    await renderSettled(<FairPage />);
    expect(screen.getByText('你招聘中的岗位都已添加到这场招聘会。')).toBeTruthy();
  });
});
