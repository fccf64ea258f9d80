export default defineAppConfig({
  // Main package: the four tabs and the login page only. Everything a role needs beyond that lives in
  // its own sub-package, downloaded when first opened.
  pages: [
    'pages/index/index',
    'pages/training/index',
    'pages/jobs/index',
    'pages/mine/index',
    'pages/login/index',
  ],
  subPackages: [
    {
      root: 'packages/worker',
      name: 'worker',
      // 我的消息 (inbox) is for every signed-in role, but lives here to keep the main package small.
      pages: [
        'pages/profile/index',
        'pages/consent/index',
        'pages/enrolments/index',
        'pages/inbox/index',
        'pages/check-in/index',
        'pages/certificates/index',
        'pages/applications/index',
      ],
    },
    {
      root: 'packages/employer',
      name: 'employer',
      pages: [
        'pages/jobs/index',
        'pages/signup/index',
        'pages/org/index',
        'pages/job-edit/index',
        'pages/applicants/index',
        'pages/candidates/index',
      ],
    },
    {
      root: 'packages/trainer',
      name: 'trainer',
      pages: [
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
    },
    {
      root: 'packages/admin',
      name: 'admin',
      pages: [
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
    },
    {
      // Public detail pages (anyone, signed in or not) and the 培训 tab's region filter.
      root: 'packages/catalogue',
      name: 'catalogue',
      pages: [
        'pages/brand/index',
        'pages/session/index',
        'pages/region/index',
        'pages/verify/index',
        'pages/job/index',
        'pages/fair/index',
      ],
    },
  ],
  // 扫码签到 at a class with a geofence sends the phone's location; WeChat refuses getLocation unless
  // it is declared here (and in the mini-program's privacy guide in the admin console).
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '确认签到时你在上课地点附近，或填写上课地点' },
  },
  window: {
    backgroundTextStyle: 'light',
    // 'default' also turns on Taro's H5 navigation bar (title and a back button on inner pages).
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '劳务品牌服务平台',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
        text: '首页',
      },
      {
        pagePath: 'pages/training/index',
        iconPath: 'assets/tabbar/training.png',
        selectedIconPath: 'assets/tabbar/training-active.png',
        text: '培训',
      },
      {
        pagePath: 'pages/jobs/index',
        iconPath: 'assets/tabbar/jobs.png',
        selectedIconPath: 'assets/tabbar/jobs-active.png',
        text: '岗位',
      },
      {
        pagePath: 'pages/mine/index',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
        text: '我的',
      },
    ],
  },
});
