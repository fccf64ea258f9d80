import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { SmsCodeEntity, SmsThrottleEntity } from '../modules/auth/sms-code.entity';
import { AffiliateEntity } from '../modules/brands/affiliate.entity';
import { BrandTargetEntity, ProgrammeTargetEntity } from '../modules/brands/brand-target.entity';
import { BrandEntity } from '../modules/brands/brand.entity';
import { BrandOccupationEntity, OccupationEntity } from '../modules/brands/occupation.entity';
import {
  CertificationEntity,
  CertificationEventEntity,
} from '../modules/certification/certification.entity';
import { JobLeaseEntity, RateLimitEntity } from '../modules/coordination/coordination.entity';
import {
  ApplicationEventEntity,
  EmploymentRecordEntity,
  FairJobEntity,
  JobApplicationEntity,
  JobFairEntity,
  JobInvitationEntity,
  JobPostingEntity,
} from '../modules/jobs/job.entity';
import { WechatSubscriptionEntity } from '../modules/notifications/wechat-subscription.entity';
import { RecommendationEntity } from '../modules/recommendations/recommendation.entity';
import { EnrolmentEntity } from '../modules/enrolment/enrolment.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { AttendanceEntity } from '../modules/attendance/attendance.entity';
import { EmployerEntity } from '../modules/organisations/employer.entity';
import { ProviderInviteEntity } from '../modules/organisations/provider-invite.entity';
import { TrainingProviderEntity } from '../modules/organisations/training-provider.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import { CourseEntity } from '../modules/training/course.entity';
import { LessonEntity, TrainingSessionEntity } from '../modules/training/training-session.entity';
import { UserEntity } from '../modules/users/user.entity';
import { WorkerProfileEntity } from '../modules/workers/worker-profile.entity';

/** Every entity, listed once: the app, the migration CLI and the tests all use this list. */
export const ENTITIES = [
  UserEntity,
  RegionEntity,
  RefreshTokenEntity,
  SmsCodeEntity,
  SmsThrottleEntity,
  WorkerProfileEntity,
  EmployerEntity,
  TrainingProviderEntity,
  ProviderInviteEntity,
  AuditLogEntity,
  BrandEntity,
  OccupationEntity,
  BrandOccupationEntity,
  BrandTargetEntity,
  ProgrammeTargetEntity,
  AffiliateEntity,
  CourseEntity,
  TrainingSessionEntity,
  LessonEntity,
  EnrolmentEntity,
  NotificationEntity,
  AttendanceEntity,
  CertificationEntity,
  CertificationEventEntity,
  RateLimitEntity,
  JobLeaseEntity,
  JobPostingEntity,
  JobApplicationEntity,
  ApplicationEventEntity,
  EmploymentRecordEntity,
  JobInvitationEntity,
  JobFairEntity,
  FairJobEntity,
  RecommendationEntity,
  WechatSubscriptionEntity,
];
