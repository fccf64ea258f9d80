const { renderBuiltPage, tick } = require('./built-page');
const { ADMIN, signedIn } = require('./users');

const SELF = {
  userId: 'a1',
  displayName: '玉林市人社局',
  phoneMasked: '138****0009',
  regionCode: '450900',
  regionName: '玉林市',
};

const COUNTY_ADMIN = {
  userId: 'a2',
  displayName: '福绵区人社局',
  phoneMasked: '139****0005',
  regionCode: '450903',
  regionName: '福绵区',
};

describe('weapp build: 管理员任命 (admin sub-package)', () => {
  it('lists the admins and takes the role back from another after the confirmation', async () => {
    const view = renderBuiltPage('packages/admin/pages/staff/index', {
      storage: signedIn(ADMIN, 'a'),
      answer: (option) => ({
        statusCode: 200,
        data: { items: option.method === 'GET' ? [SELF, COUNTY_ADMIN] : [SELF] },
      }),
    });
    await view.waitFor(() => view.text().includes('福绵区人社局'), 'the county admin');
    const text = view.text();
    expect(text).toContain('139****0005');
    expect(text).toContain('本人');
    expect(text).toContain('广西壮族自治区 玉林市（全市）');
    expect(text.split('取消管理员')).toHaveLength(2); // one button: not on one's own row
    expect(view.callsTo('request')[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/staff',
      method: 'GET',
    });

    view.page.querySelector('.staff-card__button').dispatchEvent('tap');
    await view.waitFor(
      () => !view.text().includes('福绵区人社局'),
      'the county admin to leave the list',
    );
    expect(view.callsTo('showModal')).toHaveLength(1);
    expect(view.callsTo('request')[1]).toMatchObject({
      url: 'http://127.0.0.1:3000/api/v1/admin/staff/a2',
      method: 'DELETE',
    });
    await tick();
  });
});
