import {
  applicantsLink,
  candidatesLink,
  type CertificateRequirement,
  invitedMessage,
  isCrossRegion,
  meetsRequirement,
  type Qualifications,
} from './job-rules';

const MUYING = 'muying-huliyuan';

const job = (overrides: Partial<CertificateRequirement> = {}): CertificateRequirement => ({
  occupationCode: MUYING,
  requiredCertificate: { type: '职业技能等级认定', minLevel: 4 },
  acceptsTrainees: false,
  ...overrides,
});

const worker = (overrides: Partial<Qualifications> = {}): Qualifications => ({
  certificates: [],
  training: [],
  ...overrides,
});

const graded = (level: 1 | 2 | 3 | 4 | 5, occupationCode = MUYING) =>
  worker({ certificates: [{ occupationCode, type: '职业技能等级认定', level }] });

describe('the certificate requirement of a posting', () => {
  it('lets anyone apply when no certificate is asked', () => {
    expect(meetsRequirement(worker(), job({ requiredCertificate: null }))).toBe(true);
  });

  it('asks for the type, for the job’s occupation, at the level asked or better (1 is best)', () => {
    expect(meetsRequirement(worker(), job())).toBe(false);
    expect(meetsRequirement(graded(5), job())).toBe(false);
    expect(meetsRequirement(graded(4), job())).toBe(true);
    expect(meetsRequirement(graded(1), job())).toBe(true);
    expect(meetsRequirement(graded(1, 'yanglao-huliyuan'), job())).toBe(false);
    const special = worker({
      certificates: [{ occupationCode: MUYING, type: '专项职业能力考核', level: null }],
    });
    expect(meetsRequirement(special, job())).toBe(false);
    const anySpecial = job({ requiredCertificate: { type: '专项职业能力考核', minLevel: null } });
    expect(meetsRequirement(special, anySpecial)).toBe(true);
    expect(meetsRequirement(graded(1), anySpecial)).toBe(false);
  });

  it('a certificate without a level never meets a level asked', () => {
    const noLevel = worker({
      certificates: [{ occupationCode: MUYING, type: '职业技能等级认定', level: null }],
    });
    expect(meetsRequirement(noLevel, job())).toBe(false);
    const anyLevel = job({ requiredCertificate: { type: '职业技能等级认定', minLevel: null } });
    expect(meetsRequirement(noLevel, anyLevel)).toBe(true);
  });

  it('lets a trainee of the occupation in only when the posting takes trainees', () => {
    const trainee = worker({ training: [{ occupationCode: MUYING }] });
    expect(meetsRequirement(trainee, job())).toBe(false);
    expect(meetsRequirement(trainee, job({ acceptsTrainees: true }))).toBe(true);
    const otherTrade = worker({ training: [{ occupationCode: 'fengrengong' }] });
    expect(meetsRequirement(otherTrade, job({ acceptsTrainees: true }))).toBe(false);
    // a lower level does not stop a trainee of the trade
    expect(
      meetsRequirement(
        { ...graded(5), training: [{ occupationCode: MUYING }] },
        job({ acceptsTrainees: true }),
      ),
    ).toBe(true);
  });
});

describe('other posting rules', () => {
  it('counts household and job in different cities as cross-region; an unknown household as local', () => {
    expect(isCrossRegion('520502', '440106')).toBe(true);
    expect(isCrossRegion('450903', '450902')).toBe(false);
    expect(isCrossRegion('', '440106')).toBe(false);
  });

  it('links the employer to the posting’s applicants and recommended candidates', () => {
    expect(applicantsLink('j-1')).toBe('/packages/employer/pages/applicants/index?jobId=j-1');
    expect(candidatesLink('j-1')).toBe('/packages/employer/pages/candidates/index?jobId=j-1');
  });

  it('tells an invited worker who invites, to what, for how much and where, with their line', () => {
    const posting = { title: '车位工', salaryMin: 4000, salaryMax: 6500, regionCode: '450903' };
    expect(invitedMessage('锦绣制衣厂', posting, '欢迎来试工')).toEqual({
      title: '岗位邀请',
      body: '锦绣制衣厂邀请你投递“车位工”（4000–6500元/月，福绵区）。留言：欢迎来试工',
    });
    expect(invitedMessage('锦绣制衣厂', posting, null).body).toBe(
      '锦绣制衣厂邀请你投递“车位工”（4000–6500元/月，福绵区）。',
    );
  });
});
