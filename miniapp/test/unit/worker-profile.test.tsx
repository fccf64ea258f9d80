import { act, fireEvent, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { ERROR_CATALOGUE } from '@app/shared/errors';
import { ID_NUMBER_PROBLEM_MESSAGES, idNumberCheckChar } from '@app/shared/validators';
import ConsentPage from '../../src/packages/worker/pages/consent/index';
import WorkerProfilePage from '../../src/packages/worker/pages/profile/index';
import { getAccessToken, getStoredUser, saveLogin } from '../../src/services/auth-store';
import { fail, NEW_WORKER_LOGIN, ok, PROFILE, WORKER_LOGIN } from './fixtures';
import { renderSettled, click, typeInto } from './ui';

const mockRequest = Taro.request as unknown as jest.Mock;
const mockRouter = useRouter as unknown as jest.Mock;

const FIRST17 = '45090319880312002';
const GOOD_ID = `${FIRST17}${idNumberCheckChar(FIRST17)}`;
const BAD_CHECK = idNumberCheckChar(FIRST17) === '1' ? '2' : '1';
const BAD_ID = `${FIRST17}${BAD_CHECK}`;

const notFound = fail(404, 'PROFILE_NOT_FOUND', '尚未填写个人信息');
const REGION_PLACEHOLDER = '请选择省、市、县（区）';

/** Opens a county picker and confirms what it shows (广西 玉林市 玉州区 by default). */
function pickDefaultRegion() {
  fireEvent.click(screen.getAllByText(REGION_PLACEHOLDER)[0]);
}

function puts() {
  return mockRequest.mock.calls.map((c) => c[0]).filter((o) => o.method === 'PUT');
}

describe('the privacy notice', () => {
  beforeEach(() => saveLogin(NEW_WORKER_LOGIN));

  it('says what is collected and why, and continues only once ticked, passing the version', async () => {
    await renderSettled(<ConsentPage />);
    expect(screen.getByText(/姓名、身份证号、手机号、户籍地、学历、技能、求职意向/)).toBeTruthy();
    expect(screen.getByText(/培训报名、技能评价和岗位推荐/)).toBeTruthy();
    expect(screen.getByText(`告知书版本：${PRIVACY_NOTICE_VERSION}`)).toBeTruthy();

    fireEvent.click(screen.getByText('同意并继续'));
    expect(screen.getByText('请先勾选“我已阅读并同意”')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('我已阅读并同意'));
    fireEvent.click(screen.getByText('同意并继续'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: `/packages/worker/pages/profile/index?consent=${PRIVACY_NOTICE_VERSION}`,
    });
  });

  it('goes back when the worker does not agree', async () => {
    (Taro.getCurrentPages as jest.Mock).mockReturnValue([{}, {}]);
    await renderSettled(<ConsentPage />);
    fireEvent.click(screen.getByText('不同意'));
    expect(Taro.navigateBack).toHaveBeenCalled();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

describe('creating the worker profile', () => {
  beforeEach(() => {
    saveLogin(NEW_WORKER_LOGIN);
    mockRouter.mockReturnValue({ params: { consent: PRIVACY_NOTICE_VERSION } });
  });

  it('without the notice agreed, sends the worker to read it and shows no form', async () => {
    mockRouter.mockReturnValue({ params: {} });
    mockRequest.mockResolvedValueOnce(notFound);
    await renderSettled(<WorkerProfilePage />);
    expect(screen.queryByText('保存')).toBeNull();
    await click('去阅读');
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/worker/pages/consent/index' });
  });

  it('shows the shared validator’s message for a bad ID number and sends nothing', async () => {
    mockRequest.mockResolvedValueOnce(notFound);
    await renderSettled(<WorkerProfilePage />);
    typeInto('和身份证上一样', '黄秀梅');
    typeInto('18位身份证号', BAD_ID);
    pickDefaultRegion();
    pickDefaultRegion();
    await click('保存');
    expect(screen.getByText(ID_NUMBER_PROBLEM_MESSAGES.check_digit)).toBeTruthy();
    expect(puts()).toEqual([]);
  });

  it('asks for the ID number, the name and both regions when creating', async () => {
    mockRequest.mockResolvedValueOnce(notFound);
    await renderSettled(<WorkerProfilePage />);
    await click('保存');
    expect(screen.getByText('请填写身份证号')).toBeTruthy();
    expect(screen.getByText('请填写真实姓名')).toBeTruthy();
    expect(screen.getByText('请选择户籍所在地')).toBeTruthy();
    expect(screen.getByText('请选择现在住在哪里')).toBeTruthy();
    expect(puts()).toEqual([]);
  });

  it('blocks a priority group without its separate consent, then saves with it', async () => {
    mockRequest.mockResolvedValueOnce(notFound);
    await renderSettled(<WorkerProfilePage />);
    typeInto('和身份证上一样', '黄秀梅');
    typeInto('18位身份证号', GOOD_ID.toLowerCase());
    pickDefaultRegion();
    pickDefaultRegion();
    typeInto('例如：缝纫、熨烫', '缝纫，熨烫、 缝纫');
    typeInto('不填表示不限', '3500');
    const groups = screen.getByRole('option', { name: '脱贫人口' }).closest('select');
    fireEvent.change(groups as HTMLSelectElement, { target: { value: '1' } });
    expect(screen.getByText(/我单独同意平台处理上述敏感个人信息/)).toBeTruthy();

    await click('保存');
    expect(screen.getByText(ERROR_CATALOGUE.SENSITIVE_CONSENT_REQUIRED.message)).toBeTruthy();
    expect(puts()).toEqual([]);

    fireEvent.click(screen.getByText(/我单独同意平台处理上述敏感个人信息/));
    mockRequest.mockResolvedValueOnce(ok({ profile: { ...PROFILE, priorityGroup: '脱贫人口' } }));
    await click('保存');
    expect(puts()).toHaveLength(1);
    expect(puts()[0]).toMatchObject({
      url: 'https://api.test/api/v1/workers/me/profile',
      data: {
        realName: '黄秀梅',
        idNumber: GOOD_ID,
        householdRegionCode: '450902',
        currentRegionCode: '450902',
        skills: ['缝纫', '熨烫'],
        minMonthlySalary: 3500,
        priorityGroup: '脱贫人口',
        priorityGroupConsent: true,
        consentVersion: PRIVACY_NOTICE_VERSION,
      },
    });
    // Saved: the profile is shown and the stored user now has one.
    expect(screen.getByText('450903**********23')).toBeTruthy();
    expect(getStoredUser()?.hasWorkerProfile).toBe(true);
  });

  it('shows the server’s field errors under their fields', async () => {
    mockRequest.mockResolvedValueOnce(notFound);
    await renderSettled(<WorkerProfilePage />);
    typeInto('和身份证上一样', '黄秀梅');
    typeInto('18位身份证号', GOOD_ID);
    pickDefaultRegion();
    pickDefaultRegion();
    mockRequest.mockResolvedValueOnce(
      fail(409, 'ID_NUMBER_TAKEN', '该身份证号已登记，如是本人请用登记时的手机号登录', [
        { field: 'idNumber', messages: ['该身份证号已被其他账号登记'] },
      ]),
    );
    await click('保存');
    expect(screen.getByText('该身份证号已被其他账号登记')).toBeTruthy();
    expect(screen.getByText('该身份证号已登记，如是本人请用登记时的手机号登录')).toBeTruthy();
  });
});

describe('the stored worker profile', () => {
  beforeEach(() => saveLogin(WORKER_LOGIN));

  it('shows it masked, with regions by name, and reveals the full ID number for a moment', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      mockRequest.mockResolvedValueOnce(ok({ profile: PROFILE }));
      await renderSettled(<WorkerProfilePage />);
      expect(screen.getByText('450903**********23')).toBeTruthy();
      expect(screen.getByText('女')).toBeTruthy();
      expect(screen.getByText('1988-03-12')).toBeTruthy();
      expect(screen.getByText('广西壮族自治区 玉林市 福绵区')).toBeTruthy();
      expect(screen.getByText('广东省 广州市 白云区')).toBeTruthy();
      expect(screen.getByText('缝纫、熨烫')).toBeTruthy();
      expect(screen.getByText('4000 元/月以上')).toBeTruthy();

      mockRequest.mockResolvedValueOnce(ok({ idNumber: GOOD_ID }));
      await click('查看完整身份证号');
      expect(mockRequest).toHaveBeenLastCalledWith(
        expect.objectContaining({
          url: 'https://api.test/api/v1/workers/me/profile/id-number',
          method: 'GET',
        }),
      );
      expect(screen.getByText(GOOD_ID)).toBeTruthy();
      await act(async () => {
        jest.advanceTimersByTime(10000);
      });
      expect(screen.queryByText(GOOD_ID)).toBeNull();
      expect(screen.getByText('450903**********23')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('edits without the ID number (不修改请留空) and keeps the stored one', async () => {
    mockRequest.mockResolvedValueOnce(ok({ profile: PROFILE }));
    await renderSettled(<WorkerProfilePage />);
    await click('修改信息');
    expect(screen.getByText('不修改请留空')).toBeTruthy();
    mockRequest.mockResolvedValueOnce(ok({ profile: PROFILE }));
    await click('保存');
    expect(puts()).toHaveLength(1);
    expect(puts()[0].data).not.toHaveProperty('idNumber');
    expect(puts()[0].data).toMatchObject({
      householdRegionCode: '450903',
      wantedRegionCodes: ['440111'],
      consentVersion: PRIVACY_NOTICE_VERSION,
    });
  });

  it('exports the data as a .json download in H5', async () => {
    const createObjectURL = jest.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    mockRequest.mockResolvedValueOnce(ok({ profile: PROFILE }));
    await renderSettled(<WorkerProfilePage />);
    mockRequest.mockResolvedValueOnce(
      ok({ exportedAt: '2026-11-22T08:00:00.000Z', account: {}, profile: null }),
    );
    await click('导出我的数据');
    expect(mockRequest).toHaveBeenLastCalledWith(
      expect.objectContaining({ url: 'https://api.test/api/v1/me/export', method: 'GET' }),
    );
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked).toHaveBeenCalled();
    expect(screen.getByText('没有自动下载？点这里保存文件').getAttribute('download')).toBe(
      '我的数据-2026-11-22.json',
    );
    clicked.mockRestore();
  });

  it('deletes the account only after a clear warning, then signs out to the home page', async () => {
    mockRequest.mockResolvedValueOnce(ok({ profile: PROFILE }));
    await renderSettled(<WorkerProfilePage />);

    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('注销账号');
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('不能恢复') }),
    );
    expect(mockRequest).toHaveBeenCalledTimes(1);

    mockRequest.mockResolvedValueOnce({ statusCode: 204, data: '' });
    await click('注销账号');
    expect(mockRequest).toHaveBeenLastCalledWith(
      expect.objectContaining({ url: 'https://api.test/api/v1/me', method: 'DELETE' }),
    );
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });
});
