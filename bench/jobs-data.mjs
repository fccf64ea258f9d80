// A labour market at scale for the recommendation and push benches: worker profiles across the
// Yulin, Guangzhou and Guizhou counties the plans name, a share of them trained in the last year
// (some certified), verified employers and open postings in the brands' occupations. Deterministic
// for a given size (a seeded generator), written straight to the tables in batches.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, profileRow, require, userRow } from './lib.mjs';

const { BRAND_SEEDS, OCCUPATION_SEEDS } = require(
  join(ROOT, 'server/dist/modules/brands/brand-seed-data.js'),
);
const { regionChildren } = require(join(ROOT, 'shared/dist/regions/index.js'));

/** Rows per INSERT: well under SQLite's 32,766 bound parameters for the widest table. */
const BATCH = 400;

/** Shares of the generated population; the docs quote them with the figures. */
export const SHARES = {
  /** completed a class that ended in the last 12 months (the "trainees" of the daily pass) */
  trained: 0.4,
  /** of the trained, hold a certificate (五级 or 四级) in that occupation */
  certified: 0.5,
  /** want one of the brands (any worker) */
  wantsBrand: 0.3,
  /** in a priority group (with consent) */
  priority: 0.1,
};

/** mulberry32: the same data for the same size on every run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const chinaDay = (offsetDays) =>
  new Date(Date.now() + offsetDays * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

async function insertAll(ds, table, rows) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await ds
      .createQueryBuilder()
      .insert()
      .into(table)
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

/** Counties where workers live: mostly Yulin, then the Guizhou route counties, then Guangzhou. */
function countyPools() {
  const counties = (city) => regionChildren(city).map((r) => r.code);
  return [
    { weight: 0.55, codes: counties('450900') }, // 玉林
    { weight: 0.1, codes: counties('520500') }, // 毕节
    { weight: 0.05, codes: counties('520400') }, // 安顺
    { weight: 0.05, codes: counties('522700') }, // 黔南
    { weight: 0.25, codes: counties('440100') }, // 广州
  ];
}

/**
 * Loads `workers` worker accounts with profiles and `jobs` open postings (with their employers) into
 * the database behind `ds`, plus the classes and certificates that make a share of the workers
 * trainees. Returns what the benches need to know about it.
 */
