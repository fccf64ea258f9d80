import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { maskName } from '@app/shared/validators';
import { isUniqueViolation } from '../../common/db-errors';
import { DomainError } from '../../common/domain-error';
import { type AccessRule, authorize, requireRole } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { WorkerProfileEntity } from '../workers/worker-profile.entity';
import {
  APPLICATIONS_LINK,
  candidatesLink,
  EMPLOYER_STAFF,
  employerScope,
  invitedDedupeKey,
  invitedMessage,
} from './job-rules';
import { JobViews } from './job-views';
import { JobApplicationEntity, JobInvitationEntity, JobPostingEntity } from './job.entity';
import type {
  JobInvitationInputDto,
  JobInvitationListResponseDto,
  JobInvitationResponseDto,
} from './jobs.dto';
import { employerStaffIds, openJob, requirePostingEmployer } from './jobs.service';

/** The invited worker (accepts or declines). */
const INVITEE: AccessRule = { roles: ['worker'], owner: true };
const inviteeScope = (row: { workerId: string }) => ({ ownerId: row.workerId });

/**
 * 邀请投递: an employer invites a worker (usually one of a posting's recommended candidates) to apply,
 * once per job and worker; the worker accepts or declines, once. Each write is one statement guarded
 * by the database (the unique key, a conditional UPDATE on `pending`) with its notification in the
 * same transaction, so racing requests make one invitation and one answer.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly views: JobViews,
  ) {}

  /**
   * The posting's employer staff invite a worker with a profile who has not applied to it. A second
   * invitation of the same worker to the same job, even a racing one, is 409 INVITATION_EXISTS.
   */
  async invite(
    auth: AuthUser,
    jobId: string,
    dto: JobInvitationInputDto,
  ): Promise<JobInvitationResponseDto> {
    const found = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobId });
    authorize(auth, EMPLOYER_STAFF, found, employerScope);
    const employer = await requirePostingEmployer(this.dataSource, auth, '邀请求职者');
    const job = await openJob(this.dataSource, jobId);
    const workerId = dto.workerId;
    const hasProfile = await this.dataSource
      .getRepository(WorkerProfileEntity)
      .existsBy({ userId: workerId, erasedAt: IsNull() });
    if (!hasProfile) throw new DomainError('NOT_FOUND', '未找到这位求职者');
    if (await this.dataSource.getRepository(JobApplicationEntity).existsBy({ jobId, workerId })) {
      throw new DomainError('ALREADY_APPLIED');
    }
    const id = randomUUID();
    const message = dto.message || null;
    try {
      await this.dataSource.transaction(async (em) => {
        await em.getRepository(JobInvitationEntity).insert({
          id,
          jobId,
          workerId,
          employerId: job.employerId,
          status: 'pending',
          message,
          createdBy: auth.id,
          respondedAt: null,
        });
        await this.notifications.notify(em, {
          userId: workerId,
          kind: 'job.invited',
          dedupeKey: invitedDedupeKey(id),
          ...invitedMessage(employer.name, job, message),
          link: APPLICATIONS_LINK,
        });
      });
    } catch (error) {
      // the unique key (job, worker): an earlier or concurrent invitation won
      if (isUniqueViolation(error)) throw new DomainError('INVITATION_EXISTS');
      throw error;
    }
    return this.reload(id);
  }

  /** The worker's invitations: pending first, then newest first, each with its job. */
  async mine(auth: AuthUser): Promise<JobInvitationListResponseDto> {
    requireRole(auth, 'worker');
    const rows = await this.dataSource
      .getRepository(JobInvitationEntity)
      .find({ where: { workerId: auth.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    // a stable sort: newest first within the pending and the answered
    rows.sort((a, b) => Number(a.status !== 'pending') - Number(b.status !== 'pending'));
    return { items: await this.views.invitations(rows) };
  }

  /** pending → accepted: the employer then sees the worker's name and phone among its candidates. */
  accept(auth: AuthUser, id: string): Promise<JobInvitationResponseDto> {
    return this.answer(auth, id, 'accepted');
  }

  /** pending → declined, even when the posting has closed meanwhile. */
  decline(auth: AuthUser, id: string): Promise<JobInvitationResponseDto> {
    return this.answer(auth, id, 'declined');
  }

  // ——— internals ———

  /**
   * The worker's answer: one conditional UPDATE on `pending` (a second answer, even a racing one, is
   * 409 INVITATION_ANSWERED), and each active staff account of the employer told in the same
   * transaction, by masked name (the text may travel as a WeChat push).
   */
  private async answer(
    auth: AuthUser,
    id: string,
    to: 'accepted' | 'declined',
  ): Promise<JobInvitationResponseDto> {
    const current = await this.dataSource.getRepository(JobInvitationEntity).findOneBy({ id });
    authorize(auth, INVITEE, current, inviteeScope);
    if (current.status !== 'pending') throw new DomainError('INVITATION_ANSWERED');
    // accepting leads to applying, which a posting no longer open refuses
    const job =
      to === 'accepted'
        ? await openJob(this.dataSource, current.jobId)
        : await this.dataSource
            .getRepository(JobPostingEntity)
            .findOneByOrFail({ id: current.jobId });
    const profile = await this.dataSource
      .getRepository(WorkerProfileEntity)
      .findOne({ where: { userId: auth.id }, select: { userId: true, realName: true } });
    const who = maskName(profile?.realName ?? '') || '一位求职者';
    await this.dataSource.transaction(async (em) => {
      const moved = await em
        .getRepository(JobInvitationEntity)
        .update({ id, status: 'pending' }, { status: to, respondedAt: new Date() });
      if (moved.affected !== 1) throw new DomainError('INVITATION_ANSWERED');
      const staff = await employerStaffIds(em, current.employerId);
      await this.notifications.notifyMany(
        em,
        staff.map((userId) => ({
          userId,
          kind: 'invitation.answered' as const,
          dedupeKey: `invitation:${id}:answered:${userId}`,
          title: to === 'accepted' ? '求职者已接受邀请' : '求职者婉拒了邀请',
          body:
            to === 'accepted'
              ? `${who}接受了“${job.title}”的投递邀请，可在推荐人选中查看其姓名和电话。`
              : `${who}婉拒了“${job.title}”的投递邀请。`,
          link: candidatesLink(job.id),
        })),
      );
    });
    return this.reload(id);
  }

  private async reload(id: string): Promise<JobInvitationResponseDto> {
    const row = await this.dataSource.getRepository(JobInvitationEntity).findOneByOrFail({ id });
    return { invitation: (await this.views.invitations([row]))[0] };
  }
}
