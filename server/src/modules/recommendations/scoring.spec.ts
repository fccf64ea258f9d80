import { meetsRequirement as applicationRule } from '../jobs/job-rules';
import { meetsRequirement, type ScoredJob, type ScoredWorker, scoreJob } from './scoring';

const NOW = new Date('2026-11-26T08:00:00+08:00');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const worker = (overrides: Partial<ScoredWorker> = {}): ScoredWorker => ({
  householdRegionCode: '450903',
  currentRegionCode: '450903',
  wantedBrands: ['从化月嫂'],
  minMonthlySalary: 4000,
  certificates: [],
  training: [],
  ...overrides,
});

const job = (overrides: Partial<ScoredJob> = {}): ScoredJob => ({
  occupationCode: 'muying-huliyuan',
  occupationName: '母婴护理员',
  brandName: '从化月嫂',
  regionCode: '450903',
  salaryMin: 4500,
  salaryMax: 6000,
  requiredCertificate: null,
  acceptsTrainees: false,
  openedAt: daysAgo(2),
  ...overrides,
});

describe('recommendation scoring', () => {
  it('adds up every part, each with a reason the worker can read', () => {
    const w = worker({
      certificates: [{ occupationCode: 'muying-huliyuan', type: '职业技能等级认定', level: 4 }],
    });
    const j = job({ requiredCertificate: { type: '职业技能等级认定', minLevel: 5 } });
    expect(scoreJob(w, j, NOW)).toEqual({
      score: 40 + 10 + 10 + 20 + 10 + 5,
      reasons: [
        '你已取得 母婴护理员 四级/中级工证书',
        '符合岗位 五级/初级工及以上证书要求',
        '属于你关注的品牌：从化月嫂',
        '岗位在福绵区，离你近',
        '月薪 4500–6000 元，不低于你的期望',
        '新发布的岗位',
      ],
    });
  });

  it('ranks a certificate above a finished course above a course under way', () => {
    const scoreWith = (w: ScoredWorker) => scoreJob(w, job(), NOW).score;
    const certified = scoreWith(
      worker({
        certificates: [{ occupationCode: 'muying-huliyuan', type: '职业技能等级认定', level: 5 }],
      }),
    );
    const completed = scoreWith(
      worker({ training: [{ occupationCode: 'muying-huliyuan', status: 'completed' }] }),
    );
    const enrolled = scoreWith(
      worker({ training: [{ occupationCode: 'muying-huliyuan', status: 'enrolled' }] }),
    );
    const none = scoreWith(worker());
    expect(certified).toBeGreaterThan(completed);
    expect(completed).toBeGreaterThan(enrolled);
    expect(enrolled).toBeGreaterThan(none);
    expect(
      scoreJob(
        worker({ training: [{ occupationCode: 'muying-huliyuan', status: 'enrolled' }] }),
        job(),
        NOW,
      ).reasons[0],
    ).toBe('你正在参加 母婴护理员 培训');
  });

  it('scores the region: same county > same city > cooperation route > same province > elsewhere', () => {
    const regionPoints = (w: ScoredWorker, regionCode: string) =>
      scoreJob(
        { ...w, wantedBrands: [], minMonthlySalary: null },
        job({ regionCode, openedAt: null }),
        NOW,
      );
    expect(regionPoints(worker(), '450903')).toEqual({
      score: 20,
      reasons: ['岗位在福绵区，离你近'],
    });
    expect(regionPoints(worker(), '450902')).toEqual({
      score: 14,
      reasons: ['岗位在玉林市，与你同城'],
    });
    expect(regionPoints(worker(), '450102')).toEqual({
      score: 8,
      reasons: ['岗位在广西壮族自治区，省内就业'],
    });
    expect(regionPoints(worker(), '440117')).toEqual({ score: 0, reasons: [] });
    const bijie = worker({ householdRegionCode: '520502', currentRegionCode: '520502' });
    expect(regionPoints(bijie, '440117')).toEqual({
      score: 12,
      reasons: ['毕节—广州劳务协作岗位'],
    });
    // living in the job's county counts even when the household is elsewhere
    expect(regionPoints(worker({ householdRegionCode: '520502' }), '450903').score).toBe(20);
  });

  it('gives salary points only when the range reaches the expectation, and freshness fades', () => {
    expect(
      scoreJob(worker({ minMonthlySalary: 7000 }), job({ openedAt: null }), NOW).reasons,
    ).not.toContain('月薪 4500–6000 元，不低于你的期望');
    const fresh = (days: number) =>
      scoreJob(
        worker({ wantedBrands: [], minMonthlySalary: null }),
        job({ openedAt: daysAgo(days), regionCode: '440117' }),
        NOW,
      ).score;
    expect(fresh(1)).toBe(5);
    expect(fresh(18.5)).toBeCloseTo(2.5, 1);
    expect(fresh(40)).toBe(0);
  });

  it('holds a required certificate to its type and level, or lets a trainee in when the job says so', () => {
    const required = job({ requiredCertificate: { type: '职业技能等级认定', minLevel: 4 } });
    const level5 = worker({
      certificates: [{ occupationCode: 'muying-huliyuan', type: '职业技能等级认定', level: 5 }],
    });
    const level3 = worker({
      certificates: [{ occupationCode: 'muying-huliyuan', type: '职业技能等级认定', level: 3 }],
    });
    const trainee = worker({
      training: [{ occupationCode: 'muying-huliyuan', status: 'enrolled' }],
    });
    expect(meetsRequirement(level5, required)).toBe(false);
    expect(meetsRequirement(level3, required)).toBe(true);
    expect(meetsRequirement(trainee, required)).toBe(false);
    expect(meetsRequirement(trainee, { ...required, acceptsTrainees: true })).toBe(true);
    expect(meetsRequirement(worker(), job())).toBe(true);
    // another occupation's certificate does not count
    const other = worker({
      certificates: [{ occupationCode: 'yanglao-huliyuan', type: '职业技能等级认定', level: 1 }],
    });
    expect(meetsRequirement(other, required)).toBe(false);
    // a completed class counts as well, and a class of another trade does not
    const graduate = worker({
      training: [{ occupationCode: 'muying-huliyuan', status: 'completed' }],
    });
    expect(meetsRequirement(graduate, { ...required, acceptsTrainees: true })).toBe(true);
    const otherTrade = worker({
      training: [{ occupationCode: 'fengrengong', status: 'completed' }],
    });
    expect(meetsRequirement(otherTrade, { ...required, acceptsTrainees: true })).toBe(false);
  });

  it('recommends by the same requirement rule as applying (one implementation, in jobs/job-rules)', () => {
    expect(meetsRequirement).toBe(applicationRule);
  });

  it('gives the employer the same points with the reasons in the third person, without freshness', () => {
    const w = worker({
      certificates: [{ occupationCode: 'muying-huliyuan', type: '职业技能等级认定', level: 4 }],
    });
    const j = job({ requiredCertificate: { type: '职业技能等级认定', minLevel: 5 } });
    const forEmployer = scoreJob(w, j, NOW, 'employer');
    expect(forEmployer).toEqual({
      score: scoreJob(w, j, NOW).score,
      reasons: [
        '已取得 母婴护理员 四级/中级工证书',
        '符合岗位 五级/初级工及以上证书要求',
        '关注本岗位的品牌：从化月嫂',
        '住在福绵区，离岗位近',
        '月薪 4500–6000 元，不低于其期望',
      ],
    });
    const sameCity = scoreJob(worker(), job({ regionCode: '450902' }), NOW, 'employer');
    expect(sameCity.reasons).toContain('与岗位同在玉林市');
    const bijie = worker({ householdRegionCode: '520502', currentRegionCode: '520502' });
    expect(scoreJob(bijie, job({ regionCode: '440117' }), NOW, 'employer').reasons).toContain(
      '毕节—广州劳务协作对象',
    );
  });
});
