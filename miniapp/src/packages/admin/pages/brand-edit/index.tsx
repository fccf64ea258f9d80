import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { AffiliateInput, BrandDetail, BrandInput, BrandTargetInput } from '@app/shared/api';
import { isWithin } from '@app/shared/regions';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { Section } from '../../../../components/section';
import { FormError } from '../../../../components/form-field';
import { adminRegion, useAdminBrand } from '../../../../hooks/use-admin-catalogue';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { errorMessage } from '../../../../services/api-error';
import { brandEditUrl, goBack, PAGES } from '../../../../utils/navigation';
import { brandFormFrom } from '../../brand-form';
import { BrandAffiliates } from '../../components/brand-affiliates';
import { BrandForm } from '../../components/brand-form';
import { BrandTargets } from '../../components/brand-targets';
import '../../catalogue-admin.scss';

/** The words of the 归档 confirmation: what happens, and what does not. */
const ARCHIVE_WARNING = '归档后不再对外显示，历史数据保留';

/** 归档: takes the brand off every public page after a clear confirmation, then back to the list. */
function ArchiveBrand({ brand }: { brand: BrandDetail }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const archive = async () => {
    if (busy) return;
    const { confirm } = await Taro.showModal({
      title: '归档品牌',
      content: `确定归档“${brand.name}”吗？${ARCHIVE_WARNING}。`,
      confirmText: '归档',
      cancelText: '不归档',
    });
    if (!confirm) return;
    setBusy(true);
    setError(null);
    try {
      await api.archiveBrand(brand.code);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      return;
    }
    void Taro.showToast({ title: '已归档', icon: 'success' });
    await goBack(PAGES.adminBrands);
  };

  return (
    <View className="card brand-archive">
      <Text className="muted brand-archive__text">品牌不再开展时可以归档：{ARCHIVE_WARNING}。</Text>
      <FormError message={error} />
      <Button
        className="btn-secondary brand-archive__button"
        disabled={busy || undefined}
        onClick={() => void archive()}
      >
        {busy ? '正在归档…' : '归档品牌'}
      </Button>
    </View>
  );
}

/** 新建品牌, or with `?code=` 编辑品牌: the brand, then its 目标, 依托单位 and 归档. */
export default function BrandEditPage() {
  useRequireLogin();
  const { params } = useRouter();
  const code = params.code ?? '';
  const ownRegion = adminRegion();
  const brand = useAdminBrand(code);
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: code ? '编辑品牌' : '新建品牌' });
  }, [code]);

  const save = async (input: BrandInput) => {
    if (!code) {
      const res = await api.createBrand(input);
      void Taro.showToast({ title: '品牌已创建', icon: 'success' });
      // On to the brand's own page of the form, where its targets and units are added.
      await Taro.redirectTo({ url: brandEditUrl(res.brand.code) });
      return;
    }
    const res = await api.updateBrand(code, input);
    brand.setData(res.brand);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  const saveTargets = async (targets: BrandTargetInput[]) => {
    const res = await api.setBrandTargets(code, targets);
    brand.setData(res.brand);
    void Taro.showToast({ title: '目标已保存', icon: 'success' });
  };

  const addAffiliate = async (input: AffiliateInput) => {
    const res = await api.addAffiliate(code, input);
    brand.setData(res.brand);
    void Taro.showToast({ title: '已添加', icon: 'success' });
  };

  if (brand.data === undefined || brand.error) {
    return (
      <View className="page">
        <LoadingOrError error={brand.error} onRetry={brand.reload} />
      </View>
    );
  }
  const current = brand.data;
  if (current && ownRegion && !isWithin(current.regionCode, ownRegion)) {
    return (
      <View className="page">
        <EmptyState text="这个品牌不在你的管辖地区，不能修改。" />
      </View>
    );
  }
  return (
    <View className="page admin-catalogue">
      <BrandForm
        initial={brandFormFrom(current, ownRegion)}
        creating={!current}
        ownRegion={ownRegion}
        submitText={current ? '保存修改' : '创建品牌'}
        onSubmit={save}
      />
      {current ? (
        <>
          <Section title="目标">
            <BrandTargets targets={current.targets} onSave={saveTargets} />
          </Section>
          <Section title="依托单位">
            <BrandAffiliates
              affiliates={current.affiliates}
              brandRegion={current.regionCode}
              onAdd={addAffiliate}
            />
          </Section>
          <Section title="归档">
            <ArchiveBrand brand={current} />
          </Section>
        </>
      ) : null}
    </View>
  );
}
