import type { EntityManager } from 'typeorm';
import { SEED_REGION_CODES, regionLevel, regionName, regionParent } from '@app/shared/regions';
import { RegionEntity } from './region.entity';

/** The seed regions and all their ancestors, names and parents taken from the shared GB/T 2260 data. */
export function seedRegionRows(): RegionEntity[] {
  const codes = new Set<string>();
  for (const code of SEED_REGION_CODES) {
    for (let c: string | null = code; c; c = regionParent(c)) codes.add(c);
  }
  return [...codes].sort().map((code) => {
    const row = new RegionEntity();
    row.code = code;
    row.name = regionName(code) ?? code;
    row.parentCode = regionParent(code);
    row.level = regionLevel(code);
    return row;
  });
}

/** Inserts or refreshes the reference regions; safe to run on every start. */
export async function seedRegions(em: EntityManager): Promise<number> {
  const rows = seedRegionRows();
  await em.getRepository(RegionEntity).upsert(rows, ['code']);
  return rows.length;
}
