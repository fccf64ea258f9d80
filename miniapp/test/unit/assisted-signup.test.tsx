import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import {
  ID_NUMBER_PROBLEM_MESSAGES,
  idNumberCheckChar,
  PHONE_PROBLEM_MESSAGE,
} from '@app/shared/validators';
import AssistedSignupPage from '../../src/packages/trainer/pages/assisted/index';
import TrainerSessionsPage from '../../src/packages/trainer/pages/sessions/index';
import { saveLogin } from '../../src/services/auth-store';
import { fail, ok, PROFILE, WORKER, WORKER_LOGIN } from './fixtures';
import { renderSettled, click, typeInto } from './ui';

const mockRequest = Taro.request as unknown as jest.Mock;

const FIRST17 = '45090319880312002';
const GOOD_ID = `${FIRST17}${idNumberCheckChar(FIRST17)}`;
const BAD_ID = `${FIRST17}${idNumberCheckChar(FIRST17) === '1' ? '2' : '1'}`;
const REGION_PLACEHOLDER = '请选择省、市、县（区）';
const PAPER_CONSENT = '劳动者已签署纸质《个人信息保护告知书》同意书';

const TRAINER = { ...WORKER, id: 't1', displayName: '李老师', roles: ['trainer' as const] };

/** What the server answers for the new worker: masked, registered by someone else, not yet claimed. */
const REGISTERED = {
  ...PROFILE,
  userId: 'u20',
  realName: '韦桂英',
  idNumberMasked: '450903**********23',
  phoneMasked: '138****0009',
  assisted: true,
  claimed: false,
};

function posts() {
  return mockRequest.mock.calls.map((c) => c[0]).filter((o) => o.method === 'POST');
}

/** Everything a valid assisted sign-up needs; each test then spoils one thing. */
function fillValidForm({ id = GOOD_ID, phone = '138 0000 0009', signed = true } = {}) {
  typeInto('和身份证上一样', '韦桂英');
  typeInto('18位身份证号', id);
  // Both county pickers: confirm what they show (广西 玉林市 玉州区).
  fireEvent.click(screen.getAllByText(REGION_PLACEHOLDER)[0]);
  fireEvent.click(screen.getAllByText(REGION_PLACEHOLDER)[0]);
  typeInto('例如：缝纫、熨烫', '缝纫、熨烫');
  typeInto('11位手机号', phone);
  if (signed) fireEvent.click(screen.getByText(PAPER_CONSENT));
  typeInto('例如：YL-2026-0001', ' YL-2026-0001 ');
}

