import { Entity, Index } from 'typeorm';
import { OrganisationColumns } from './organisation.columns';

/** 用人单位. Only a verified employer may post jobs. */
@Entity({ name: 'employers' })
@Index('uq_employers_credit_code', ['creditCode'], { unique: true })
export class EmployerEntity extends OrganisationColumns {}
