import { Column, Entity, Index } from 'typeorm';
import { OrganisationColumns } from './organisation.columns';

/** 用人单位. Only a verified employer that is not blacklisted may post jobs. */
@Entity({ name: 'employers' })
@Index('uq_employers_credit_code', ['creditCode'], { unique: true })
export class EmployerEntity extends OrganisationColumns {
  /** 失信惩戒: set by the bureau; a blacklisted employer cannot post, and its jobs are not recommended. */
  @Column({ name: 'blacklisted_at', type: 'datetime', nullable: true })
  blacklistedAt: Date | null;

  @Column({ name: 'blacklist_reason', type: 'varchar', length: 200, nullable: true })
  blacklistReason: string | null;
}
