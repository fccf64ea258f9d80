import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { StaffView } from '@app/shared/api';
import { PHONE_PROBLEM_MESSAGE } from '@app/shared/validators';
import { RegionPicker } from '../../src/components/region-picker';
import StaffPage from '../../src/packages/admin/pages/staff/index';
import { saveLogin } from '../../src/services/auth-store';
import { ADMIN, fail, ok, WORKER_LOGIN } from './fixtures';
import { renderSettled, click } from './ui';

const mockRequest = Taro.request as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

/** The signed-in city admin (玉林市, 450900) and a county admin under it. */
const SELF: StaffView = {
  userId: ADMIN.id,
  displayName: ADMIN.displayName,
  phoneMasked: '138****0001',
  regionCode: '450900',
  regionName: '玉林市',
};
const COUNTY_ADMIN: StaffView = {
  userId: 'a2',
  displayName: '福绵区人社局',
  phoneMasked: '139****0005',
  regionCode: '450903',
  regionName: '福绵区',
};
const NEW_ADMIN: StaffView = {
  userId: 'a3',
  displayName: '玉州区人社局',
  phoneMasked: '138****0009',
  regionCode: '450902',
  regionName: '玉州区',
};

const list = (items: StaffView[]) => ok({ items });

function sent(method: string) {
  return mockRequest.mock.calls.map((c) => c[0]).filter((o) => o.method === method);
}

/** Turns one column of the open county picker to the option with that name. */
function turnColumn(column: number, name: string) {
  const select = screen.getByRole('combobox', { name: `第${column}列` });
  const option = within(select).getByRole<HTMLOptionElement>('option', { name });
  fireEvent.change(select, { target: { value: option.value } });
}

