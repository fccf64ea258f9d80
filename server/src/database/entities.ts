import { RegionEntity } from '../modules/regions/region.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed once: the app, the migration CLI and the tests all use this list. */
export const ENTITIES = [UserEntity, RegionEntity];
