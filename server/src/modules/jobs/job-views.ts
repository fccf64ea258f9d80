import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { HOLDING_STATUSES } from '@app/shared/enums';
import type { CandidateView } from '@app/shared/api';
import { regionName } from '@app/shared/regions';
import { groupBy, unique } from '../../common/collections';
import { BrandEntity } from '../brands/brand.entity';
import { OccupationEntity } from '../brands/occupation.entity';
import { CertificationEntity } from '../certification/certification.entity';
import { EmployerEntity } from '../organisations/employer.entity';
import { UserEntity } from '../users/user.entity';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import type { ApplicationViewDto, JobInvitationViewDto, JobViewDto } from './jobs.dto';
import {
  ApplicationEventEntity,
  JobApplicationEntity,
  JobInvitationEntity,
  JobPostingEntity,
} from './job.entity';

/**
 * Builds the answers for lists of postings, applications and invitations in a fixed number of
 * queries, whatever the list's length (names by primary key, then maps in memory): no query per row.
 */
@Injectable()
export class JobViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async jobs(rows: readonly JobPostingEntity[]): Promise<JobViewDto[]> {
    if (!rows.length) return [];
    const brandCodes = unique(rows.map((r) => r.brandCode).filter((c): c is string => c !== null));
    const [employers, occupations, brands] = await Promise.all([
      this.dataSource.getRepository(EmployerEntity).find({
        where: { id: In(unique(rows.map((r) => r.employerId))) },
        select: { id: true, name: true },
      }),
      this.dataSource.getRepository(OccupationEntity).find({
        where: { code: In(unique(rows.map((r) => r.occupationCode))) },
        select: { code: true, name: true },
      }),
      brandCodes.length
        ? this.dataSource
            .getRepository(BrandEntity)
            .find({ where: { code: In(brandCodes) }, select: { code: true, name: true } })
        : Promise.resolve([]),
    ]);
    const employerName = new Map(employers.map((e) => [e.id, e.name]));
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    const brandName = new Map(brands.map((b) => [b.code, b.name]));
    return rows.map((r) => ({
      id: r.id,
      employerId: r.employerId,
      employerName: employerName.get(r.employerId) ?? '',
      title: r.title,
      brandCode: r.brandCode,
      brandName: r.brandCode ? (brandName.get(r.brandCode) ?? null) : null,
      occupationCode: r.occupationCode,
      occupationName: occupationName.get(r.occupationCode) ?? r.occupationCode,
      regionCode: r.regionCode,
      regionName: regionName(r.regionCode) ?? r.regionCode,
      address: r.address,
      salaryMin: r.salaryMin,
      salaryMax: r.salaryMax,
      headcount: r.headcount,
      hires: r.hires,
      requiredCertificate: r.requiredCertificateType
        ? { type: r.requiredCertificateType, minLevel: r.requiredCertificateLevel }
        : null,
      acceptsTrainees: r.acceptsTrainees,
      accommodation: r.accommodation,
      meals: r.meals,
      workingHours: r.workingHours,
      description: r.description,
      closesOn: r.closesOn,
      status: r.status,
      openedAt: r.openedAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  /**
   * Applications with their job, timeline and candidate. Only the applicant and the employer they
   * applied to ever get these, so the candidate carries the full name and phone.
   */
  async applications(rows: readonly JobApplicationEntity[]): Promise<ApplicationViewDto[]> {
    if (!rows.length) return [];
    const workerIds = unique(rows.map((r) => r.workerId));
    const [jobs, events, profiles, facts] = await Promise.all([
      this.dataSource
        .getRepository(JobPostingEntity)
        .findBy({ id: In(unique(rows.map((r) => r.jobId))) }),
      this.dataSource.getRepository(ApplicationEventEntity).find({
        where: { applicationId: In(rows.map((r) => r.id)) },
        order: { at: 'ASC', id: 'ASC' },
      }),
      this.dataSource.getRepository(WorkerProfileEntity).find({
        where: { userId: In(workerIds) },
        select: { userId: true, realName: true, currentRegionCode: true, skills: true },
      }),
      this.candidateFacts(workerIds),
    ]);
    const jobViews = new Map((await this.jobs(jobs)).map((j) => [j.id, j]));
    const profileOf = new Map(profiles.map((p) => [p.userId, p]));
    const eventsOf = groupBy(events, (e) => e.applicationId);
    return rows.map((r) => {
      const profile = profileOf.get(r.workerId);
      const job = jobViews.get(r.jobId);
      if (!job) throw new Error(`application ${r.id} names a missing job`);
      return {
        id: r.id,
        jobId: r.jobId,
        job,
        status: r.status,
        interviewAt: r.interviewAt?.toISOString() ?? null,
        interviewPlace: r.interviewPlace,
        note: r.note,
        candidate: {
          workerId: r.workerId,
          name: profile?.realName ?? '',
          phone: facts.phoneOf.get(r.workerId) ?? null,
          countyName: profile ? (regionName(profile.currentRegionCode) ?? '') : '',
          certificates: facts.certificatesOf(r.workerId),
          skills: profile?.skills ?? [],
        },
        timeline: (eventsOf.get(r.id) ?? []).map((e) => ({
          status: e.status,
          at: e.at.toISOString(),
          note: e.note,
        })),
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  /** Invitations with their job (the postings in one query, then their names as for any list). */
  async invitations(rows: readonly JobInvitationEntity[]): Promise<JobInvitationViewDto[]> {
    if (!rows.length) return [];
    const jobs = await this.dataSource
      .getRepository(JobPostingEntity)
      .findBy({ id: In(unique(rows.map((r) => r.jobId))) });
    const jobViews = new Map((await this.jobs(jobs)).map((j) => [j.id, j]));
    return rows.map((r) => {
      const job = jobViews.get(r.jobId);
      if (!job) throw new Error(`invitation ${r.id} names a missing job`);
      return {
        id: r.id,
        jobId: r.jobId,
        workerId: r.workerId,
        status: r.status,
        message: r.message,
        createdAt: r.createdAt.toISOString(),
        respondedAt: r.respondedAt?.toISOString() ?? null,
        job,
      };
    });
  }

  /**
   * What any candidate card shows beside the profile: the phone (the caller decides whether to show
   * it) and the certificates held (passed or issued), named — for a list of workers in three queries.
   */
  async candidateFacts(workerIds: readonly string[]): Promise<{
    phoneOf: Map<string, string | null>;
    certificatesOf: (workerId: string) => CandidateView['certificates'];
  }> {
    const ids = [...new Set(workerIds)];
    const [users, certificates] = ids.length
      ? await Promise.all([
          this.dataSource
            .getRepository(UserEntity)
            .find({ where: { id: In(ids) }, select: { id: true, phone: true } }),
          this.dataSource.getRepository(CertificationEntity).find({
            where: { workerId: In(ids), status: In([...HOLDING_STATUSES]) },
            select: {
              id: true,
              workerId: true,
              occupationCode: true,
              certificateType: true,
              level: true,
            },
            order: { createdAt: 'ASC' },
          }),
        ])
      : [[], []];
    const codes = unique(certificates.map((c) => c.occupationCode));
    const occupations = codes.length
      ? await this.dataSource
          .getRepository(OccupationEntity)
          .find({ where: { code: In(codes) }, select: { code: true, name: true } })
      : [];
    const occupationName = new Map(occupations.map((o) => [o.code, o.name]));
    const heldBy = groupBy(certificates, (c) => c.workerId);
    return {
      phoneOf: new Map(users.map((u) => [u.id, u.phone])),
      certificatesOf: (workerId) =>
        (heldBy.get(workerId) ?? []).map((c) => ({
          occupationName: occupationName.get(c.occupationCode) ?? c.occupationCode,
          type: c.certificateType,
          level: c.level,
        })),
    };
  }
}
