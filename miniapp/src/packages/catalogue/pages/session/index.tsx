import type { ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { LessonView, SessionDetail } from '@app/shared/api';
import { SESSION_STATUS_LABELS } from '@app/shared/enums';
import { LoadingOrError } from '../../../../components/empty-state';
import { useSession } from '../../../../hooks/use-catalogue';
import { useSessionEnrolment, type SessionEnrolment } from '../../../../hooks/use-enrolment';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import {
  certificateText,
  chinaDateTime,
  dateRange,
  percentText,
  seatsText,
} from '../../../../utils/catalogue';
import { brandUrl } from '../../../../utils/navigation';
import { EnrolBar, enrolBarIsTall } from '../../components/enrol-bar';
import '../../catalogue.scss';

function Info({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <View className="info-row__value">{children}</View>
    </View>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View>
      <Text className="section-title">{title}</Text>
      <View className="card">{children}</View>
    </View>
  );
}

function LessonRow({ lesson }: { lesson: LessonView }) {
  const start = chinaDateTime(lesson.startsAt);
  const end = chinaDateTime(lesson.endsAt);
  return (
    <View className="lesson">
      <View className="lesson__when">
        <Text>{start.date}</Text>
        <Text className="lesson__time">
          {start.time}–{end.time}
        </Text>
      </View>
      <Text className="lesson__topic">{lesson.topic || '—'}</Text>
    </View>
  );
}

function openMap(session: SessionDetail) {
  if (session.latitude === null || session.longitude === null) return;
  Taro.openLocation({
    latitude: session.latitude,
    longitude: session.longitude,
    name: session.title,
    address: `${session.regionName}${session.address}`,
    scale: 16,
  }).catch(() => void Taro.showToast({ title: '暂时打不开地图', icon: 'none' }));
}

function SessionView({
  session,
  enrolment,
}: {
  session: SessionDetail;
  enrolment: SessionEnrolment;
}) {
  const lessons = [...session.lessons].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const hasMap = session.latitude !== null && session.longitude !== null;
  return (
    <View>
      {session.status !== 'scheduled' ? (
        <Text className="notice">本班次{SESSION_STATUS_LABELS[session.status]}，不能报名。</Text>
      ) : null}
      <View className="card detail-head">
        <Text className="detail-head__title">{session.title}</Text>
        <View
          className="detail-head__meta detail-head__link"
          onClick={() => void Taro.navigateTo({ url: brandUrl(session.brandCode) })}
        >
          <Text>{session.brandName} ›</Text>
        </View>
        <View className="detail-head__tags">
          {session.subsidised ? <Text className="tag tag--subsidy">补贴</Text> : null}
          <Text className={`tag${session.seatsLeft > 0 ? '' : ' tag--warn'}`}>
            {seatsText(session.seatsLeft)}
          </Text>
        </View>
      </View>

      <Section title="培训信息">
        <Info label="培训职业">{session.occupationName}</Info>
        <Info label="培训机构">{session.providerName}</Info>
        <Info label="课时">{session.hours} 课时</Info>
        <Info label="可考证书">
          {certificateText(session.certificateType, session.certificateLevel)}
        </Info>
        <Info label="开班时间">{dateRange(session.startDate, session.endDate)}</Info>
        <Info label="报名时间">{dateRange(session.enrolOpensAt, session.enrolClosesAt)}</Info>
        <Info label="名额">
          共 {session.capacity} 个，{seatsText(session.seatsLeft)}
        </Info>
        <Info label="补贴">
          {session.subsidised ? '有补贴，符合条件的学员可以申领培训补贴' : '无补贴'}
        </Info>
        <Info label="最低出勤率">{percentText(session.minAttendanceRate)}（出勤达到才能结业）</Info>
      </Section>

      <Section title="地点">
        <Text className="detail-text">
          {session.regionName} {session.address}
        </Text>
        {hasMap ? (
          <Button className="btn-secondary map-button" onClick={() => openMap(session)}>
            查看地图
          </Button>
        ) : null}
      </Section>

      <Section title="时间安排">
        {lessons.length ? (
          lessons.map((l) => <LessonRow key={l.id} lesson={l} />)
        ) : (
          <Text className="muted">课程表还没有排好，请留意通知。</Text>
        )}
      </Section>

      {session.description ? (
        <Section title="课程介绍">
          <Text className="detail-text">{session.description}</Text>
        </Section>
      ) : null}

      <EnrolBar session={session} enrolment={enrolment} />
    </View>
  );
}

/** A training session's public page (`?id=`), with 报名 for a worker (and a visitor, who signs in first). */
export default function SessionPage() {
  const { params } = useRouter();
  const session = useSession(params.id ?? '');
  const enrolment = useSessionEnrolment(params.id ?? '');
  usePullRefresh(() => Promise.all([session.refresh(), enrolment.refresh()]));
  return (
    <View className={`page catalogue${enrolBarIsTall(enrolment) ? ' catalogue--tall-bar' : ''}`}>
      {session.data && !session.error ? (
        <SessionView session={session.data} enrolment={enrolment} />
      ) : (
        <LoadingOrError error={session.error} onRetry={session.reload} />
      )}
    </View>
  );
}
