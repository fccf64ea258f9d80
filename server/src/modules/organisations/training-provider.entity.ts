import { Column, Entity, Index } from 'typeorm';
import type { ProviderKind } from '@app/shared/enums';
import { OrganisationColumns } from './organisation.columns';

/** 培训机构 (职业院校, 技工院校, 培训机构, 企业). Only a verified provider runs courses. */
@Entity({ name: 'training_providers' })
@Index('uq_training_providers_credit_code', ['creditCode'], { unique: true })
export class TrainingProviderEntity extends OrganisationColumns {
  @Column({ type: 'varchar', length: 24 })
  kind: ProviderKind;
}
