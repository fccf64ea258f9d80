import { certificateLevelName } from '@app/shared/enums';
import { regionName } from '@app/shared/regions';
import type { CertificateRequirement, HeldCertificate, Qualifications } from '../jobs/job-rules';

/**
 * How a job is scored for a worker (docs/api-jobs.md, "Recommendations"). Pure: the caller loads the
 * worker, their certificates and training, and the open jobs, and applies the hard filters it can
 * only check against the database (already applied or rejected, employer blacklisted, headcount).
 *
 *   occupation   40  a certificate held for the job's occupation
 *                30  a completed course in it          20  a course in it under way
 *   level        10  the job requires a level and the worker's certificate meets it
 *   brand        10  the job's brand is one the worker wants
 *   region       20  same county (where they live or their household)   14 same city   8 same province
 *                12  a labour-cooperation route (毕节 / 安顺 / 黔南 household → a 广州 job)
 *   salary       10  the top of the range reaches the worker's minimum
 *   freshness     5  opened in the last 7 days, falling to 0 at 30 days
 *
 * Every point comes with a reason the worker can read; the same reasons, in the third person
 * (`voice: 'employer'`), go to the employer's list of recommended candidates. Freshness says nothing
 * about the candidate, so the employer's list leaves its reason out (the points stay the same).
 */

/**
 * Whether the worker may be recommended the job: the same rule as applying to it (a required
 * certificate held at the level or better, or a class of the trade when the job takes trainees),
 * kept once in jobs/job-rules.ts. ScoredWorker and ScoredJob carry what it reads.
 */
export { meetsRequirement } from '../jobs/job-rules';
export type { HeldCertificate } from '../jobs/job-rules';

export interface ScoredWorker extends Qualifications {
  householdRegionCode: string;
  currentRegionCode: string;
  /** Brand names as the worker picked them (意向品牌). */
  wantedBrands: readonly string[];
  minMonthlySalary: number | null;
  training: readonly TrainingState[];
}

export interface TrainingState {
  occupationCode: string;
  status: 'completed' | 'enrolled';
}

export interface ScoredJob extends CertificateRequirement {
  occupationName: string;
  brandName: string | null;
  regionCode: string;
  salaryMin: number;
  salaryMax: number;
  openedAt: Date | null;
}

export interface Score {
  score: number;
  /** For the worker: 你已取得…, 岗位在…，离你近, … (or for the employer: 已取得…, 住在…，离岗位近, …) */
  reasons: string[];
}

/** Who reads the reasons: the worker (你…) or the employer looking at a candidate (third person). */
export type ReasonVoice = 'worker' | 'employer';

/** Household areas with a labour-cooperation route to Guangzhou (广州 ← 毕节, 安顺, 黔南). */
const COOPERATION_ROUTES: readonly { from: readonly string[]; toCity: string; label: string }[] = [
  { from: ['5205'], toCity: '4401', label: '毕节—广州劳务协作' },
  { from: ['5204'], toCity: '4401', label: '安顺—广州劳务协作' },
  { from: ['5227'], toCity: '4401', label: '黔南—广州劳务协作' },
];

const DAY_MS = 86_400_000;

/** The best certificate the worker holds for this occupation, of any type (lowest level number). */
function bestCertificate(worker: ScoredWorker, occupationCode: string): HeldCertificate | null {
  const held = worker.certificates.filter((c) => c.occupationCode === occupationCode);
  if (!held.length) return null;
  return held.reduce((best, c) => ((c.level ?? 6) < (best.level ?? 6) ? c : best));
}

/** GB/T 2260: the city is the first four digits (+00), the province the first two (+0000). */
const cityOf = (code: string) => `${code.slice(0, 4)}00`;
const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;

function regionScore(
  worker: ScoredWorker,
  job: ScoredJob,
  voice: ReasonVoice,
): { points: number; reason: string } {
  const jobName = regionName(job.regionCode) ?? job.regionCode;
  const homes = [worker.currentRegionCode, worker.householdRegionCode];
  const employer = voice === 'employer';
  if (homes.includes(job.regionCode)) {
    if (!employer) return { points: 20, reason: `岗位在${jobName}，离你近` };
    const where = worker.currentRegionCode === job.regionCode ? '住在' : '户籍在';
    return { points: 20, reason: `${where}${jobName}，离岗位近` };
  }
  const jobCity = cityOf(job.regionCode);
  if (homes.some((h) => cityOf(h) === jobCity)) {
    const city = regionName(jobCity) ?? jobName;
    return { points: 14, reason: employer ? `与岗位同在${city}` : `岗位在${city}，与你同城` };
  }
  const route = COOPERATION_ROUTES.find(
    (r) =>
      r.from.some((prefix) => worker.householdRegionCode.startsWith(prefix)) &&
      job.regionCode.startsWith(r.toCity),
  );
  if (route) return { points: 12, reason: `${route.label}${employer ? '对象' : '岗位'}` };
  const jobProvince = provinceOf(job.regionCode);
  if (homes.some((h) => provinceOf(h) === jobProvince)) {
    const province = regionName(jobProvince) ?? jobName;
    return {
      points: 8,
      reason: employer ? `与岗位同在${province}，省内就业` : `岗位在${province}，省内就业`,
    };
  }
  return { points: 0, reason: '' };
}

export function scoreJob(
  worker: ScoredWorker,
  job: ScoredJob,
  now = new Date(),
  voice: ReasonVoice = 'worker',
): Score {
  const reasons: string[] = [];
  let score = 0;
  const employer = voice === 'employer';
  const you = employer ? '' : '你';

  const held = bestCertificate(worker, job.occupationCode);
  const trained = worker.training.filter((t) => t.occupationCode === job.occupationCode);
  if (held) {
    score += 40;
    reasons.push(
      `${you}已取得 ${job.occupationName}${held.level === null ? ' 专项能力' : ` ${certificateLevelName(held.level)}`}证书`,
    );
  } else if (trained.some((t) => t.status === 'completed')) {
    score += 30;
    reasons.push(`${you}已完成 ${job.occupationName} 培训`);
  } else if (trained.length) {
    score += 20;
    reasons.push(`${you}正在参加 ${job.occupationName} 培训`);
  }

  const required = job.requiredCertificate;
  if (required?.minLevel && held && held.level !== null && held.level <= required.minLevel) {
    score += 10;
    reasons.push(`符合岗位 ${certificateLevelName(required.minLevel)}及以上证书要求`);
  }

  if (job.brandName && worker.wantedBrands.includes(job.brandName)) {
    score += 10;
    reasons.push(
      employer ? `关注本岗位的品牌：${job.brandName}` : `属于你关注的品牌：${job.brandName}`,
    );
  }

  const region = regionScore(worker, job, voice);
  if (region.points) {
    score += region.points;
    reasons.push(region.reason);
  }

  if (worker.minMonthlySalary !== null && job.salaryMax >= worker.minMonthlySalary) {
    score += 10;
    reasons.push(
      `月薪 ${job.salaryMin}–${job.salaryMax} 元，不低于${employer ? '其' : '你的'}期望`,
    );
  }

  if (job.openedAt) {
    const ageDays = (now.getTime() - job.openedAt.getTime()) / DAY_MS;
    const fresh = ageDays <= 7 ? 5 : ageDays >= 30 ? 0 : (5 * (30 - ageDays)) / 23;
    if (fresh > 0) score += fresh;
    if (ageDays <= 7 && !employer) reasons.push('新发布的岗位');
  }

  return { score: Math.round(score * 10) / 10, reasons };
}