describe('代为登记劳动者 (assisted sign-up)', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: TRAINER }));

  it('says what it is for: workers without a smartphone, who later log in with this phone', async () => {
    await renderSettled(<AssistedSignupPage />);
    expect(screen.getByText(/没有智能手机的劳动者/)).toBeTruthy();
    expect(screen.getByText(/以后用这里填写的手机号登录/)).toBeTruthy();
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('blocks a wrong ID number with the shared validator’s message and sends nothing', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm({ id: BAD_ID });
    await click('确认登记');
    expect(screen.getByText(ID_NUMBER_PROBLEM_MESSAGES.check_digit)).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('blocks a wrong phone number and sends nothing', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm({ phone: '1380000' });
    await click('确认登记');
    expect(screen.getByText(PHONE_PROBLEM_MESSAGE)).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('blocks the sign-up until the paper consent form is ticked as signed', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm({ signed: false });
    await click('确认登记');
    expect(screen.getByText('请先请劳动者签署纸质《个人信息保护告知书》同意书')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('asks for the name, ID number, regions, phone and the form’s reference when empty', async () => {
    await renderSettled(<AssistedSignupPage />);
    await click('确认登记');
    for (const message of [
      '请填写真实姓名',
      '请填写身份证号',
      '请选择户籍所在地',
      '请选择现在住在哪里',
      '请填写劳动者本人的手机号',
      '请填写同意书的档案号或编号',
    ]) {
      expect(screen.getByText(message)).toBeTruthy();
    }
    expect(posts()).toEqual([]);
  });

  it('POSTs exactly the assisted request (no consentVersion), then shows the masked result', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm({ id: GOOD_ID.toLowerCase() });
    mockRequest.mockResolvedValueOnce(ok({ profile: REGISTERED }));
    await click('确认登记');

    expect(posts()).toHaveLength(1);
    expect(posts()[0].url).toBe('https://api.test/api/v1/workers/assisted');
    expect(posts()[0].data).toEqual({
      realName: '韦桂英',
      idNumber: GOOD_ID,
      householdRegionCode: '450902',
      currentRegionCode: '450902',
      education: null,
      skills: ['缝纫', '熨烫'],
      wantedBrands: [],
      wantedRegionCodes: [],
      minMonthlySalary: null,
      priorityGroup: null,
      priorityGroupConsent: false,
      phone: '13800000009',
      paperConsentSigned: true,
      paperConsentReference: 'YL-2026-0001',
    });
    expect(posts()[0].data).not.toHaveProperty('consentVersion');

    expect(screen.getByText('登记成功')).toBeTruthy();
    expect(screen.getByText('韦桂英')).toBeTruthy();
    expect(screen.getByText('450903**********23')).toBeTruthy();
    expect(screen.queryByText(GOOD_ID)).toBeNull();

    await click('再登记一位');
    expect(screen.queryByText('登记成功')).toBeNull();
    expect((screen.getByPlaceholderText('和身份证上一样') as HTMLInputElement).value).toBe('');
    expect((screen.getByPlaceholderText('11位手机号') as HTMLInputElement).value).toBe('');
  });

  it('sends a priority group only with the worker’s separate consent', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm();
    const groups = screen.getByRole('option', { name: '脱贫人口' }).closest('select');
    fireEvent.change(groups as HTMLSelectElement, { target: { value: '1' } });
    await click('确认登记');
    expect(posts()).toEqual([]);

    fireEvent.click(screen.getByText(/劳动者本人单独同意平台处理上述敏感个人信息/));
    mockRequest.mockResolvedValueOnce(ok({ profile: REGISTERED }));
    await click('确认登记');
    expect(posts()[0].data).toMatchObject({
      priorityGroup: '脱贫人口',
      priorityGroupConsent: true,
    });
  });

  it('shows PHONE_TAKEN under the phone: the worker can simply log in', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm();
    mockRequest.mockResolvedValueOnce(fail(409, 'PHONE_TAKEN', '该手机号已绑定其他账号'));
    await click('确认登记');
    expect(screen.getByText('该手机号已绑定其他账号')).toBeTruthy();
    expect(screen.getByText(/这个手机号已有账号：劳动者可以直接用它登录/)).toBeTruthy();
    expect(screen.queryByText('登记成功')).toBeNull();
  });

  it('shows ID_NUMBER_TAKEN under the ID number', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm();
    mockRequest.mockResolvedValueOnce(
      fail(409, 'ID_NUMBER_TAKEN', '该身份证号已登记，如是本人请用登记时的手机号登录', [
        { field: 'idNumber', messages: ['该身份证号已被其他账号登记'] },
      ]),
    );
    await click('确认登记');
    expect(screen.getByText('该身份证号已被其他账号登记')).toBeTruthy();
    expect(screen.getByText('该身份证号已登记，如是本人请用登记时的手机号登录')).toBeTruthy();
  });

  it('explains FORBIDDEN (an unverified provider, or an admin outside the region)', async () => {
    await renderSettled(<AssistedSignupPage />);
    fillValidForm();
    mockRequest.mockResolvedValueOnce(
      fail(403, 'FORBIDDEN', '所在培训机构通过审核后才能代为注册劳动者'),
    );
    await click('确认登记');
    expect(screen.getByText('所在培训机构通过审核后才能代为注册劳动者')).toBeTruthy();
    expect(screen.getByText(/管理员：只能登记户籍地或现居住地在管辖区域内的劳动者/)).toBeTruthy();
  });

  it('is linked from the trainer’s 培训班次 page', async () => {
    mockRequest.mockImplementation(async (option: { url: string }) =>
      option.url.endsWith('/providers/mine')
        ? fail(404, 'NOT_FOUND', '请求的内容不存在')
        : ok({ items: [], total: 0, page: 1, pageSize: 20 }),
    );
    await renderSettled(<TrainerSessionsPage />);
    fireEvent.click(screen.getByText('代为登记劳动者'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/trainer/pages/assisted/index' });
  });
});
