import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AffiliateView, BrandDetail, BrandTargetView, OccupationView } from '@app/shared/api';
import {
  AFFILIATE_KIND_LABELS,
  AFFILIATE_KINDS,
  BRAND_LEVEL_LABELS,
  CERTIFICATE_LEVEL_LABELS,
} from '@app/shared/enums';
import { BrandCover } from '../../../../components/brand-card';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { Section } from '../../../../components/section';
import { SessionCard } from '../../../../components/session-card';
import { useBrand } from '../../../../hooks/use-catalogue';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { PAGES } from '../../../../utils/navigation';
import '../../catalogue.scss';

function OccupationRow({ occupation }: { occupation: OccupationView }) {
  const level = occupation.maxLevel
    ? `，最高可考${CERTIFICATE_LEVEL_LABELS[occupation.maxLevel]}`
    : '';
  return (
    <View className="item">
      <View className="item__head">
        <Text className="item__title">{occupation.name}</Text>
        {occupation.subsidised ? (
          <Text className="tag tag--subsidy">
            {occupation.subsidyAmount ? `补贴 ${occupation.subsidyAmount} 元/人` : '有补贴'}
          </Text>
        ) : null}
      </View>
      <Text className="item__text">
        {occupation.certificateType}
        {level}
      </Text>
    </View>
  );
}

function TargetRow({ target }: { target: BrandTargetView }) {
  return (
    <View className="item">
      <Text className="item__title">到 {target.periodEnd} 的目标</Text>
      <Text className="item__text">
        已培训 {target.trainingDone} / 目标 {target.trainingTarget} 人次
      </Text>
      <Text className="item__text">
        已带动就业 {target.employmentDone} / 目标 {target.employmentTarget} 人次
      </Text>
    </View>
  );
}

function AffiliateRow({ affiliate }: { affiliate: AffiliateView }) {
  return (
    <View className="item">
      <View className="item__head">
        <Text className="item__title">{affiliate.name}</Text>
        {affiliate.isDemo ? <Text className="tag tag--demo">演示</Text> : null}
      </View>
      {affiliate.regionName ? <Text className="item__meta">{affiliate.regionName}</Text> : null}
      {affiliate.description ? <Text className="item__text">{affiliate.description}</Text> : null}
    </View>
  );
}

function BrandView({ brand }: { brand: BrandDetail }) {
  const groups = AFFILIATE_KINDS.map((kind) => ({
    kind,
    items: brand.affiliates.filter((a) => a.kind === kind),
  })).filter((g) => g.items.length > 0);
  return (
    <View>
      <View className="card detail-head">
        <BrandCover brand={brand} size="large" />
        <Text className="detail-head__title">{brand.name}</Text>
        <Text className="detail-head__meta">
          {brand.regionName} · {BRAND_LEVEL_LABELS[brand.level] ?? ''}
        </Text>
        <View className="detail-head__tags">
          {[brand.series, brand.industry, brand.type, brand.stage].filter(Boolean).map((t) => (
            <Text key={t} className="tag">
              {t}
            </Text>
          ))}
        </View>
      </View>

      {brand.story ? (
        <Section title="品牌故事">
          <View className="card">
            <Text className="detail-text">{brand.story}</Text>
          </View>
        </Section>
      ) : null}

      <Section title="培训职业">
        {brand.occupations.length ? (
          <View className="card">
            {brand.occupations.map((o) => (
              <OccupationRow key={o.code} occupation={o} />
            ))}
          </View>
        ) : (
          <EmptyState text="培训职业还在整理中。" />
        )}
      </Section>

      <Section title="目标与进展">
        {brand.targets.length ? (
          <View className="card">
            {brand.targets.map((t) => (
              <TargetRow key={t.periodEnd} target={t} />
            ))}
          </View>
        ) : (
          <EmptyState text="还没有公布目标。" />
        )}
      </Section>

      <Section title="近期开班">
        {brand.upcomingSessions.length ? (
          brand.upcomingSessions.map((s) => <SessionCard key={s.id} session={s} hideBrand />)
        ) : (
          <EmptyState
            text="暂时没有近期开班的培训。"
            actionText="看看全部培训"
            onAction={() => void Taro.switchTab({ url: PAGES.training })}
          />
        )}
      </Section>

      <Section title="依托单位">
        {groups.length ? (
          groups.map((g) => (
            <View key={g.kind} className="card">
              <Text className="card-title">{AFFILIATE_KIND_LABELS[g.kind]}</Text>
              {g.items.map((a) => (
                <AffiliateRow key={a.id} affiliate={a} />
              ))}
            </View>
          ))
        ) : (
          <EmptyState text="还没有登记依托单位。" />
        )}
      </Section>
    </View>
  );
}

/** A labour brand's public page (`?code=`). */
export default function BrandPage() {
  const { params } = useRouter();
  const code = params.code ?? '';
  const brand = useBrand(code);
  usePullRefresh(brand.refresh);
  const name = brand.data?.name;
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);

  return (
    <View className="page catalogue">
      {brand.data && !brand.error ? (
        <BrandView brand={brand.data} />
      ) : (
        <LoadingOrError error={brand.error} onRetry={brand.reload} />
      )}
    </View>
  );
}
