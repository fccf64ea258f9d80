import { DataSource, type Logger } from 'typeorm';
import type { BrandDetailResponse, BrandListResponse, SessionListResponse } from '@app/shared/api';
import { prepareDatabase } from '../src/database/migrate';
import {
  BrandTargetEntity,
  ProgrammeTargetEntity,
} from '../src/modules/brands/brand-target.entity';
import { BrandEntity } from '../src/modules/brands/brand.entity';
import { BRAND_SEEDS } from '../src/modules/brands/brand-seed-data';
import { BrandOccupationEntity, OccupationEntity } from '../src/modules/brands/occupation.entity';
import { TrainingSessionEntity } from '../src/modules/training/training-session.entity';
import { call, startTestApp, testConfig, type TestApp } from './helpers/test-app';

const NAMED_BRANDS = [
  '八桂家政',
  '八桂建工',
  '八桂米粉师傅',
  '福绵裁缝',
  '香药师傅',
  '北流陶瓷工匠',
  '羊城家政',
  '增城妈妈',
  '从化月嫂',
  '广府特色小吃',
  '黄埔·三都技工班',
  '山海心连之家',
  '大学生就业创业e站',
  '就业偕行惠万家',
  '粤菜师傅',
  '广东技工',
  '南粤家政',
];

/** Yulin plan, to 2025: training person-times / employment driven. */
const YULIN_TARGETS: Record<string, [number, number]> = {
  八桂家政: [15000, 20000],
  八桂建工: [10000, 15000],
  八桂米粉师傅: [10000, 15000],
  福绵裁缝: [10000, 15000],
  香药师傅: [5000, 8000],
  北流陶瓷工匠: [3000, 5000],
};

