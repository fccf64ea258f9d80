import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { RegionPicker } from '../../../../components/region-picker';
import { goBack, PAGES, regionPickedEvent, type RegionChoice } from '../../../../utils/navigation';
import { shortRegionLabel } from '../../region-label';
import './index.scss';

/** Cities offered with one tap: where the platform's brands come from. */
const QUICK_CITIES = ['450900', '440100'];

/**
 * 选择地区 for the 培训 and 岗位 tabs (`?for=`): a county or a whole city (the county table lives here, in a sub-package,
 * not in the main package). The choice goes back through Taro's event centre.
 */
export default function RegionFilterPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(params.code ?? '');
  const pick = (choice: RegionChoice) => {
    setCode(choice.code);
    const tab = params.for === 'jobs' ? 'jobs' : 'training';
    Taro.eventCenter.trigger(regionPickedEvent(tab), choice);
    void goBack(tab === 'jobs' ? PAGES.jobs : PAGES.training);
  };
  const pickCode = (picked: string) => pick({ code: picked, label: shortRegionLabel(picked) });

  return (
    <View className="page region-filter">
      <View className="card">
        <Text className="muted region-filter__text">
          选一个县（区），或者选“全市”看整个市的培训。
        </Text>
        <RegionPicker label="地区" wholeCity value={code} onChange={pickCode} />
        <Text className="region-filter__label">常用</Text>
        <View className="region-filter__quick">
          {QUICK_CITIES.map((c) => (
            <Button
              key={c}
              className="btn-secondary region-filter__city"
              onClick={() => pickCode(c)}
            >
              {shortRegionLabel(c)}
            </Button>
          ))}
        </View>
        <Button className="btn-primary form-button" onClick={() => pick({ code: '', label: '' })}>
          不限地区
        </Button>
      </View>
    </View>
  );
}
