import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { BrandListItem } from '@app/shared/api';
import { BRAND_SERIES } from '@app/shared/enums';
import { BrandCard } from '../../components/brand-card';
import { Chips, type Chip } from '../../components/chips';
import { EmptyState, LoadingOrError } from '../../components/empty-state';
import { PagedListFooter } from '../../components/paged-list-footer';
import { GreetingBanner } from '../../components/greeting-banner';
import { SearchBar } from '../../components/search-bar';
import { SessionCard } from '../../components/session-card';
import { useNearbySessions, type Nearby } from '../../hooks/use-catalogue';
import type { Loaded } from '../../hooks/use-load';
import { useMe } from '../../hooks/use-me';
import { usePagedList, type PagedList } from '../../hooks/use-paged-list';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { api } from '../../services/api';
import { PAGES } from '../../utils/navigation';
import './index.scss';

/** Searches are on the brand's name: a few characters are enough. */
const QUERY_MAX = 32;

const SERIES_CHIPS: readonly Chip<string>[] = [
  { value: '', label: '全部' },
  ...BRAND_SERIES.map((s) => ({ value: s, label: s })),
];

const openTraining = () => void Taro.switchTab({ url: PAGES.training });

/** For a visitor: what signing in adds, and the way to it. */
function LoginCard() {
  return (
    <View className="card home-login">
      <Text className="home-login__text">登录后可以报名培训，还能收到适合你的岗位推荐。</Text>
      <Button
        className="btn-primary home-login__button"
        onClick={() => void Taro.navigateTo({ url: PAGES.login })}
      >
        登录 / 注册
      </Button>
    </View>
  );
}

/** 附近的培训: three sessions in the worker's county (玉林市 when it is not known). */
function NearbySessions({ nearby }: { nearby: Loaded<Nearby> }) {
  const { data } = nearby;
  return (
    <View>
      <View className="section-title home__title">
        <Text>附近的培训</Text>
        {data ? <Text className="home__where">{data.regionName}</Text> : null}
      </View>
      {data === undefined || nearby.error ? (
        <LoadingOrError error={nearby.error} onRetry={nearby.reload} />
      ) : data.items.length === 0 ? (
        <EmptyState
          text={`${data.regionName}暂时没有开班的培训。`}
          actionText="看看全部培训"
          onAction={openTraining}
        />
      ) : (
        <View>
          {data.items.map((s) => (
            <SessionCard key={s.id} session={s} />
          ))}
          <View className="home__more" onClick={openTraining}>
            <Text>查看全部培训</Text>
            <Text className="home__arrow">›</Text>
          </View>
        </View>
      )}
    </View>
  );
}

/** The labour-brand directory: search by name, a series, then 加载更多. */
function BrandDirectory({
  q,
  series,
  onSearch,
  onSeries,
  list,
}: {
  q: string;
  series: string;
  onSearch: (q: string) => void;
  onSeries: (series: string) => void;
  list: PagedList<BrandListItem>;
}) {
  const filtered = q !== '' || series !== '';
  return (
    <View>
      <Text className="section-title">劳务品牌</Text>
      <SearchBar
        value={q}
        onSearch={(text) => onSearch(text.slice(0, QUERY_MAX))}
        placeholder="输入品牌名称，如：家政"
        maxlength={QUERY_MAX}
      />
      <Chips chips={SERIES_CHIPS} value={series} onChange={onSeries} />
      {list.items.map((brand) => (
        <BrandCard key={brand.code} brand={brand} />
      ))}
      <PagedListFooter
        list={list}
        empty={
          filtered ? (
            <EmptyState
              text="没有找到符合条件的劳务品牌。"
              actionText="看全部品牌"
              onAction={() => {
                onSearch('');
                onSeries('');
              }}
            />
          ) : (
            <EmptyState text="暂时还没有劳务品牌。" />
          )
        }
      />
    </View>
  );
}

/** 首页: public (brands and nearby training); a signed-in user is greeted and sees recommendations. */
export default function HomePage() {
  const { user } = useMe();
  const [q, setQ] = useState('');
  const [series, setSeries] = useState('');
  const brands = usePagedList<BrandListItem>(
    (page, pageSize) =>
      api.listBrands({ q: q || undefined, series: series || undefined, page, pageSize }),
    `${series}\n${q}`,
  );
  // Asked again when someone signs in (their own county) or out.
  const nearby = useNearbySessions(user?.id ?? '');
  usePullRefresh(() => Promise.all([brands.refresh(), nearby.refresh()]));

  return (
    <View className="page home">
      {user ? <GreetingBanner user={user} /> : <LoginCard />}
      <NearbySessions nearby={nearby} />
      {user ? (
        <View>
          <Text className="section-title">为你推荐的岗位</Text>
          <EmptyState text="暂无推荐岗位。完善求职意向后，这里会为你推荐合适的工作。" />
        </View>
      ) : null}
      <BrandDirectory q={q} series={series} onSearch={setQ} onSeries={setSeries} list={brands} />
    </View>
  );
}
