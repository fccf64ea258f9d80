const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { renderBuiltPage } = require('./built-page');

describe('weapp build: role sub-packages', () => {
  it('declares the role sub-packages and the public catalogue outside the main package', () => {
    const app = JSON.parse(readFileSync(join(__dirname, '../../dist/weapp/app.json'), 'utf8'));
    expect(app.pages).toEqual([
      'pages/index/index',
      'pages/training/index',
      'pages/jobs/index',
      'pages/mine/index',
      'pages/login/index',
    ]);
    expect(app.subPackages.map((p) => p.root)).toEqual([
      'packages/worker',
      'packages/employer',
      'packages/trainer',
      'packages/admin',
      'packages/catalogue',
    ]);
    expect(Object.fromEntries(app.subPackages.map((p) => [p.root, p.pages]))).toEqual({
      'packages/worker': [
        'pages/profile/index',
        'pages/consent/index',
        'pages/enrolments/index',
        'pages/inbox/index',
        'pages/check-in/index',
        'pages/certificates/index',
        'pages/applications/index',
      ],
      'packages/employer': [
        'pages/jobs/index',
        'pages/signup/index',
        'pages/org/index',
        'pages/job-edit/index',
        'pages/applicants/index',
        'pages/candidates/index',
      ],
      'packages/trainer': [
        'pages/sessions/index',
        'pages/signup/index',
        'pages/assisted/index',
        'pages/courses/index',
        'pages/session-edit/index',
        'pages/roster/index',
        'pages/qr/index',
        'pages/completion/index',
        'pages/assessments/index',
      ],
      'packages/admin': [
        'pages/dashboard/index',
        'pages/organisations/index',
        'pages/audit/index',
        'pages/staff/index',
        'pages/workers/index',
        'pages/worker/index',
        'pages/brands/index',
        'pages/brand-edit/index',
        'pages/occupations/index',
        'pages/certifications/index',
        'pages/sessions/index',
        'pages/fairs/index',
        'pages/reach/index',
      ],
      'packages/catalogue': [
        'pages/brand/index',
        'pages/session/index',
        'pages/region/index',
        'pages/verify/index',
        'pages/job/index',
        'pages/fair/index',
      ],
    });
    expect(app.tabBar.list.map((t) => t.text)).toEqual(['首页', '培训', '岗位', '我的']);
  });

  it('renders a page from the employer sub-package (企业入驻)', async () => {
    const view = renderBuiltPage('packages/employer/pages/signup/index');
    await view.waitFor(() => view.text().includes('统一社会信用代码'), 'the sign-up form');
    expect(view.text()).toContain('单位名称');
  });
});
