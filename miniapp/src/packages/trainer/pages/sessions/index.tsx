import { View } from '@tarojs/components';
import { LinkList } from '../../../../components/role-workspace-links';
import { PlaceholderCard } from '../../../../components/placeholder-page';
import { PAGES } from '../../../../utils/navigation';
import './index.scss';

export default function TrainerSessionsPage() {
  return (
    <View className="page">
      <LinkList links={[{ title: '代为登记劳动者', url: PAGES.assistedSignup }]} />
      <PlaceholderCard
        title="培训班次"
        description="管理培训班次、点名签到与考核记录（建设中）。"
      />
    </View>
  );
}
