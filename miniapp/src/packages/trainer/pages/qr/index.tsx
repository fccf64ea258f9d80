import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoadingOrError } from '../../../../components/empty-state';
import { useCountdown } from '../../../../hooks/use-countdown';
import { useLoad } from '../../../../hooks/use-load';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import './index.scss';

/**
 * 签到二维码 for one lesson: the server's short-lived token, fetched again each time its slot ends.
 * No QR drawing library is bundled yet, so the token is shown as large text for now.
 */
export default function LessonQrPage() {
  useRequireLogin();
  const lessonId = useRouter().params.lessonId ?? '';
  const qr = useLoad(() => api.lessonQr(lessonId), lessonId);
  const countdown = useCountdown();
  const { data, reload } = qr;
  const { start } = countdown;

  useEffect(() => {
    if (!data) return undefined;
    const seconds = Math.max(1, data.expiresInSeconds);
    start(seconds);
    const timer = setTimeout(reload, seconds * 1000);
    return () => clearTimeout(timer);
  }, [data, reload, start]);

  return (
    <View className="page lesson-qr">
      {data ? (
        <View className="card lesson-qr__card">
          <Text className="lesson-qr__token">{data.token}</Text>
          <Text className="lesson-qr__countdown">{countdown.seconds} 秒后刷新</Text>
          <Text className="muted lesson-qr__note">
            二维码图形暂未提供，先显示签到码文本；签到码每 {data.slotSeconds}{' '}
            秒更换一次，请在上课时打开。
          </Text>
        </View>
      ) : (
        <LoadingOrError error={qr.error} onRetry={qr.reload} />
      )}
    </View>
  );
}
