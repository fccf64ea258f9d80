import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { EnrolmentView } from '@app/shared/api';
import {
  EnrolmentStatusTag,
  PriorityTag,
  waitlistPositionText,
} from '../../../components/enrolment-status';
import { holdsPlace } from '../../../hooks/use-enrolment';
import { chinaDateTime, dateRange } from '../../../utils/catalogue';
import { sessionUrl } from '../../../utils/navigation';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="enrolment-card__row">
      <Text className="enrolment-card__label">{label}</Text>
      <Text className="enrolment-card__value">{value || '—'}</Text>
    </View>
  );
}

export interface EnrolmentCardProps {
  enrolment: EnrolmentView;
  /** This card's 取消报名 is on the wire. */
  cancelling: boolean;
  onCancel: (enrolment: EnrolmentView) => void;
}

/** '12-01 09:00 缝纫基础（正在上课）' for the next lesson of a class the worker holds a place in. */
function nextLessonText(lesson: NonNullable<EnrolmentView['nextLesson']>): string {
  const { date, time } = chinaDateTime(lesson.startsAt);
  const underway = Date.parse(lesson.startsAt) <= Date.now();
  return `${date.slice(5)} ${time} ${lesson.topic}${underway ? '（正在上课）' : ''}`;
}

/** One of the worker's enrolments: the session, its status (候补第 N 位), 优先群体; opens the session. */
export function EnrolmentCard({ enrolment, cancelling, onCancel }: EnrolmentCardProps) {
  const { session } = enrolment;
  const position = waitlistPositionText(enrolment.waitlistPosition);
  return (
    <View className="card enrolment-card">
      <View
        className="enrolment-card__body"
        onClick={() => void Taro.navigateTo({ url: sessionUrl(session.id) })}
      >
        <View className="enrolment-card__head">
          <Text className="enrolment-card__title">{session.title}</Text>
          <EnrolmentStatusTag status={enrolment.status} />
        </View>
        {enrolment.status === 'waitlisted' && position ? (
          <Text className="enrolment-card__position">候补{position}</Text>
        ) : null}
        {enrolment.priority ? (
          <View className="enrolment-card__tags">
            <PriorityTag />
          </View>
        ) : null}
        <Row label="品牌" value={session.brandName} />
        <Row label="时间" value={dateRange(session.startDate, session.endDate)} />
        <Row label="地点" value={`${session.regionName} ${session.address}`.trim()} />
        <Row label="机构" value={session.providerName} />
        {enrolment.status === 'enrolled' && enrolment.nextLesson ? (
          <Row label="下次课" value={nextLessonText(enrolment.nextLesson)} />
        ) : null}
        {enrolment.attendance ? (
          <Row
            label="出勤"
            value={`${enrolment.attendance.attended} / ${enrolment.attendance.counted} 次课`}
          />
        ) : null}
      </View>
      {holdsPlace(enrolment) ? (
        <Button
          className="btn-secondary enrolment-card__cancel"
          disabled={cancelling || undefined}
          onClick={() => onCancel(enrolment)}
        >
          {cancelling ? '正在取消…' : '取消报名'}
        </Button>
      ) : null}
    </View>
  );
}
