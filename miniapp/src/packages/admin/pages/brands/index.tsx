import { useRef } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { BrandListItem } from '@app/shared/api';
import { BRAND_LEVEL_LABELS } from '@app/shared/enums';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { ADMIN_BRAND_PAGE_SIZE, adminRegion } from '../../../../hooks/use-admin-catalogue';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { brandEditUrl } from '../../../../utils/navigation';
import '../../catalogue-admin.scss';

function BrandRow({ brand, onEdit }: { brand: BrandListItem; onEdit: () => void }) {
  return (
    <View className="card admin-row">
      <View className="admin-row__head">
        <Text className="admin-row__title">{brand.name}</Text>
      </View>
      <Text className="admin-row__meta">
        {brand.regionName} · {BRAND_LEVEL_LABELS[brand.level] ?? brand.level} · 代码 {brand.code}
      </Text>
      <View className="admin-row__tags">
        {[brand.series, brand.industry, brand.type, brand.stage].filter(Boolean).map((t) => (
          <Text key={t} className="tag">
            {t}
          </Text>
        ))}
      </View>
      <View className="admin-row__actions">
        <Button className="btn-secondary" onClick={onEdit}>
          编辑
        </Button>
      </View>
    </View>
  );
}

/** 品牌管理: the brands in the admin's region (archived ones are not listed), 编辑 and 新建品牌. */
export default function AdminBrandsPage() {
  useRequireLogin();
  const regionCode = adminRegion() ?? undefined;
  const list = usePagedList<BrandListItem>(
    (page) => api.adminListBrands({ regionCode, page, pageSize: ADMIN_BRAND_PAGE_SIZE }),
    regionCode ?? '',
  );
  usePullRefresh(list.refresh);
  // Back from the brand form: show what was saved (or that a brand was archived).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.refresh();
    shown.current = true;
  });
  const open = (code?: string) => void Taro.navigateTo({ url: brandEditUrl(code) });

  return (
    <View className="page admin-catalogue">
      <Button className="btn-primary form-button admin-catalogue__new" onClick={() => open()}>
        新建品牌
      </Button>
      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted admin-catalogue__total">
          本地区共 {list.total} 个劳务品牌（已归档的不显示）
        </Text>
      ) : null}
      {list.items.map((brand) => (
        <BrandRow key={brand.code} brand={brand} onEdit={() => open(brand.code)} />
      ))}
      <PagedListFooter
        list={list}
        empty={
          <EmptyState text="本地区还没有劳务品牌。" actionText="新建品牌" onAction={() => open()} />
        }
      />
    </View>
  );
}
