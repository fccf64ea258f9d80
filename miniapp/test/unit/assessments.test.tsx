import { fireEvent, screen, within } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { CertificationView } from '@app/shared/api';
import AssessmentsPage from '../../src/packages/trainer/pages/assessments/index';
import { checkResult, checkSchedule } from '../../src/packages/trainer/assessment-form';
import { saveLogin } from '../../src/services/auth-store';
import { sentWith, serve, pathOf } from './catalogue-fixtures';
import { certification } from './certification-fixtures';
import { ADMIN, fail, ok, WORKER, WORKER_LOGIN } from './fixtures';
import { click, field, messageUnder, renderSettled, type } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

const TRAINER = { ...WORKER, id: 't1', displayName: '李老师', roles: ['trainer' as const] };

const APPLIED = certification({});
const SCHEDULED = certification({
  id: 'c2',
  workerId: 'w2',
  workerName: '李四',
  status: 'scheduled',
  attempt: 2,
  // 2026-12-20 09:30 in China.
  scheduledAt: '2026-12-20T01:30:00.000Z',
  place: '福绵区职业技能鉴定所',
});
const ISSUED = certification({
  id: 'c3',
  workerId: 'w3',
  workerName: '王五',
  status: 'issued',
  scheduledAt: '2026-12-20T01:30:00.000Z',
  place: '福绵区职业技能鉴定所',
  score: 88,
  certificateNo: 'S000045090100123',
  issuer: '玉林市人力资源和社会保障局',
  issuedOn: '2026-12-28',
});

const LIST = '/provider/sessions/s1/certifications';

let items: CertificationView[];

function serveAssessments(
  step: (path: string, body: unknown) => { statusCode: number; data: unknown } | undefined = () =>
    undefined,
) {
  serve((method, path, body) => {
    if (method === 'GET' && path === LIST) return ok({ items });
    if (method === 'POST') return step(path, body);
    return undefined;
  });
}

const card = (name: string) => screen.getByText(name).closest('.assessment-card') as HTMLElement;
const posted = (path: string) =>
  sentWith('POST')
    .filter((o) => pathOf(o) === path)
    .map((o) => o.data);

/** Picks a value in the date or time wheel of the row labelled `label`. */
function pick(label: string, value: string, scope?: HTMLElement) {
  const input = field(label, scope).querySelector('input[data-mode]') as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
}

