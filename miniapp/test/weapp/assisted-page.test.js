const { renderBuiltPage, tick } = require('./built-page');
const { signedIn } = require('./users');

const TRAINER = {
  id: 't1',
  displayName: '李老师',
  roles: ['trainer'],
  status: 'active',
  phoneMasked: '138****0003',
  regionCode: null,
  wechatBound: true,
  employerId: null,
  providerId: 'p1',
  providerRole: 'admin',
  hasWorkerProfile: false,
};

describe('weapp build: 代为登记劳动者 (trainer sub-package)', () => {
  it('explains the page, shows the worker’s fields, the phone and the paper consent, and sends nothing empty', async () => {
    const view = renderBuiltPage('packages/trainer/pages/assisted/index', {
      storage: signedIn(TRAINER, 't'),
    });
    await view.waitFor(() => view.text().includes('确认登记'), 'the form');
    const text = view.text();
    expect(text).toContain('没有智能手机的劳动者');
    expect(text).toContain('户籍所在地');
    expect(text).toContain('劳动者本人手机号');
    expect(text).toContain('劳动者已签署纸质《个人信息保护告知书》同意书');
    expect(text).toContain('同意书档案号');

    view.page.querySelector('.btn-primary').dispatchEvent('tap');
    await view.waitFor(() => view.text().includes('请填写劳动者本人的手机号'), 'the field errors');
    expect(view.text()).toContain('请先请劳动者签署纸质《个人信息保护告知书》同意书');
    expect(view.callsTo('request')).toEqual([]);
    await tick();
  });
});
