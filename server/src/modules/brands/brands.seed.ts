import type { EntityManager } from 'typeorm';
import { AffiliateEntity } from './affiliate.entity';
import { BrandTargetEntity, ProgrammeTargetEntity } from './brand-target.entity';
import { BrandEntity } from './brand.entity';
import {
  BRAND_SEEDS,
  BRAND_TARGET_SEEDS,
  OCCUPATION_SEEDS,
  PROGRAMME_TARGET_SEEDS,
} from './brand-seed-data';
import { BrandOccupationEntity, OccupationEntity } from './occupation.entity';

export interface CatalogueSeedResult {
  brands: number;
  occupations: number;
  links: number;
  targets: number;
  programmeTargets: number;
}

/**
 * The two plans' brands, training list and targets. Inserts what is missing and leaves existing rows
 * alone (an admin's later edits stand), so running it again changes nothing. Production runs it too.
 */
export async function seedCatalogue(em: EntityManager): Promise<CatalogueSeedResult> {
  const result: CatalogueSeedResult = {
    brands: 0,
    occupations: 0,
    links: 0,
    targets: 0,
    programmeTargets: 0,
  };
  const occupations = em.getRepository(OccupationEntity);
  for (const o of OCCUPATION_SEEDS) {
    if (await occupations.existsBy({ code: o.code })) continue;
    await occupations.insert({ ...o });
    result.occupations += 1;
  }
  const brands = em.getRepository(BrandEntity);
  const links = em.getRepository(BrandOccupationEntity);
  for (const b of BRAND_SEEDS) {
    if (!(await brands.existsBy({ code: b.code }))) {
      const { occupationCodes: _codes, ...fields } = b;
      await brands.insert({ ...fields, coverUrl: null, archivedAt: null });
      result.brands += 1;
      for (const occupationCode of b.occupationCodes) {
        await links.insert({ brandCode: b.code, occupationCode });
        result.links += 1;
      }
    }
  }
  const targets = em.getRepository(BrandTargetEntity);
  for (const t of BRAND_TARGET_SEEDS) {
    if (await targets.existsBy({ brandCode: t.brandCode, periodEnd: t.periodEnd })) continue;
    await targets.insert({ ...t });
    result.targets += 1;
  }
  const programme = em.getRepository(ProgrammeTargetEntity);
  for (const p of PROGRAMME_TARGET_SEEDS) {
    if (await programme.existsBy({ plan: p.plan, metric: p.metric })) continue;
    await programme.insert({ ...p });
    result.programmeTargets += 1;
  }
  return result;
}

/** Invented demo affiliates for the Yulin brands (marked demo): a training base, a studio, an enterprise. */
export async function seedDemoAffiliates(em: EntityManager): Promise<number> {
  const repo = em.getRepository(AffiliateEntity);
  let created = 0;
  const yulin = BRAND_SEEDS.filter((b) => b.series === '八桂系列');
  for (const [i, brand] of yulin.entries()) {
    const rows: Pick<AffiliateEntity, 'kind' | 'name' | 'description'>[] = [
      {
        kind: 'training_base',
        name: `${brand.name}培训基地（演示）`,
        description: '演示数据：承担品牌技能培训和实操考核。',
      },
      {
        kind: 'expert_studio',
        name: `${brand.name}技能大师工作室（演示）`,
        description: '演示数据：由技能大师带徒传艺、开发课程。',
      },
      {
        kind: 'leading_enterprise',
        name: `${brand.name}龙头企业（演示）`,
        description: '演示数据：吸纳培训合格人员就业。',
      },
    ];
    for (const [j, row] of rows.entries()) {
      const id = `00000000-0000-4000-a000-${String(i * 10 + j).padStart(12, '0')}`;
      if (await repo.existsBy({ id })) continue;
      await repo.insert({
        ...row,
        id,
        brandCode: brand.code,
        regionCode: brand.regionCode,
        isDemo: true,
        archivedAt: null,
      });
      created += 1;
    }
  }
  return created;
}
