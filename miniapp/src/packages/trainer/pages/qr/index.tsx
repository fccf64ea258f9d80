import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoadingOrError } from '../../../../components/empty-state';
import { QrCode } from '../../../../components/qr-code';
import { useCountdown } from '../../../../hooks/use-countdown';
import { useLoad } from '../../../../hooks/use-load';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import './index.scss';

/** Large enough to scan from the back rows of a classroom, small enough for a phone held up. */
const QR_SIZE = 260;

/**
 * 签到二维码 for one lesson: the server's short-lived token drawn as a QR code, fetched again each
 * time its slot ends. Under it, the six-digit code of the same slot, for workers on H5 (no scanner)
 * or with a broken camera, who type it into 扫码签到.
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
          <QrCode text={data.token} size={QR_SIZE} label="签到二维码" />
          <Text className="lesson-qr__countdown">{countdown.seconds} 秒后刷新</Text>
          <Text className="muted lesson-qr__caption">签到码（不能扫码时手动输入）</Text>
          <Text className="lesson-qr__code">{data.code}</Text>
          <Text className="muted lesson-qr__note">
            请学员用“扫码签到”扫描上面的二维码。二维码每 {data.slotSeconds}{' '}
            秒更换一次，请在上课时打开。
          </Text>
        </View>
      ) : (
        <LoadingOrError error={qr.error} onRetry={qr.reload} />
      )}
    </View>
  );
}