describe('技能评价 (a session’s assessments)', () => {
  beforeEach(() => {
    items = [APPLIED, SCHEDULED, ISSUED];
    saveLogin({ ...WORKER_LOGIN, user: TRAINER });
    mockRouter.mockReturnValue({ params: { id: 's1' } });
  });

  it('lists every application with its level, status, try, time, place, score and certificate', async () => {
    serveAssessments();
    await renderSettled(<AssessmentsPage />);
    const applied = card('张三');
    expect(within(applied).getByText('已申请')).toBeTruthy();
    expect(within(applied).getByText('缝纫工 · 职业技能等级认定 · 五级 / 初级工')).toBeTruthy();
    expect(within(applied).getByText('第 1 次')).toBeTruthy();
    expect(within(applied).getByText('安排考核')).toBeTruthy();
    expect(within(applied).queryByText('录入成绩')).toBeNull();

    const scheduled = card('李四');
    expect(within(scheduled).getByText('已安排考核')).toBeTruthy();
    expect(within(scheduled).getByText('第 2 次')).toBeTruthy();
    expect(within(scheduled).getByText('2026-12-20 09:30')).toBeTruthy();
    expect(within(scheduled).getByText('福绵区职业技能鉴定所')).toBeTruthy();
    expect(within(scheduled).getByText('重新安排')).toBeTruthy();
    expect(within(scheduled).getByText('录入成绩')).toBeTruthy();

    const issued = card('王五');
    expect(within(issued).getByText('已发证')).toBeTruthy();
    expect(within(issued).getByText('88 分')).toBeTruthy();
    expect(within(issued).getByText('S000045090100123')).toBeTruthy();
    expect(within(issued).queryByRole('button')).toBeNull();
  });

  it('applies for the completed workers of the class and lists what was created', async () => {
    items = [];
    serveAssessments((path) => {
      if (path !== LIST) return undefined;
      items = [APPLIED];
      return ok({ items: [APPLIED] });
    });
    await renderSettled(<AssessmentsPage />);
    expect(screen.getByText('这个班次还没有技能评价申请。')).toBeTruthy();

    await click('为结业学员申请评价');
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '申请技能评价' }));
    expect(posted(LIST)).toHaveLength(1);
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '已为 1 名学员申请' }),
    );
    expect(card('张三')).toBeTruthy();
  });

  it('shows the server’s message when nobody can apply yet', async () => {
    serveAssessments((path) =>
      path === LIST ? fail(409, 'CERTIFICATION_NOT_ELIGIBLE', '结业后才能申请技能评价') : undefined,
    );
    await renderSettled(<AssessmentsPage />);
    await click('为结业学员申请评价');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '结业后才能申请技能评价' }),
    );
  });

  it('schedules an assessment at the chosen China time and place', async () => {
    serveAssessments((path, body) =>
      path === '/certifications/c1/schedule'
        ? ok({
            certification: {
              ...APPLIED,
              status: 'scheduled',
              scheduledAt: '2026-12-21T06:00:00.000Z',
              place: (body as { place: string }).place,
            },
          })
        : undefined,
    );
    await renderSettled(<AssessmentsPage />);
    await click('安排考核', card('张三'));

    // Nothing is sent until the form is complete.
    await click('保存安排', card('张三'));
    expect(messageUnder('考核日期', card('张三'))).toBe('请选择考核日期');
    expect(messageUnder('考核地点', card('张三'))).toBe('请填写考核地点');
    expect(posted('/certifications/c1/schedule')).toEqual([]);

    pick('考核日期', '2026-12-21', card('张三'));
    pick('开始时间', '14:00', card('张三'));
    type('考核地点', ' 福绵区职业技能鉴定所3楼 ', card('张三'));
    await click('保存安排', card('张三'));

    expect(posted('/certifications/c1/schedule')).toEqual([
      { scheduledAt: '2026-12-21T14:00:00+08:00', place: '福绵区职业技能鉴定所3楼' },
    ]);
    const updated = card('张三');
    expect(within(updated).getByText('已安排考核')).toBeTruthy();
    expect(within(updated).getByText('2026-12-21 14:00')).toBeTruthy();
    expect(within(updated).getByText('福绵区职业技能鉴定所3楼')).toBeTruthy();
    expect(within(updated).queryByText('保存安排')).toBeNull();
  });

  it('reschedules from the current time and place', async () => {
    serveAssessments();
    await renderSettled(<AssessmentsPage />);
    await click('重新安排', card('李四'));
    const form = card('李四');
    expect(
      (field('考核日期', form).querySelector('input[data-mode]') as HTMLInputElement).value,
    ).toBe('2026-12-20');
    expect(
      (field('开始时间', form).querySelector('input[data-mode]') as HTMLInputElement).value,
    ).toBe('09:30');
    expect((field('考核地点', form).querySelector('input') as HTMLInputElement).value).toBe(
      '福绵区职业技能鉴定所',
    );
    await click('取消', form);
    expect(within(card('李四')).queryByText('保存安排')).toBeNull();
  });

  it('records a score and result after a confirming modal', async () => {
    serveAssessments((path) =>
      path === '/certifications/c2/result'
        ? ok({ certification: { ...SCHEDULED, status: 'passed', score: 86 } })
        : undefined,
    );
    await renderSettled(<AssessmentsPage />);
    await click('录入成绩', card('李四'));

    type('成绩（分）', '101', card('李四'));
    await click('保存成绩', card('李四'));
    expect(messageUnder('成绩（分）', card('李四'))).toBe('成绩应为0到100的整数');
    expect(messageUnder('考核结果', card('李四'))).toBe('请选择是否通过');
    expect(posted('/certifications/c2/result')).toEqual([]);

    type('成绩（分）', '86', card('李四'));
    await click('通过', card('李四'));
    await click('保存成绩', card('李四'));

    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('李四：86 分，通过') }),
    );
    expect(posted('/certifications/c2/result')).toEqual([{ passed: true, score: 86 }]);
    expect(within(card('李四')).getByText('考核通过')).toBeTruthy();
    expect(within(card('李四')).getByText('86 分')).toBeTruthy();
    expect(within(card('李四')).queryByText('录入成绩')).toBeNull();
  });

  it('records a failure, and shows the server’s message when it is too early', async () => {
    serveAssessments((path) =>
      path === '/certifications/c2/result'
        ? fail(409, 'CERTIFICATION_STEP_INVALID', '考核时间还没到，考核后才能录入成绩')
        : undefined,
    );
    await renderSettled(<AssessmentsPage />);
    await click('录入成绩', card('李四'));
    type('成绩（分）', '45', card('李四'));
    await click('未通过', card('李四'));
    await click('保存成绩', card('李四'));
    expect(posted('/certifications/c2/result')).toEqual([{ passed: false, score: 45 }]);
    expect(screen.getByText('考核时间还没到，考核后才能录入成绩')).toBeTruthy();
  });

  it('lets an admin schedule and record, but not apply for the class', async () => {
    saveLogin({ ...WORKER_LOGIN, user: ADMIN });
    mockRouter.mockReturnValue({ params: { id: 's1', mode: 'review' } });
    serveAssessments();
    await renderSettled(<AssessmentsPage />);
    expect(screen.queryByText('为结业学员申请评价')).toBeNull();
    expect(within(card('张三')).getByText('安排考核')).toBeTruthy();
    expect(within(card('李四')).getByText('录入成绩')).toBeTruthy();
  });
});

describe('the assessment forms’ checks', () => {
  it('builds the schedule at +08:00 and checks the place’s length', () => {
    expect(checkSchedule({ date: '2026-12-21', time: '08:05', place: '鉴定所' }).input).toEqual({
      scheduledAt: '2026-12-21T08:05:00+08:00',
      place: '鉴定所',
    });
    expect(checkSchedule({ date: '2026-12-21', time: '08:05', place: '所' }).errors.place).toBe(
      '考核地点应为2到100个字',
    );
  });

  it('takes whole scores from 0 to 100 only', () => {
    expect(checkResult({ score: '0', result: 'failed' }).input).toEqual({
      passed: false,
      score: 0,
    });
    expect(checkResult({ score: '100', result: 'passed' }).input).toEqual({
      passed: true,
      score: 100,
    });
    for (const score of ['', '-1', '101', '85.5', 'abc']) {
      expect(checkResult({ score, result: 'passed' }).input).toBeNull();
    }
  });
});
