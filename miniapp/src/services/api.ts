import type {
  AffiliateInput,
  AssistedWorkerRequest,
  AttachTrainerRequest,
  AttendanceMarkInput,
  AttendanceSyncRequest,
  AttendanceSyncResponse,
  AuditLogListResponse,
  AssessmentResultRequest,
  ApplicationListResponse,
  CandidateRecommendationListResponse,
  JobFairInput,
  JobFairListResponse,
  JobFairResponse,
  RecommendationCoverageResponse,
  RecommendationListResponse,
  ApplicationResponse,
  ApplicationStepRequest,
  HireRequest,
  HireResponse,
  JobInput,
  JobInvitationInput,
  JobInvitationListResponse,
  JobInvitationResponse,
  JobListQuery,
  JobPage,
  JobResponse,
  SubscriptionCreditsResponse,
  SubscriptionReport,
  CertificateVerifyResponse,
  CertificationApplyRequest,
  CertificationListResponse,
  CertificationPage,
  CertificationResponse,
  ClassCertificationApplyRequest,
  CompletionResponse,
  IssueCertificateRequest,
  QrCheckInRequest,
  QrCheckInResponse,
  ScheduleAssessmentRequest,
  BrandDetailResponse,
  BrandInput,
  BrandListQuery,
  BrandListResponse,
  BrandTargetInput,
  BrandTargetsRequest,
  CourseInput,
  CourseListResponse,
  CourseView,
  DemoLoginRequest,
  EmployerInput,
  EnrolmentListResponse,
  EnrolmentResponse,
  EnrolRequest,
  EmployerResponse,
  JoinProviderRequest,
  LessonQrResponse,
  LoginResponse,
  LogoutRequest,
  MeResponse,
  NotificationListResponse,
  OccupationInput,
  OccupationListQuery,
  OccupationListResponse,
  OccupationResponse,
  OrganisationListResponse,
  ProviderInput,
  ProviderInviteResponse,
  ProviderResponse,
  RejectRequest,
  RosterResponse,
  RevealIdNumberRequest,
  RevealIdNumberResponse,
  SessionDetailResponse,
  SessionInput,
  SessionListQuery,
  SessionListResponse,
  SmsLoginRequest,
  SmsSendRequest,
  SmsSendResponse,
  StaffGrantRequest,
  StaffListResponse,
  TrainerListResponse,
  WechatLoginRequest,
  WechatPhoneRequest,
  WechatPhoneResponse,
  WorkerDataExport,
  WorkerListResponse,
  WorkerProfileInput,
  WorkerProfileResponse,
} from '@app/shared/api';
import type {
  AuditAction,
  CertificateLevel,
  CertificationStatus,
  OrganisationKind,
  OrganisationStatus,
  Role,
} from '@app/shared/enums';
import { clearLogin, getRefreshToken } from './auth-store';
import { download, refreshAccessToken, request, withQuery } from './request';

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface OrganisationQuery extends PageQuery {
  kind?: OrganisationKind;
  status?: OrganisationStatus;
}

export interface AuditLogQuery extends PageQuery {
  action?: AuditAction;
}

export interface WorkerQuery extends PageQuery {
  /** Part of the worker's name. */
  q?: string;
}

const seg = (value: string) => encodeURIComponent(value);

