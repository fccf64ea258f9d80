import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SessionListItem } from '@app/shared/api';
import { SESSION_STATUS_LABELS } from '@app/shared/enums';
import { chinaToday, dateRange, seatsText } from '../utils/catalogue';
import { sessionUrl } from '../utils/navigation';
import './session-card.scss';

type Tone = 'good' | 'bad';

function Row({ label, value, tone }: { label: string; value: string; tone?: Tone }) {
  return (
    <View className="session-card__row">
      <Text className="session-card__label">{label}</Text>
      <Text className={`session-card__value${tone ? ` session-card__value--${tone}` : ''}`}>
        {value || '—'}
      </Text>
    </View>
  );
}

export interface SessionCardProps {
  session: SessionListItem;
  /** Leave out the brand row (on the brand's own page). */
  hideBrand?: boolean;
  /** Buttons under the card (a provider's 编辑 / 取消班次); they do not open the session. */
  children?: ReactNode;
}

/** One training session: title, brand, provider, where, when, seats left, 补贴; opens the session. */
export function SessionCard({ session, hideBrand, children }: SessionCardProps) {
  const full = session.seatsLeft <= 0;
  // A class under way (or about to start) whose sign-up has closed: seats left are no offer.
  const closed = session.status === 'scheduled' && chinaToday() > session.enrolClosesAt;
  return (
    <View className="card session-card">
      <View
        className="session-card__body"
        onClick={() => void Taro.navigateTo({ url: sessionUrl(session.id) })}
      >
        <View className="session-card__head">
          <Text className="session-card__title">{session.title}</Text>
          {session.status !== 'scheduled' ? (
            <Text className="tag tag--warn">{SESSION_STATUS_LABELS[session.status]}</Text>
          ) : null}
          {session.subsidised ? <Text className="tag tag--subsidy">补贴</Text> : null}
        </View>
        {hideBrand ? null : <Row label="品牌" value={session.brandName} />}
        <Row label="机构" value={session.providerName} />
        <Row label="地点" value={session.regionName} />
        <Row label="时间" value={dateRange(session.startDate, session.endDate)} />
        {closed ? (
          <Row label="名额" value="报名已截止" tone="bad" />
        ) : (
          <Row label="名额" value={seatsText(session.seatsLeft)} tone={full ? 'bad' : 'good'} />
        )}
      </View>
      {children ? <View className="session-card__actions">{children}</View> : null}
    </View>
  );
}