function optionsOf(column: number): string[] {
  const select = screen.getByRole('combobox', { name: `第${column}列` });
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('管理员任命 (the admin’s staff page)', () => {
  beforeEach(() => saveLogin({ ...WORKER_LOGIN, user: ADMIN }));

  it('lists the region’s admins with masked phones, and no 取消管理员 on one’s own row', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF, COUNTY_ADMIN]));
    await renderSettled(<StaffPage />);
    expect(mockRequest.mock.calls[0][0]).toMatchObject({
      method: 'GET',
      url: 'https://api.test/api/v1/admin/staff',
    });
    expect(screen.getByText('玉林市人社局')).toBeTruthy();
    expect(screen.getByText('本人')).toBeTruthy();
    expect(screen.getByText('福绵区人社局')).toBeTruthy();
    expect(screen.getByText('139****0005')).toBeTruthy();
    expect(screen.getByText('福绵区', { selector: 'span' })).toBeTruthy(); // not the picker's option
    expect(screen.getAllByText('取消管理员')).toHaveLength(1);
    // The appointment form starts at the admin's own region, the whole city.
    expect(screen.getByText('广西壮族自治区 玉林市（全市）')).toBeTruthy();
  });

  it('shows a failed load with 重试, which asks again', async () => {
    mockRequest.mockResolvedValueOnce(fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'));
    await renderSettled(<StaffPage />);
    expect(screen.getByText('服务器开小差了，请稍后再试')).toBeTruthy();
    mockRequest.mockResolvedValueOnce(list([SELF]));
    await click('重试');
    expect(screen.getByText('玉林市人社局')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('refuses a wrong phone number with the shared message and sends nothing', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF]));
    await renderSettled(<StaffPage />);
    fireEvent.change(screen.getByPlaceholderText('对方登录用的11位手机号'), {
      target: { value: '1234567' },
    });
    await click('任命为管理员');
    expect(screen.getByText(PHONE_PROBLEM_MESSAGE)).toBeTruthy();
    expect(mockModal).not.toHaveBeenCalled();
    expect(sent('POST')).toEqual([]);
  });

  it('appoints a county admin: offers only the own city, confirms, POSTs the chosen county', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF]));
    await renderSettled(<StaffPage />);
    expect(optionsOf(1)).toEqual(['广西壮族自治区']);
    expect(optionsOf(2)).toEqual(['玉林市']);
    expect(optionsOf(3)[0]).toBe('全市');
    expect(optionsOf(3)).toContain('玉州区');

    turnColumn(3, '玉州区');
    fireEvent.click(screen.getByText('广西壮族自治区 玉林市（全市）'));
    expect(screen.getByText('广西壮族自治区 玉林市 玉州区')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('对方登录用的11位手机号'), {
      target: { value: '13800000009' },
    });
    mockRequest.mockResolvedValueOnce(list([SELF, NEW_ADMIN]));
    await click('任命为管理员');

    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({
        content: expect.stringContaining('13800000009 的账号为“广西壮族自治区 玉林市 玉州区”'),
      }),
    );
    expect(sent('POST')).toEqual([
      expect.objectContaining({
        url: 'https://api.test/api/v1/admin/staff',
        data: { phone: '13800000009', regionCode: '450902' },
      }),
    ]);
    expect(screen.getByText('玉州区人社局')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已任命' }));
    expect(screen.getByPlaceholderText<HTMLInputElement>('对方登录用的11位手机号').value).toBe('');
  });

  it('appoints for the whole city by default, and shows the server’s refusal on the form', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF]));
    await renderSettled(<StaffPage />);
    fireEvent.change(screen.getByPlaceholderText('对方登录用的11位手机号'), {
      target: { value: '13800000007' },
    });
    mockRequest.mockResolvedValueOnce(fail(404, 'USER_NOT_FOUND', '未找到该手机号对应的账号'));
    await click('任命为管理员');
    expect(sent('POST')[0].data).toEqual({ phone: '13800000007', regionCode: '450900' });
    expect(screen.getByText('未找到该手机号对应的账号')).toBeTruthy();
    expect(screen.getByDisplayValue('13800000007')).toBeTruthy();
  });

  it('sends nothing when the admin steps back from the appointment', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF]));
    await renderSettled(<StaffPage />);
    fireEvent.change(screen.getByPlaceholderText('对方登录用的11位手机号'), {
      target: { value: '13800000007' },
    });
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('任命为管理员');
    expect(sent('POST')).toEqual([]);
  });

  it('takes the role back only after a confirmation naming the person, with DELETE', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF, COUNTY_ADMIN]));
    await renderSettled(<StaffPage />);

    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click('取消管理员');
    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '取消管理员',
        content: expect.stringContaining('福绵区人社局'),
      }),
    );
    expect(sent('DELETE')).toEqual([]);
    expect(screen.getByText('福绵区人社局')).toBeTruthy();

    mockRequest.mockResolvedValueOnce(list([SELF]));
    await click('取消管理员');
    expect(sent('DELETE')).toEqual([
      expect.objectContaining({ url: 'https://api.test/api/v1/admin/staff/a2' }),
    ]);
    expect(screen.queryByText('福绵区人社局')).toBeNull();
    expect(screen.queryByText('取消管理员')).toBeNull();
  });

  it('shows why taking the role back failed on that row', async () => {
    mockRequest.mockResolvedValueOnce(list([SELF, COUNTY_ADMIN]));
    await renderSettled(<StaffPage />);
    mockRequest.mockResolvedValueOnce(fail(403, 'FORBIDDEN', '没有权限执行此操作'));
    await click('取消管理员');
    expect(screen.getByText('没有权限执行此操作')).toBeTruthy();
    expect(screen.getByText('福绵区人社局')).toBeTruthy();
  });
});

describe('the county picker outside the staff page', () => {
  it('offers counties only (no 全市) and every province by default', () => {
    render(<RegionPicker label="现居住地" value="" onChange={() => undefined} />);
    expect(optionsOf(1).length).toBeGreaterThan(30);
    expect(optionsOf(3)).not.toContain('全市');
    expect(optionsOf(3)[0]).toBe('玉州区');
  });

  it('keeps a county admin to that county', () => {
    const onChange = jest.fn();
    render(
      <RegionPicker label="管辖地区" value="" wholeCity within="450903" onChange={onChange} />,
    );
    expect([optionsOf(1), optionsOf(2), optionsOf(3)]).toEqual([
      ['广西壮族自治区'],
      ['玉林市'],
      ['福绵区'],
    ]);
    fireEvent.click(screen.getByText('请选择省、市、县（区）'));
    expect(onChange).toHaveBeenCalledWith('450903');
  });
});