export async function loadLabourMarket(ds, { workers, jobs, seed = 2026 }) {
  const random = generator(seed + workers);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pools = countyPools();
  const county = () => {
    let r = random();
    for (const pool of pools) {
      if (r < pool.weight) return pick(pool.codes);
      r -= pool.weight;
    }
    return pick(pools[0].codes);
  };
  const occupationOf = new Map(OCCUPATION_SEEDS.map((o) => [o.code, o]));
  // a brand's trades: its occupations that are on the training list
  const trades = BRAND_SEEDS.flatMap((b) =>
    b.occupationCodes.filter((c) => occupationOf.has(c)).map((c) => ({ brand: b, occupation: c })),
  );

  // ——— classes: per trade, four that ended over the last year ———
  const sessions = trades.flatMap((t) =>
    [30, 120, 210, 300].map((ago) => ({
      id: randomUUID(),
      trade: t,
      row: {
        courseId: randomUUID(),
        providerId: randomUUID(),
        brandCode: t.brand.code,
        occupationCode: t.occupation,
        title: `${t.brand.name}压测班`,
        regionCode: t.brand.regionCode.endsWith('00') ? pick(pools[0].codes) : t.brand.regionCode,
        address: '压测地址',
        latitude: null,
        longitude: null,
        startDate: chinaDay(-ago - 10),
        endDate: chinaDay(-ago),
        enrolOpensAt: chinaDay(-ago - 40),
        enrolClosesAt: chinaDay(-ago - 11),
        capacity: 100000,
        seatsTaken: 0,
        subsidised: true,
        minAttendanceRate: 0.8,
        status: 'scheduled',
        isDemo: false,
        createdBy: randomUUID(),
      },
    })),
  );
  await insertAll(
    ds,
    'training_sessions',
    sessions.map((s) => ({ id: s.id, ...s.row })),
  );

  // ——— workers ———
  const users = [];
  const profiles = [];
  const enrolments = [];
  const certifications = [];
  let trainees = 0;
  let certified = 0;
  let priority = 0;
  const flushWorkers = async () => {
    await insertAll(ds, 'users', users.splice(0));
    await insertAll(ds, 'worker_profiles', profiles.splice(0));
    await insertAll(ds, 'enrolments', enrolments.splice(0));
    await insertAll(ds, 'certifications', certifications.splice(0));
  };
  for (let i = 0; i < workers; i++) {
    const id = randomUUID();
    const home = county();
    const isPriority = random() < SHARES.priority;
    priority += isPriority ? 1 : 0;
    users.push(userRow(id, `压测工人${i}`, ['worker']));
    profiles.push(
      profileRow(id, {
        gender: random() < 0.6 ? 'female' : 'male',
        birthDate: `${1970 + Math.floor(random() * 35)}-06-01`,
        householdRegionCode: home,
        currentRegionCode: random() < 0.8 ? home : county(),
        wantedBrands: random() < SHARES.wantsBrand ? [pick(BRAND_SEEDS).name] : [],
        minMonthlySalary: random() < 0.7 ? 3000 + 500 * Math.floor(random() * 7) : null,
        priorityGroup: isPriority ? '脱贫人口' : null,
      }),
    );
    if (random() < SHARES.trained) {
      trainees += 1;
      const session = pick(sessions);
      const enrolmentId = randomUUID();
      enrolments.push({
        id: enrolmentId,
        sessionId: session.id,
        workerId: id,
        status: 'completed',
        priority: isPriority ? 1 : 0,
        queuedAt: new Date(),
        idempotencyKey: null,
        assistedBy: null,
        assistReason: null,
        promotedAt: null,
        cancelledAt: null,
      });
      const occupation = occupationOf.get(session.row.occupationCode);
      if (random() < SHARES.certified) {
        certified += 1;
        // 五级 mostly, 四级 where the occupation goes that high (a smaller number is a higher level)
        const level =
          occupation.maxLevel === null ? null : random() < 0.7 || occupation.maxLevel > 4 ? 5 : 4;
        certifications.push({
          id: randomUUID(),
          workerId: id,
          enrolmentId,
          sessionId: session.id,
          providerId: session.row.providerId,
          regionCode: session.row.regionCode,
          brandCode: session.row.brandCode,
          occupationCode: session.row.occupationCode,
          certificateType: occupation.certificateType,
          level,
          status: 'issued',
          appliedBy: 'trainer',
          attempt: 1,
          openKey: null,
          scheduledAt: null,
          place: null,
          score: 80,
          certificateNo: `B${String(i).padStart(15, '0')}`,
          issuer: '压测评价机构',
          issuedOn: session.row.endDate,
        });
      }
    }
    if (users.length >= 5000) await flushWorkers();
  }
  await flushWorkers();

  // ——— employers and open postings ———
  const employers = Array.from({ length: Math.max(1, Math.ceil(jobs / 20)) }, (_, i) => ({
    id: randomUUID(),
    name: `压测用人单位${i}`,
    creditCode: `91${String(450900000000000 + i).padStart(16, '0')}`,
    regionCode: random() < 0.5 ? pick(pools[0].codes) : pick(pools[4].codes),
    address: '压测地址',
    contactName: '张经理',
    contactPhone: '13800138000',
    description: '',
    status: 'verified',
    rejectReason: null,
    reviewedBy: null,
    reviewedAt: null,
    createdBy: randomUUID(),
    isDemo: false,
    blacklistedAt: null,
    blacklistReason: null,
  }));
  await insertAll(ds, 'employers', employers);
  const postings = [];
  for (let i = 0; i < jobs; i++) {
    const trade = pick(trades);
    const employer = pick(employers);
    const occupation = occupationOf.get(trade.occupation);
    const salaryMin = 3000 + 500 * Math.floor(random() * 8);
    const requires = random() < 0.3;
    postings.push({
      id: randomUUID(),
      employerId: employer.id,
      title: `${occupationOf.get(trade.occupation).name}${i}`,
      brandCode: trade.brand.code,
      occupationCode: trade.occupation,
      regionCode: random() < 0.6 ? employer.regionCode : county(),
      address: '压测地址',
      salaryMin,
      salaryMax: salaryMin + 1000 + 500 * Math.floor(random() * 5),
      headcount: 1 + Math.floor(random() * 10),
      hires: 0,
      requiredCertificateType: requires ? occupation.certificateType : null,
      requiredCertificateLevel: requires && occupation.maxLevel !== null ? 5 : null,
      acceptsTrainees: random() < 0.5,
      accommodation: random() < 0.5,
      meals: random() < 0.5,
      workingHours: '8:00–17:30',
      description: '压测岗位',
      status: 'open',
      closesOn: chinaDay(30 + Math.floor(random() * 30)),
      openedAt: new Date(Date.now() - Math.floor(random() * 30) * 86_400_000),
      closedAt: null,
      isDemo: false,
      createdBy: randomUUID(),
    });
  }
  await insertAll(ds, 'job_postings', postings);
  return {
    workers,
    trainees,
    certified,
    priority,
    sessions: sessions.length,
    employers: employers.length,
    jobs,
    trades,
    employerIds: employers.map((e) => e.id),
  };
}
