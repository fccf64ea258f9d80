import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { EnrolmentView, SessionDetail } from '@app/shared/api';
import { ENROLMENT_STATUS_LABELS, SESSION_STATUS_LABELS } from '@app/shared/enums';
import { PriorityTag, WaitlistRule } from '../../../components/enrolment-status';
import { holdsPlace, type SessionEnrolment } from '../../../hooks/use-enrolment';
import { ApiError, errorMessage } from '../../../services/api-error';
import { PAGES } from '../../../utils/navigation';

/** 报名成功 / 已进入候补，当前第 3 位 just after the tap; the status otherwise (报名状态：已报名). */
function headline(place: EnrolmentView, justEnrolled: boolean): string {
  const position = place.waitlistPosition ? `，当前第 ${place.waitlistPosition} 位` : '';
  if (justEnrolled && place.status === 'enrolled') return '报名成功';
  if (justEnrolled && place.status === 'waitlisted') return `已进入候补${position}`;
  return `报名状态：${ENROLMENT_STATUS_LABELS[place.status]}${place.status === 'waitlisted' ? position : ''}`;
}

/** The place the worker holds in this session, with 取消报名 while it can still be given up. */
function PlaceHeld({ enrolment }: { enrolment: SessionEnrolment }) {
  const place = enrolment.place as EnrolmentView;
  return (
    <View className="enrol-bar enrol-bar--place">
      <View className="enrol-bar__head">
        <Text className={`enrol-bar__status enrol-bar__status--${place.status}`}>
          {headline(place, enrolment.justEnrolled)}
        </Text>
        {place.priority ? <PriorityTag text="你属于优先群体" /> : null}
      </View>
      {place.status === 'enrolled' && enrolment.justEnrolled ? (
        <Text className="enrol-bar__note">开班前的通知会发到“我的消息”，请留意。</Text>
      ) : null}
      {place.status === 'waitlisted' ? <WaitlistRule /> : null}
      {holdsPlace(place) ? (
        <Button
          className="btn-secondary enrol-bar__button enrol-bar__cancel"
          disabled={enrolment.busy || undefined}
          onClick={enrolment.cancel}
        >
          {enrolment.busy ? '正在取消…' : '取消报名'}
        </Button>
      ) : null}
    </View>
  );
}

/**
 * The bar at the bottom of a session page: 报名 (a visitor goes to the login page), then the result in
 * place (报名成功, or the waitlist position and its rule), the place already held with 取消报名, or
 * why 报名 failed (完善个人信息 when the worker has no profile yet). Nothing for other roles.
 */
export function EnrolBar({
  session,
  enrolment,
}: {
  session: SessionDetail;
  enrolment: SessionEnrolment;
}) {
  if (enrolment.viewer === 'other') return null;
  if (enrolment.place) return <PlaceHeld enrolment={enrolment} />;

  const { error } = enrolment;
  if (error instanceof ApiError && error.code === 'PROFILE_REQUIRED') {
    return (
      <View className="enrol-bar enrol-bar--place">
        <Text className="enrol-bar__message">
          报名前要先完善个人信息（姓名、身份证号、住址等），只需填写一次。填好后回到这里再点报名。
        </Text>
        <Button
          className="btn-primary enrol-bar__button enrol-bar__profile"
          onClick={() => void Taro.navigateTo({ url: PAGES.consent })}
        >
          完善个人信息
        </Button>
      </View>
    );
  }

  const open = session.status === 'scheduled';
  const checking = enrolment.place === undefined;
  return (
    <View className="enrol-bar">
      {error ? (
        <Text className="enrol-bar__message enrol-bar__message--error">{errorMessage(error)}</Text>
      ) : null}
      <Button
        className="btn-primary enrol-bar__button"
        disabled={!open || checking || enrolment.busy || undefined}
        onClick={enrolment.enrol}
      >
        {!open ? SESSION_STATUS_LABELS[session.status] : enrolment.busy ? '正在报名…' : '报名'}
      </Button>
    </View>
  );
}

/** The bar is taller than the plain 报名 button: the page keeps room under its last card for it. */
export function enrolBarIsTall(enrolment: SessionEnrolment): boolean {
  return enrolment.viewer !== 'other' && Boolean(enrolment.place || enrolment.error);
}
