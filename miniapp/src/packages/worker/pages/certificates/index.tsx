import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CertificationView, EnrolmentView } from '@app/shared/api';
import { CERTIFICATE_LEVEL_LABELS, type CertificateLevel } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { Section } from '../../../../components/section';
import { useMyCertifications } from '../../../../hooks/use-certification';
import { useMyEnrolments } from '../../../../hooks/use-enrolment';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { errorMessage } from '../../../../services/api-error';
import { ApplyCard, CertificationCard, type CardAction } from '../../components/certification-card';
import './index.scss';

/** What a tap applies for: which completed enrolment it rests on, and at which level. */
interface Application {
  /** The card the tap was on (an application's id, or an enrolment's for a first one). */
  key: string;
  enrolmentId: string;
  /** undefined: the course's own level (the server's default). */
  level: CertificateLevel | undefined;
  /** For the confirmation: '缝纫工', '缝纫工（高级工）'. */
  what: string;
}

/** 申请重考 at the same level after failing; 申请高级工 (the next level) after a certificate. */
function nextText(next: NonNullable<CertificationView['next']>): string {
  if (next.action === 'retake') return '申请重考';
  return next.level ? `申请${CERTIFICATE_LEVEL_LABELS[next.level]}` : '申请下一级';
}

/**
 * 我的证书: each 技能评价 application with its timeline and, once issued, the certificate and a QR
 * code of its public 证书查询 page; 申请技能评价 for a completed course with no application yet, and
 * 申请重考 / the next level where the server says the worker can.
 */
export default function CertificatesPage() {
  useRequireLogin();
  const certifications = useMyCertifications();
  const enrolments = useMyEnrolments();
  const [applying, setApplying] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  usePullRefresh(() => Promise.all([certifications.refresh(), enrolments.refresh()]));
  // Back from a message about a step (考核安排, 发证): look again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      certifications.reload();
      enrolments.reload();
    }
    shown.current = true;
  });

  const items = certifications.data;
  const completed = (enrolments.data ?? []).filter((e) => e.status === 'completed');
  const appliedSessions = new Set((items ?? []).map((c) => c.sessionId));
  const eligible = completed.filter((e) => !appliedSessions.has(e.sessionId));
  const completedFor = (sessionId: string): EnrolmentView | undefined =>
    completed.find((e) => e.sessionId === sessionId);

  const apply = async (application: Application) => {
    if (applying) return;
    const { confirm } = await Taro.showModal({
      title: '申请技能评价',
      content: `确定申请“${application.what}”的技能评价吗？考核时间和地点安排好后会通知你。`,
      confirmText: '申请',
      cancelText: '再想想',
    });
    if (!confirm) return;
    setApplying(application.key);
    setFailure(null);
    try {
      const { certification } = await api.applyCertification(
        application.enrolmentId,
        application.level,
      );
      // Show it at once; then ask again, since the card it came from can no longer offer the same.
      certifications.setData([
        certification,
        ...(items ?? []).map((c) => (c.id === application.key ? { ...c, next: null } : c)),
      ]);
      certifications.reload();
      void Taro.showToast({ title: '已提交申请', icon: 'success' });
    } catch (e) {
      setFailure({ key: application.key, message: errorMessage(e) });
    } finally {
      setApplying(null);
    }
  };

  const errorFor = (key: string) => (failure?.key === key ? failure.message : null);

  const actionFor = (c: CertificationView): CardAction | null => {
    const enrolment = c.next ? completedFor(c.sessionId) : undefined;
    if (!c.next || !enrolment) return null;
    const level = c.next.level ?? undefined;
    return {
      text: nextText(c.next),
      busy: applying === c.id,
      onPress: () =>
        void apply({
          key: c.id,
          enrolmentId: enrolment.id,
          level,
          what: level
            ? `${c.occupationName}（${CERTIFICATE_LEVEL_LABELS[level]}）`
            : c.occupationName,
        }),
    };
  };

  if (items === undefined || certifications.error) {
    return (
      <View className="page certificates">
        <LoadingOrError error={certifications.error} onRetry={certifications.reload} />
      </View>
    );
  }

  return (
    <View className="page certificates">
      {eligible.length ? (
        <Section title="可申请技能评价">
          {eligible.map((e) => (
            <ApplyCard
              key={e.id}
              enrolment={e}
              busy={applying === e.id}
              error={errorFor(e.id)}
              onApply={() =>
                void apply({
                  key: e.id,
                  enrolmentId: e.id,
                  level: undefined,
                  what: e.session.occupationName,
                })
              }
            />
          ))}
        </Section>
      ) : null}

      {items.length ? (
        <Section title="技能评价与证书">
          {items.map((c) => (
            <CertificationCard
              key={c.id}
              certification={c}
              action={actionFor(c)}
              error={errorFor(c.id)}
            />
          ))}
        </Section>
      ) : (
        <EmptyState text="结业后可申请技能评价，证书会显示在这里" />
      )}
    </View>
  );
}
