import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { regionPickedEvent, type RegionChoice, type RegionFilterTab } from '../utils/navigation';

/** 选择地区 (in the catalogue sub-package) answers the tab that asked through an event of its own. */
export function useRegionPicked(tab: RegionFilterTab, onPicked: (region: RegionChoice) => void) {
  const onPickedRef = useRef(onPicked);
  useEffect(() => {
    onPickedRef.current = onPicked;
  });
  useEffect(() => {
    const listener = (region: RegionChoice) => onPickedRef.current(region);
    Taro.eventCenter.on(regionPickedEvent(tab), listener);
    return () => {
      Taro.eventCenter.off(regionPickedEvent(tab), listener);
    };
  }, [tab]);
}
