import type { NotificationKind } from '@app/shared/enums';
import { chinaDateTime } from '../../common/china-time';
import type { WechatTemplateGroup } from '../../config/config.schema';

/**
 * WeChat's limits per keyword type of a subscribe-message field (characters, not bytes). A value
 * over the limit makes WeChat refuse the whole message (47003), so every value is cut here first.
 */
export const WECHAT_FIELD_LIMITS = { thing: 20, phrase: 5, name: 10 } as const;

export type WechatFieldType = keyof typeof WECHAT_FIELD_LIMITS | 'time';

/**
 * A value WeChat accepts for a field of `type`: thing ≤ 20 characters, phrase ≤ 5, name ≤ 10 (cut
 * by code point so a character is never split; a cut thing ends in "…" so the reader sees it goes
 * on), time as `YYYY-MM-DD HH:mm` in China time. Empty becomes "无": WeChat refuses empty values.
 */
export function wechatFieldValue(type: 'time', value: Date): string;
export function wechatFieldValue(type: keyof typeof WECHAT_FIELD_LIMITS, value: string): string;
export function wechatFieldValue(type: WechatFieldType, value: string | Date): string {
  // The overloads pair the types: only time takes a Date, and time takes nothing else.
  if (type === 'time') return chinaDateTime(value as Date);
  const text = (value as string).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (!chars.length) return '无';
  const max = WECHAT_FIELD_LIMITS[type];
  if (chars.length <= max) return text;
  // A phrase is a short status word ("已通过"); an ellipsis would eat most of it.
  return type === 'thing' ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('');
}

/** Which template group carries each event (one template per group keeps the console list short). */
export const TEMPLATE_GROUP_OF: Readonly<Record<NotificationKind, WechatTemplateGroup>> = {
  'enrolment.enrolled': 'enrolment',
  'enrolment.waitlisted': 'enrolment',
  'enrolment.promoted': 'enrolment',
  'enrolment.cancelled': 'enrolment',
  'enrolment.completed': 'enrolment',
  'enrolment.dropped': 'enrolment',
  'session.changed': 'session',
  'session.cancelled': 'session',
  'lesson.tomorrow': 'session',
  'certification.applied': 'certification',
  'certification.scheduled': 'certification',
  'certification.passed': 'certification',
  'certification.failed': 'certification',
  'certification.issued': 'certification',
  'job.recommended': 'recommendation',
  'fair.announced': 'recommendation',
  'job.invited': 'recommendation',
  'application.received': 'application',
  'invitation.answered': 'application',
  'application.viewed': 'application',
  'application.interview': 'application',
  'application.offered': 'application',
  'application.hired': 'application',
  'application.rejected': 'application',
};

/** The status word of each event (a `phrase` field: at most 5 Chinese characters). */
const STATUS_PHRASE: Readonly<Record<NotificationKind, string>> = {
  'enrolment.enrolled': '报名成功',
  'enrolment.waitlisted': '候补中',
  'enrolment.promoted': '候补成功',
  'enrolment.cancelled': '已取消',
  'enrolment.completed': '已结业',
  'enrolment.dropped': '未结业',
  'session.changed': '安排变更',
  'session.cancelled': '班次取消',
  'lesson.tomorrow': '明天上课',
  'certification.applied': '已申请',
  'certification.scheduled': '已安排',
  'certification.passed': '已通过',
  'certification.failed': '未通过',
  'certification.issued': '已发证',
  'job.recommended': '新推荐',
  'fair.announced': '招聘会',
  'job.invited': '邀请投递',
  'application.received': '新投递',
  'invitation.answered': '已回复',
  'application.viewed': '已查看',
  'application.interview': '待面试',
  'application.offered': '已录用',
  'application.hired': '已入职',
  'application.rejected': '未通过',
};

/** What a template is filled from: the outbox row. */
export interface PushSource {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
}

export type SubscribeMessageData = Record<string, { value: string }>;

/** title, status phrase, body, time: the four keywords most groups' templates share. */
const titleStatusBody = (row: PushSource): SubscribeMessageData => ({
  thing1: { value: wechatFieldValue('thing', row.title) },
  phrase2: { value: wechatFieldValue('phrase', STATUS_PHRASE[row.kind]) },
  thing3: { value: wechatFieldValue('thing', row.body) },
  time4: { value: wechatFieldValue('time', row.createdAt) },
});

/**
 * The keywords each group's template must have, in the order the console lists them. Whoever picks
 * the templates in the mini-program console chooses ones with exactly these keys (docs/api-jobs.md).
 */
const GROUP_FIELDS: Readonly<
  Record<WechatTemplateGroup, (row: PushSource) => SubscribeMessageData>
> = {
  // 报名结果通知: 培训项目, 报名状态, 温馨提示, 通知时间
  enrolment: titleStatusBody,
  // 课程安排提醒: 课程名称, 变更类型, 详细说明, 通知时间
  session: titleStatusBody,
  // 技能评价进度通知: 评价项目, 当前进度, 备注, 更新时间
  certification: titleStatusBody,
  // 求职进度通知: 岗位名称, 应聘状态, 温馨提示, 更新时间
  application: titleStatusBody,
  // 岗位推荐通知: 推荐内容, 说明, 推荐时间
  recommendation: (row) => ({
    thing1: { value: wechatFieldValue('thing', row.title) },
    thing2: { value: wechatFieldValue('thing', row.body) },
    time3: { value: wechatFieldValue('time', row.createdAt) },
  }),
};

/** Where a tapped message opens when the row has no link of its own: 我的消息. */
export const INBOX_PAGE = 'packages/worker/pages/inbox/index';

/**
 * The mini-program page a tapped message opens: the row's own link (without its leading slash, as
 * WeChat wants), else the inbox; `nid` names the notification so the page can mark it read.
 */
export function pushPage(row: PushSource): string {
  const base = row.link ? row.link.replace(/^\/+/, '') : INBOX_PAGE;
  return `${base}${base.includes('?') ? '&' : '?'}nid=${row.id}`;
}

/** A group's template: its id and how a row fills it (the page it opens is pushPage's). */
export interface PushTemplate {
  templateId: string;
  fields: (row: PushSource) => SubscribeMessageData;
}

/**
 * Event → template, for the groups the configuration names (WECHAT_TEMPLATES). An event whose group
 * has no template id is absent: it never goes out over WeChat.
 */
export function buildPushTemplates(
  templateIds: Partial<Record<WechatTemplateGroup, string>>,
): Partial<Record<NotificationKind, PushTemplate>> {
  const map: Partial<Record<NotificationKind, PushTemplate>> = {};
  for (const [kind, group] of Object.entries(TEMPLATE_GROUP_OF) as [
    NotificationKind,
    WechatTemplateGroup,
  ][]) {
    const templateId = templateIds[group];
    if (templateId) map[kind] = { templateId, fields: GROUP_FIELDS[group] };
  }
  return map;
}

/** The short text of an SMS notice: 【title】body, cut to one 70-character SMS. */
export function smsNoticeText(row: Pick<PushSource, 'title' | 'body'>): string {
  const chars = Array.from(`【${row.title}】${row.body}`.replace(/\s+/g, ' '));
  return chars.length <= 70 ? chars.join('') : `${chars.slice(0, 69).join('')}…`;
}