/** Typed calls to the server (docs/api-accounts.md, docs/api-catalogue.md, docs/api-enrolment.md); request and response types come from @app/shared/api. */
export const api = {
  // Sign-in
  demoLogin: (role: Role) =>
    request<LoginResponse>('POST', '/auth/demo', {
      body: { role } satisfies DemoLoginRequest,
      auth: false,
    }),
  wechatLogin: (code: string) =>
    request<LoginResponse>('POST', '/auth/wechat', {
      body: { code } satisfies WechatLoginRequest,
      auth: false,
    }),
  wechatPhone: (code: string) =>
    request<WechatPhoneResponse>('POST', '/auth/wechat/phone', {
      body: { code } satisfies WechatPhoneRequest,
    }),
  smsSend: (phone: string) =>
    request<SmsSendResponse>('POST', '/auth/sms/send', {
      body: { phone } satisfies SmsSendRequest,
      auth: false,
    }),
  smsLogin: (phone: string, code: string) =>
    request<LoginResponse>('POST', '/auth/sms/login', {
      body: { phone, code } satisfies SmsLoginRequest,
      auth: false,
    }),
  /** New token pair with the roles re-read (after a sign-up that adds a role). False: signed out. */
  refresh: () => refreshAccessToken(),
  /**
   * Ends the session on the server (best effort: a weak network must not keep anyone signed in on
   * this phone) and always forgets the login here.
   */
  logout: async (): Promise<void> => {
    const refreshToken = getRefreshToken();
    try {
      if (refreshToken) {
        await request<void>('POST', '/auth/logout', {
          body: { refreshToken } satisfies LogoutRequest,
          auth: false,
        });
      }
    } catch {
      // The refresh token expires on its own; the local login is cleared below either way.
    } finally {
      clearLogin();
    }
  },

  // The signed-in person
  getMe: () => request<MeResponse>('GET', '/me'),
  exportMyData: () => request<WorkerDataExport>('GET', '/me/export'),
  deleteMe: () => request<void>('DELETE', '/me'),

  // Worker profile
  getMyProfile: () => request<WorkerProfileResponse>('GET', '/workers/me/profile'),
  saveMyProfile: (input: WorkerProfileInput) =>
    request<WorkerProfileResponse>('PUT', '/workers/me/profile', { body: input }),
  revealMyIdNumber: () => request<RevealIdNumberResponse>('GET', '/workers/me/profile/id-number'),
  /** A trainer or admin registers a worker without a smartphone (the paper form is the consent). */
  assistedRegister: (input: AssistedWorkerRequest) =>
    request<WorkerProfileResponse>('POST', '/workers/assisted', { body: input }),

  // Employers
  createEmployer: (input: EmployerInput) =>
    request<EmployerResponse>('POST', '/employers', { body: input }),
  getMyEmployer: () => request<EmployerResponse>('GET', '/employers/mine'),
  updateMyEmployer: (input: EmployerInput) =>
    request<EmployerResponse>('PUT', '/employers/mine', { body: input }),

  // Training providers
  createProvider: (input: ProviderInput) =>
    request<ProviderResponse>('POST', '/providers', { body: input }),
  getMyProvider: () => request<ProviderResponse>('GET', '/providers/mine'),
  updateMyProvider: (input: ProviderInput) =>
    request<ProviderResponse>('PUT', '/providers/mine', { body: input }),
  getMyTrainers: () => request<TrainerListResponse>('GET', '/providers/mine/trainers'),
  createInvite: () => request<ProviderInviteResponse>('POST', '/providers/mine/invites'),
  joinProvider: (code: string) =>
    request<ProviderResponse>('POST', '/providers/join', {
      body: { code } satisfies JoinProviderRequest,
    }),

  // Bureau staff
  listOrganisations: (query: OrganisationQuery) =>
    request<OrganisationListResponse>('GET', withQuery('/admin/organisations', { ...query })),
  verifyEmployer: (id: string) =>
    request<EmployerResponse>('POST', `/admin/employers/${encodeURIComponent(id)}/verify`),
  rejectEmployer: (id: string, reason: string) =>
    request<EmployerResponse>('POST', `/admin/employers/${encodeURIComponent(id)}/reject`, {
      body: { reason } satisfies RejectRequest,
    }),
  verifyProvider: (id: string) =>
    request<ProviderResponse>('POST', `/admin/providers/${encodeURIComponent(id)}/verify`),
  rejectProvider: (id: string, reason: string) =>
    request<ProviderResponse>('POST', `/admin/providers/${encodeURIComponent(id)}/reject`, {
      body: { reason } satisfies RejectRequest,
    }),
  /** Attaches an account (by the phone it has logged in with once) to a provider as a trainer. */
  attachTrainer: (providerId: string, phone: string) =>
    request<TrainerListResponse>(
      'POST',
      `/admin/providers/${encodeURIComponent(providerId)}/trainers`,
      { body: { phone } satisfies AttachTrainerRequest },
    ),
  listWorkers: (query: WorkerQuery) =>
    request<WorkerListResponse>('GET', withQuery('/admin/workers', { ...query })),
  getWorkerForAdmin: (userId: string) =>
    request<WorkerProfileResponse>('GET', `/admin/workers/${encodeURIComponent(userId)}`),
  /** The full ID number, with why it is looked at (kept in the audit log). */
  revealWorkerIdNumber: (userId: string, reason: string) =>
    request<RevealIdNumberResponse>(
      'POST',
      `/admin/workers/${encodeURIComponent(userId)}/id-number`,
      { body: { reason } satisfies RevealIdNumberRequest },
    ),
  listAuditLogs: (query: AuditLogQuery) =>
    request<AuditLogListResponse>('GET', withQuery('/admin/audit-logs', { ...query })),
  listStaff: () => request<StaffListResponse>('GET', '/admin/staff'),
  grantStaff: (input: StaffGrantRequest) =>
    request<StaffListResponse>('POST', '/admin/staff', { body: input }),
  revokeStaff: (userId: string) =>
    request<StaffListResponse>('DELETE', `/admin/staff/${encodeURIComponent(userId)}`),

  // Brands and the training catalogue: public, so no token (a stale one must not sign anyone out).
  listBrands: (query: BrandListQuery) =>
    request<BrandListResponse>('GET', withQuery('/brands', { ...query }), { auth: false }),
  getBrand: (code: string) =>
    request<BrandDetailResponse>('GET', `/brands/${seg(code)}`, { auth: false }),
  listOccupations: (query: OccupationListQuery) =>
    request<OccupationListResponse>('GET', withQuery('/occupations', { ...query }), {
      auth: false,
    }),
  listSessions: (query: SessionListQuery) =>
    request<SessionListResponse>('GET', withQuery('/sessions', { ...query }), { auth: false }),
  getSession: (id: string) =>
    request<SessionDetailResponse>('GET', `/sessions/${seg(id)}`, { auth: false }),

  // The catalogue as an admin keeps it: the same public reads, never from a cache (what was just
  // saved must show), and the admin's changes (audited; a brand outside the admin's region is 404).
  adminListBrands: (query: BrandListQuery) =>
    request<BrandListResponse>('GET', withQuery('/brands', { ...query }), {
      auth: false,
      fresh: true,
    }),
  adminGetBrand: (code: string) =>
    request<BrandDetailResponse>('GET', `/brands/${seg(code)}`, { auth: false, fresh: true }),
  adminListOccupations: () =>
    request<OccupationListResponse>('GET', '/occupations', { auth: false, fresh: true }),
  createBrand: (input: BrandInput) =>
    request<BrandDetailResponse>('POST', '/admin/brands', { body: input }),
  updateBrand: (code: string, input: BrandInput) =>
    request<BrandDetailResponse>('PUT', `/admin/brands/${seg(code)}`, { body: input }),
  /** Takes the brand off the public pages; nothing is deleted. */
  archiveBrand: (code: string) =>
    request<BrandDetailResponse>('POST', `/admin/brands/${seg(code)}/archive`),
  setBrandTargets: (code: string, targets: BrandTargetInput[]) =>
    request<BrandDetailResponse>('PUT', `/admin/brands/${seg(code)}/targets`, {
      body: { targets } satisfies BrandTargetsRequest,
    }),
  addAffiliate: (code: string, input: AffiliateInput) =>
    request<BrandDetailResponse>('POST', `/admin/brands/${seg(code)}/affiliates`, { body: input }),
  createOccupation: (input: OccupationInput) =>
    request<OccupationResponse>('POST', '/admin/occupations', { body: input }),
  updateOccupation: (code: string, input: OccupationInput) =>
    request<OccupationResponse>('PUT', `/admin/occupations/${seg(code)}`, { body: input }),

  // A training provider's own courses and sessions (trainers; changes need a verified provider)
  listMyCourses: () => request<CourseListResponse>('GET', '/provider/courses'),
  createCourse: (input: CourseInput) =>
    request<CourseView>('POST', '/provider/courses', { body: input }),
  updateCourse: (id: string, input: CourseInput) =>
    request<CourseView>('PUT', `/provider/courses/${seg(id)}`, { body: input }),
  /** Admins: every session of their region, ended and cancelled ones too (for review). */
  adminSessions: (query: PageQuery) =>
    request<SessionListResponse>('GET', withQuery('/admin/sessions', { ...query })),
  listMySessions: (query: PageQuery) =>
    request<SessionListResponse>('GET', withQuery('/provider/sessions', { ...query })),
  createSession: (input: SessionInput) =>
    request<SessionDetailResponse>('POST', '/provider/sessions', { body: input }),
  updateSession: (id: string, input: SessionInput) =>
    request<SessionDetailResponse>('PUT', `/provider/sessions/${seg(id)}`, { body: input }),
  cancelSession: (id: string) =>
    request<SessionDetailResponse>('POST', `/provider/sessions/${seg(id)}/cancel`),

  // Attendance (the session's trainers): the roll, roll-call marks made on the phone, the QR token
  roster: (sessionId: string) =>
    request<RosterResponse>('GET', `/provider/sessions/${seg(sessionId)}/roster`),
  /** Each mark is applied once per mutationId; the latest markedAt stands for a lesson and worker. */
  syncAttendance: (sessionId: string, marks: AttendanceMarkInput[]) =>
    request<AttendanceSyncResponse>('POST', `/provider/sessions/${seg(sessionId)}/attendance`, {
      body: { marks } satisfies AttendanceSyncRequest,
    }),
  /** The roll and every mark as an .xlsx sheet, opened (weapp) or saved (H5) as `<title>-考勤表.xlsx`. */
  attendanceSheet: (sessionId: string, title?: string) =>
    download(
      `/provider/sessions/${seg(sessionId)}/attendance.xlsx`,
      title ? `${title}-考勤表.xlsx` : '考勤表.xlsx',
    ),
  lessonQr: (lessonId: string) =>
    request<LessonQrResponse>('GET', `/provider/lessons/${seg(lessonId)}/qr`),
  /** The worker's scan of the trainer's QR; an offline scan is sent later with its own scannedAt. */
  checkIn: (input: QrCheckInRequest) =>
    request<QrCheckInResponse>('POST', '/attendance/check-in', { body: input }),
  /** Preview of who completes (attendance against the session's minimum), final once confirmed. */
  completion: (sessionId: string) =>
    request<CompletionResponse>('GET', `/provider/sessions/${seg(sessionId)}/completion`),
  confirmCompletion: (sessionId: string) =>
    request<CompletionResponse>('POST', `/provider/sessions/${seg(sessionId)}/completion`),

  // Certification (技能评价): worker applies, trainer / admin schedule and record, admin issues
  applyCertification: (enrolmentId: string, level?: CertificateLevel) =>
    request<CertificationResponse>('POST', '/certifications', {
      body: { enrolmentId, level } satisfies CertificationApplyRequest,
    }),
  myCertifications: () => request<CertificationListResponse>('GET', '/certifications/mine'),
  applyForClass: (sessionId: string, level?: CertificateLevel) =>
    request<CertificationListResponse>(
      'POST',
      `/provider/sessions/${seg(sessionId)}/certifications`,
      { body: { level } satisfies ClassCertificationApplyRequest },
    ),
  sessionCertifications: (sessionId: string) =>
    request<CertificationListResponse>(
      'GET',
      `/provider/sessions/${seg(sessionId)}/certifications`,
    ),
  scheduleAssessment: (id: string, input: ScheduleAssessmentRequest) =>
    request<CertificationResponse>('POST', `/certifications/${seg(id)}/schedule`, { body: input }),
  recordAssessment: (id: string, input: AssessmentResultRequest) =>
    request<CertificationResponse>('POST', `/certifications/${seg(id)}/result`, { body: input }),
  issueCertificate: (id: string, input: IssueCertificateRequest) =>
    request<CertificationResponse>('POST', `/certifications/${seg(id)}/issue`, { body: input }),
  adminCertifications: (query: PageQuery & { status?: CertificationStatus }) =>
    request<CertificationPage>('GET', withQuery('/admin/certifications', { ...query })),
  // Jobs (docs/api-jobs.md): public list and detail, the worker's applications, the employer's side
  listJobs: (query: JobListQuery) =>
    request<JobPage>('GET', withQuery('/jobs', { ...query }), { auth: false }),
  /** Public; a draft only for its own employer (signed in). */
  job: (id: string) => request<JobResponse>('GET', `/jobs/${seg(id)}`),
  /** A repeat answers the application already made. */
  applyForJob: (jobId: string) =>
    request<ApplicationResponse>('POST', `/jobs/${seg(jobId)}/applications`),
  withdrawApplication: (id: string) =>
    request<ApplicationResponse>('POST', `/applications/${seg(id)}/withdraw`),
  myApplications: () => request<ApplicationListResponse>('GET', '/applications/mine'),
  myJobs: (query: PageQuery) =>
    request<JobPage>('GET', withQuery('/employer/jobs', { ...query }), { fresh: true }),
  createJob: (input: JobInput) => request<JobResponse>('POST', '/employer/jobs', { body: input }),
  updateJob: (id: string, input: JobInput) =>
    request<JobResponse>('PUT', `/employer/jobs/${seg(id)}`, { body: input }),
  openJob: (id: string) => request<JobResponse>('POST', `/employer/jobs/${seg(id)}/open`),
  closeJob: (id: string) => request<JobResponse>('POST', `/employer/jobs/${seg(id)}/close`),
  jobApplications: (jobId: string) =>
    request<ApplicationListResponse>('GET', `/employer/jobs/${seg(jobId)}/applications`),
  applicationStep: (id: string, input: ApplicationStepRequest) =>
    request<ApplicationResponse>('POST', `/applications/${seg(id)}/step`, { body: input }),
  hire: (id: string, input: HireRequest) =>
    request<HireResponse>('POST', `/applications/${seg(id)}/hire`, { body: input }),
  /** 为你推荐: best first, open jobs only, with the reasons. */
  myRecommendations: () => request<RecommendationListResponse>('GET', '/recommendations/mine'),
  markRecommendationSeen: (id: string) => request<void>('POST', `/recommendations/${seg(id)}/seen`),
  jobCandidates: (jobId: string) =>
    request<CandidateRecommendationListResponse>('GET', `/employer/jobs/${seg(jobId)}/candidates`),
  /** 邀请投递: one invitation per job and worker (409 INVITATION_EXISTS, or ALREADY_APPLIED). */
  inviteToJob: (jobId: string, input: JobInvitationInput) =>
    request<JobInvitationResponse>('POST', `/employer/jobs/${seg(jobId)}/invitations`, {
      body: input,
    }),
  /** The worker's invitations: pending first, then newest, each with its job. */
  myInvitations: () => request<JobInvitationListResponse>('GET', '/invitations/mine'),
  /** The employer then sees the worker's name and phone; it does not apply (投递 is separate). */
  acceptInvitation: (id: string) =>
    request<JobInvitationResponse>('POST', `/invitations/${seg(id)}/accept`),
  declineInvitation: (id: string) =>
    request<JobInvitationResponse>('POST', `/invitations/${seg(id)}/decline`),
  recommendationCoverage: () =>
    request<RecommendationCoverageResponse>('GET', '/admin/recommendations/coverage'),
  listFairs: () => request<JobFairListResponse>('GET', '/fairs', { auth: false }),
  fair: (id: string) => request<JobFairResponse>('GET', `/fairs/${seg(id)}`, { auth: false }),
  createFair: (input: JobFairInput) =>
    request<JobFairResponse>('POST', '/admin/fairs', { body: input }),
  attachJobToFair: (fairId: string, jobId: string) =>
    request<JobFairResponse>('POST', `/employer/fairs/${seg(fairId)}/jobs/${seg(jobId)}`),
  /** After wx.requestSubscribeMessage: the templates the user accepted (one credit each). */
  reportSubscriptions: (accepted: string[]) =>
    request<SubscriptionCreditsResponse>('POST', '/wechat/subscriptions', {
      body: { accepted } satisfies SubscriptionReport,
    }),

  /** Public: no login needed. */
  verifyCertificate: (no: string) =>
    request<CertificateVerifyResponse>('GET', withQuery('/certificates/verify', { no }), {
      auth: false,
    }),

  // Enrolment (workers with a profile) and the inbox (anyone signed in)
  /** `idempotencyKey`: made once per tap, so a repeated request answers with the place already held. */
  enrol: (sessionId: string, idempotencyKey: string) =>
    request<EnrolmentResponse>('POST', `/sessions/${seg(sessionId)}/enrolments`, {
      body: { idempotencyKey } satisfies EnrolRequest,
    }),
  /** The freed seat goes to the head of the waitlist at once; cancelling twice is harmless. */
  cancelEnrolment: (id: string) =>
    request<EnrolmentResponse>('POST', `/enrolments/${seg(id)}/cancel`),
  /** Newest first, with each session and the current waitlist position. */
  myEnrolments: () => request<EnrolmentListResponse>('GET', '/enrolments/mine'),
  /** The latest 50 messages and the unread count. */
  myNotifications: () => request<NotificationListResponse>('GET', '/notifications/mine'),
  markNotificationRead: (id: string) =>
    request<NotificationListResponse>('POST', `/notifications/${seg(id)}/read`),
};
