// Server answers for the weapp render tests of the home page and the catalogue pages.

const BRAND = {
  code: 'fumian-tailor',
  name: '福绵裁缝',
  regionCode: '450903',
  regionName: '福绵区',
  level: 'county',
  series: '八桂系列',
  industry: '纺织服装',
  type: '高端技能型',
  stage: '成长期',
  summary: '福绵是全国有名的服装加工基地。',
  coverUrl: null,
  archived: false,
};

const COVERED_BRAND = {
  ...BRAND,
  code: 'bagui-jiazheng',
  name: '八桂家政',
  regionCode: '450900',
  regionName: '玉林市',
  level: 'municipal',
  summary: '八桂家政培养月嫂、育婴员和养老护理员。',
  coverUrl: 'https://cdn.test/bagui-jiazheng.jpg',
};

const SESSION = {
  id: 's1',
  title: '福绵裁缝12月班',
  brandCode: 'fumian-tailor',
  brandName: '福绵裁缝',
  occupationCode: 'sewing-worker',
  occupationName: '缝纫工',
  providerName: '福绵职业技能培训学校',
  regionCode: '450903',
  regionName: '福绵区',
  address: '福绵镇服装产业园3号楼',
  startDate: '2026-12-07',
  endDate: '2026-12-18',
  enrolOpensAt: '2026-11-20',
  enrolClosesAt: '2026-12-05',
  capacity: 40,
  seatsLeft: 12,
  subsidised: true,
  status: 'scheduled',
};

const SESSION_DETAIL = {
  ...SESSION,
  courseId: 'c1',
  providerId: 'p1',
  hours: 80,
  certificateType: '职业技能等级认定',
  certificateLevel: 5,
  latitude: 22.58,
  longitude: 110.05,
  minAttendanceRate: 0.8,
  geofenceRadiusMeters: null,
  description: '从认识缝纫机开始，学会平车、包缝和整件成衣。',
  lessons: [
    {
      id: 'l1',
      startsAt: '2026-12-07T01:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      topic: '认识平车',
    },
  ],
};

const OCCUPATION = {
  code: 'sewing-worker',
  name: '缝纫工',
  certificateType: '职业技能等级认定',
  maxLevel: 3,
  subsidised: true,
  subsidyAmount: 1200,
  effectiveFrom: '2022-01-01',
  effectiveTo: '2025-12-31',
  brandCodes: ['fumian-tailor'],
};

const BRAND_DETAIL = {
  ...BRAND,
  aliases: [],
  extraRegionCodes: [],
  story: '福绵区有上千家服装企业，裁缝手艺代代相传。',
  occupations: [OCCUPATION],
  targets: [
    {
      periodEnd: '2025-12-31',
      trainingTarget: 10000,
      employmentTarget: 15000,
      trainingDone: 0,
      employmentDone: 0,
    },
  ],
  affiliates: [
    {
      id: 'a1',
      kind: 'leading_enterprise',
      name: '示例服装有限公司',
      regionCode: '450903',
      regionName: '福绵区',
      description: '',
      isDemo: true,
    },
  ],
  upcomingSessions: [SESSION],
};

/** The worker's enrolment in SESSION: a seat (change `status` for a waitlist place). */
const ENROLMENT = {
  id: 'e1',
  sessionId: 's1',
  status: 'enrolled',
  waitlistPosition: null,
  nextLesson: null,
  attendance: null,
  priority: false,
  createdAt: '2026-11-22T02:00:00.000Z',
  session: SESSION,
};

const page = (items) => ({ items, total: items.length, page: 1, pageSize: 20 });

module.exports = {
  BRAND,
  COVERED_BRAND,
  SESSION,
  SESSION_DETAIL,
  BRAND_DETAIL,
  ENROLMENT,
  page,
};