describe('catalogue: seed, filters and paging', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('seed from the two plans', () => {
    const seededCodes = BRAND_SEEDS.map((b) => b.code);
    const snapshot = async () => ({
      brands: await t.db.getRepository(BrandEntity).find({ order: { code: 'ASC' } }),
      occupations: await t.db.getRepository(OccupationEntity).find({ order: { code: 'ASC' } }),
      links: await t.db
        .getRepository(BrandOccupationEntity)
        .find({ order: { brandCode: 'ASC', occupationCode: 'ASC' } }),
      targets: await t.db.getRepository(BrandTargetEntity).find({ order: { brandCode: 'ASC' } }),
      programme: await t.db
        .getRepository(ProgrammeTargetEntity)
        .find({ order: { plan: 'ASC', metric: 'ASC' } }),
      demoSessions: await t.db
        .getRepository(TrainingSessionEntity)
        .find({ where: { isDemo: true }, order: { id: 'ASC' } }),
    });
    const seededOnly = (s: Awaited<ReturnType<typeof snapshot>>) => ({
      ...s,
      brands: s.brands.filter((b) => seededCodes.includes(b.code)),
      links: s.links.filter((l) => seededCodes.includes(l.brandCode)),
    });

    it('running it a second time changes nothing', async () => {
      const before = seededOnly(await snapshot());
      const again = await prepareDatabase(testConfig());
      expect(again.catalogue).toEqual({
        brands: 0,
        occupations: 0,
        links: 0,
        targets: 0,
        programmeTargets: 0,
      });
      expect(again.demoSessions).toBe(0);
      expect(seededOnly(await snapshot())).toEqual(before);
    });

    it('holds every brand the plans name, with its region, and the Yulin targets', async () => {
      const brands = await t.db.getRepository(BrandEntity).find();
      for (const name of NAMED_BRANDS) {
        const brand = brands.find((b) => b.name === name);
        expect(brand).toBeDefined();
        expect(brand?.regionCode).toMatch(/^(44|45)\d{4}$/);
      }
      expect(brands.find((b) => b.name === '福绵裁缝')?.regionCode).toBe('450903');
      expect(brands.find((b) => b.name === '从化月嫂')?.regionCode).toBe('440117');
      expect(brands.find((b) => b.name === '八桂米粉师傅')?.aliases).toContain('牛腩粉师傅');
      const targets = await t.db.getRepository(BrandTargetEntity).find();
      for (const [name, [training, employment]] of Object.entries(YULIN_TARGETS)) {
        const code = brands.find((b) => b.name === name)?.code;
        expect(targets.find((x) => x.brandCode === code && x.periodEnd === '2025')).toMatchObject({
          trainingTarget: training,
          employmentTarget: employment,
        });
      }
      const programme = await t.db.getRepository(ProgrammeTargetEntity).find();
      const value = (plan: string, metric: string) =>
        programme.find((p) => p.plan === plan && p.metric === metric)?.value;
      expect(value('yulin-2022', 'training_bases')).toBe(6);
      expect(value('yulin-2022', 'incubation_bases')).toBe(2);
      expect(value('yulin-2022', 'expert_studios')).toBe(6);
      expect(value('guangzhou-2022', 'municipal_brands')).toBe(10);
      expect(value('guangzhou-2022', 'local_brands')).toBe(20);
    });

    it('the brand detail shows targets with real (zero) progress, occupations and sessions', async () => {
      const res = await call<BrandDetailResponse>(
        t.baseUrl,
        'GET',
        '/api/v1/brands/fumian-caifeng',
      );
      expect(res.status).toBe(200);
      expect(res.body.brand.targets).toEqual([
        {
          periodEnd: '2025',
          trainingTarget: 10000,
          employmentTarget: 15000,
          trainingDone: 0,
          employmentDone: 0,
        },
      ]);
      expect(res.body.brand.occupations.map((o) => o.name)).toContain('缝纫工');
      expect(res.body.brand.upcomingSessions.length).toBeGreaterThan(0);
      expect(res.body.brand.affiliates.every((a) => a.isDemo)).toBe(true);
    });
  });

  describe('brand list', () => {
    const brands = (query: string) =>
      call<BrandListResponse>(t.baseUrl, 'GET', `/api/v1/brands?${query}`);

    it('a city includes its counties; a county only itself', async () => {
      const city = (await brands('regionCode=450900&pageSize=100')).body.items.map((b) => b.name);
      expect(city).toEqual(expect.arrayContaining(['福绵裁缝', '八桂家政', '北流陶瓷工匠']));
      expect(city).not.toContain('羊城家政');
      const county = (await brands('regionCode=450903&pageSize=100')).body.items.map((b) => b.name);
      expect(county).toContain('福绵裁缝');
      expect(county).not.toContain('八桂家政');
      const guangdong = (await brands('regionCode=440000&pageSize=100')).body.items.map(
        (b) => b.name,
      );
      expect(guangdong).toEqual(expect.arrayContaining(['羊城家政', '从化月嫂', '粤菜师傅']));
      expect(guangdong).not.toContain('福绵裁缝');
    });

    it('filters by series and finds a brand by an alias', async () => {
      const series = (await brands(`series=${encodeURIComponent('三项工程')}`)).body.items;
      expect(series.map((b) => b.name).sort()).toEqual(['南粤家政', '广东技工', '粤菜师傅'].sort());
      const alias = (await brands(`q=${encodeURIComponent('牛腩粉')}`)).body.items;
      expect(alias.map((b) => b.name)).toEqual(['八桂米粉师傅']);
    });

    it('pages are stable: walking pages gives the whole list once, in order', async () => {
      const all = (await brands('pageSize=100')).body;
      const walked: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 4); page++) {
        const res = (await brands(`pageSize=4&page=${page}`)).body;
        expect(res.total).toBe(all.total);
        walked.push(...res.items.map((b) => b.code));
      }
      expect(walked).toEqual(all.items.map((b) => b.code));
      expect(new Set(walked).size).toBe(walked.length);
    });
  });

  describe('session list', () => {
    const sessions = (query: string) =>
      call<SessionListResponse>(t.baseUrl, 'GET', `/api/v1/sessions?${query}`);

    it('region includes children; brand, date and has-seats filters', async () => {
      const yulin = (await sessions('regionCode=450900&pageSize=100')).body.items;
      expect(yulin.length).toBeGreaterThan(0);
      expect(yulin.every((s) => s.regionCode.startsWith('4509'))).toBe(true);
      expect(new Set(yulin.map((s) => s.regionCode)).size).toBeGreaterThan(1);

      const fumian = (await sessions('brandCode=fumian-caifeng')).body.items;
      expect(fumian.length).toBeGreaterThanOrEqual(2); // the two demo sessions, and any a test added
      expect(fumian.every((s) => s.brandName === '福绵裁缝')).toBe(true);

      const first = fumian[0];
      const byDate = (
        await sessions(`brandCode=fumian-caifeng&from=${first.startDate}&to=${first.startDate}`)
      ).body.items;
      expect(byDate.map((s) => s.id)).toContain(first.id);
      expect(byDate.every((s) => s.startDate === first.startDate)).toBe(true);
      expect(byDate.length).toBeLessThan(fumian.length);

      await t.db
        .getRepository(TrainingSessionEntity)
        .update({ id: first.id }, { seatsTaken: first.capacity });
      try {
        const open = (await sessions('brandCode=fumian-caifeng&hasSeats=true')).body.items;
        expect(open.map((s) => s.id)).not.toContain(first.id);
        const full = (await sessions('brandCode=fumian-caifeng')).body.items.find(
          (s) => s.id === first.id,
        );
        expect(full?.seatsLeft).toBe(0);
      } finally {
        await t.db.getRepository(TrainingSessionEntity).update({ id: first.id }, { seatsTaken: 0 });
      }
    });

    it('pages are stable and ordered by start date', async () => {
      const all = (await sessions('pageSize=100')).body;
      const dates = all.items.map((s) => s.startDate);
      expect([...dates].sort()).toEqual(dates);
      const walked: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
        walked.push(...(await sessions(`pageSize=7&page=${page}`)).body.items.map((s) => s.id));
      }
      expect(walked).toEqual(all.items.map((s) => s.id));
    });
  });

  describe('training list entries (admin)', () => {
    const body = (code: string, brandCodes: string[]) => ({
      code,
      name: '服装制版师',
      certificateType: '职业技能等级认定',
      maxLevel: 3,
      subsidised: true,
      subsidyAmount: 1200,
      effectiveFrom: '2026-01-01',
      effectiveTo: '2027-12-31',
      brandCodes,
    });
    const login = async (role: 'admin' | 'worker') =>
      (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role },
        })
      ).body.accessToken;

    it('an admin adds an occupation to a brand in scope; it is listed for that brand and audited', async () => {
      const token = await login('admin');
      const code = `zhiban-${Date.now()}`;
      const res = await call(t.baseUrl, 'POST', '/api/v1/admin/occupations', {
        token,
        body: body(code, ['fumian-caifeng']),
      });
      expect(res.status).toBe(201);
      const list = await call<{ items: { code: string }[] }>(
        t.baseUrl,
        'GET',
        '/api/v1/occupations?brandCode=fumian-caifeng&effectiveOn=2026-06-01',
      );
      expect(list.body.items.map((o) => o.code)).toContain(code);
      const expired = await call<{ items: { code: string }[] }>(
        t.baseUrl,
        'GET',
        '/api/v1/occupations?brandCode=fumian-caifeng&effectiveOn=2028-01-01',
      );
      expect(expired.body.items.map((o) => o.code)).not.toContain(code);
      const edit = await call(t.baseUrl, 'PUT', `/api/v1/admin/occupations/${code}`, {
        token,
        body: { ...body(code, ['fumian-caifeng']), subsidyAmount: 1500 },
      });
      expect(edit.status).toBe(200);
      // unticking the brand removes the link
      const unlinked = await call<{ occupation: { brandCodes: string[] } }>(
        t.baseUrl,
        'PUT',
        `/api/v1/admin/occupations/${code}`,
        { token, body: body(code, []) },
      );
      expect(unlinked.body.occupation.brandCodes).toEqual([]);
      const rows: { action: string }[] = await t.db.query(
        'SELECT action FROM audit_logs WHERE target_id = ? ORDER BY created_at',
        [code],
      );
      expect(rows.map((r) => r.action)).toEqual([
        'occupation.create',
        'occupation.update',
        'occupation.update',
      ]);
    });

    it('refuses brands outside the region, other roles, and an end before the start', async () => {
      const token = await login('admin');
      const outside = await call(t.baseUrl, 'POST', '/api/v1/admin/occupations', {
        token,
        body: body(`x-${Date.now()}`, ['conghua-yuesao']),
      });
      expect(outside.status).toBe(403);
      const worker = await call(t.baseUrl, 'POST', '/api/v1/admin/occupations', {
        token: await login('worker'),
        body: body(`y-${Date.now()}`, []),
      });
      expect(worker.status).toBe(403);
      const backwards = await call(t.baseUrl, 'POST', '/api/v1/admin/occupations', {
        token,
        body: { ...body(`z-${Date.now()}`, []), effectiveTo: '2025-01-01' },
      });
      expect(backwards.status).toBe(400);
    });
  });

  describe('affiliates (admin)', () => {
    it('an admin in scope adds one and takes it off again; the row stays', async () => {
      const admin = (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role: 'admin' },
        })
      ).body.accessToken;
      const name = `福绵服装实训基地${Date.now()}`;
      const added = await call<BrandDetailResponse>(
        t.baseUrl,
        'POST',
        '/api/v1/admin/brands/fumian-caifeng/affiliates',
        {
          token: admin,
          body: { kind: 'training_base', name, regionCode: '450903', description: '实训车间' },
        },
      );
      expect(added.status).toBe(200);
      const affiliate = added.body.brand.affiliates.find((a) => a.name === name);
      expect(affiliate).toMatchObject({
        kind: 'training_base',
        isDemo: false,
        regionName: '福绵区',
      });
      const removed = await call<BrandDetailResponse>(
        t.baseUrl,
        'POST',
        `/api/v1/admin/affiliates/${affiliate?.id}/archive`,
        { token: admin },
      );
      expect(removed.status).toBe(200);
      expect(removed.body.brand.affiliates.map((a) => a.name)).not.toContain(name);
      const rows: { archived_at: unknown }[] = await t.db.query(
        'SELECT archived_at FROM brand_affiliates WHERE name = ?',
        [name],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].archived_at).not.toBeNull();
      const worker = (
        await call<{ accessToken: string }>(t.baseUrl, 'POST', '/api/v1/auth/demo', {
          body: { role: 'worker' },
        })
      ).body.accessToken;
      const refused = await call(
        t.baseUrl,
        'POST',
        `/api/v1/admin/affiliates/${affiliate?.id}/archive`,
        {
          token: worker,
        },
      );
      expect(refused.status).toBe(403);
    });
  });

  describe('no N+1: the number of SQL statements does not grow with the page size', () => {
    async function countQueries(path: string): Promise<number> {
      const ds = t.app.get(DataSource);
      const original = ds.logger;
      let count = 0;
      const counting: Logger = {
        logQuery: () => {
          count += 1;
        },
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      };
      Object.defineProperty(ds, 'logger', { value: counting, configurable: true, writable: true });
      try {
        const res = await call(t.baseUrl, 'GET', path);
        expect(res.status).toBe(200);
      } finally {
        Object.defineProperty(ds, 'logger', {
          value: original,
          configurable: true,
          writable: true,
        });
      }
      return count;
    }

    it('sessions: 2 per page and 20 per page cost the same', async () => {
      const small = await countQueries('/api/v1/sessions?pageSize=2');
      const large = await countQueries('/api/v1/sessions?pageSize=20');
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    });

    it('brands: 2 per page and 17 per page cost the same', async () => {
      const small = await countQueries('/api/v1/brands?pageSize=2');
      const large = await countQueries('/api/v1/brands?pageSize=17');
      expect(large).toBe(small);
    });
  });
});
