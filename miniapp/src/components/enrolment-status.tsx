import { Text } from '@tarojs/components';
import type { EnrolmentStatus } from '@app/shared/enums';
import { ENROLMENT_STATUS_LABELS } from '@app/shared/enums';
import './enrolment-status.scss';

/** How the waitlist is ordered, in the words workers are shown. */
export const WAITLIST_RULE =
  '候补规则：优先群体（脱贫人口、防止返贫监测对象、农村低收入人口）排在前面，同组按报名先后。有人取消时按顺序递补。';

/** '第 3 位' (1 is the head of the waitlist). */
export function waitlistPositionText(position: number | null): string {
  return position ? `第 ${position} 位` : '';
}

/** 已报名 / 候补中 / 已取消 / 已结业 / 未结业, coloured by what it means for the worker. */
export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  return (
    <Text className={`tag enrolment-tag enrolment-tag--${status}`}>
      {ENROLMENT_STATUS_LABELS[status]}
    </Text>
  );
}

/** The worker is in a priority group (脱贫人口, 防止返贫监测对象, 农村低收入人口): ahead on the waitlist. */
export function PriorityTag({ text = '优先群体' }: { text?: string }) {
  return <Text className="tag enrolment-tag enrolment-tag--priority">{text}</Text>;
}

/** The waitlist rule, in one short paragraph. */
export function WaitlistRule() {
  return <Text className="waitlist-rule">{WAITLIST_RULE}</Text>;
}
