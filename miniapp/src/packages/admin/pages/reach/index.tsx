import { Text, View } from '@tarojs/components';
import type { RecommendationCoverageResponse } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { adminRegion } from '../../../../hooks/use-admin-catalogue';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { percentText } from '../../../../utils/catalogue';
import { listText } from '../../../../utils/format';
import './index.scss';

/** The rule the page reports on: every trainee gets at least this many distinct jobs pushed. */
const TARGET = 3;

type Shortfall = RecommendationCoverageResponse['shortfall'][number];

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className="coverage__figure">
      <Text className="coverage__value">{value}</Text>
      <Text className="coverage__label">{label}</Text>
    </View>
  );
}

function ShortfallRow({ worker }: { worker: Shortfall }) {
  return (
    <View className="card coverage__row">
      <View className="coverage__row-head">
        <Text className="coverage__name">{worker.name}</Text>
        <Text className="tag tag--warn">
          已推送 {worker.pushed}/{TARGET}
        </Text>
      </View>
      <Text className="muted">{worker.countyName}</Text>
      <Text className="muted">培训职业：{listText(worker.occupationNames)}</Text>
    </View>
  );
}

/**
 * 推荐覆盖: of the workers in the admin's region who completed training in the last 12 months, how
 * many have had at least 3 distinct jobs pushed, and who has too few matching open jobs for that:
 * the bureau's to-do list (more jobs, more training, outreach).
 */
export default function AdminCoveragePage() {
  useRequireLogin();
  const regionCode = adminRegion();
  const coverage = useLoad<RecommendationCoverageResponse>(
    () =>
      regionCode
        ? api.recommendationCoverage()
        : Promise.resolve({ trainees: 0, covered: 0, shortfall: [] }),
    regionCode ?? '',
  );
  usePullRefresh(coverage.refresh);

  if (!regionCode) {
    return (
      <View className="page coverage">
        <EmptyState text="你的账号还没有管辖地区，请联系上级管理员。" />
      </View>
    );
  }
  const data = coverage.data;
  if (!data || coverage.error) {
    return (
      <View className="page coverage">
        <LoadingOrError error={coverage.error} onRetry={coverage.reload} />
      </View>
    );
  }
  const rate = data.trainees ? percentText(data.covered / data.trainees) : '—';
  return (
    <View className="page coverage">
      <View className="card coverage__summary">
        <Figure value={String(data.trainees)} label="近12个月结业学员" />
        <Figure value={String(data.covered)} label={`已推荐${TARGET}个以上岗位`} />
        <Figure value={rate} label="覆盖率" />
      </View>
      <Text className="section-title">推荐不足（{data.shortfall.length}人）</Text>
      {data.shortfall.length === 0 ? (
        <EmptyState
          text={
            data.trainees
              ? `每位结业学员都已推荐${TARGET}个以上岗位。`
              : '本地区近12个月还没有结业学员。'
          }
        />
      ) : (
        <View>
          <Text className="muted coverage__explain">
            这些学员匹配的在招岗位不足{TARGET}个，请组织岗位或培训。
          </Text>
          {data.shortfall.map((worker) => (
            <ShortfallRow key={worker.workerId} worker={worker} />
          ))}
        </View>
      )}
    </View>
  );
}
