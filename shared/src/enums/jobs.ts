/** A job posting: drafted, open for applications, closed (by the employer, full, or past its date). */
export const JOB_STATUSES = ['draft', 'open', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const JOB_STATUS_LABELS: Readonly<Record<JobStatus, string>> = {
  draft: '草稿',
  open: '招聘中',
  closed: '已结束',
};

/**
 * An application's pipeline: applied → viewed → interview → offered → hired, or rejected (by the
 * employer) / withdrawn (by the worker, until an offer). Only the employer moves it forward; a
 * rejected or withdrawn application never comes back.
 */
export const APPLICATION_STATUSES = [
  'applied',
  'viewed',
  'interview',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  applied: '已投递',
  viewed: '已查看',
  interview: '待面试',
  offered: '已发录用',
  hired: '已入职',
  rejected: '未通过',
  withdrawn: '已撤回',
};

/**
 * An employer's invitation to a recommended worker (邀请投递): pending until the worker accepts (their
 * name and phone are then shown to that employer) or declines. Answered once.
 */
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_STATUS_LABELS: Readonly<Record<InvitationStatus, string>> = {
  pending: '待回复',
  accepted: '已接受',
  declined: '已婉拒',
};

/** The labour contract recorded with a hire. */
export const CONTRACT_KINDS = ['paper', 'electronic', 'none'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const CONTRACT_KIND_LABELS: Readonly<Record<ContractKind, string>> = {
  paper: '已签纸质合同',
  electronic: '已签电子合同',
  none: '未签合同',
};

/** How a notification leaves the outbox (the in-app inbox always has it). */
export const DELIVERY_CHANNELS = ['inbox', 'wechat', 'sms'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** An outbox row's delivery: waiting, being sent by a dispatcher, done, or given up. */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
