import { View } from '@tarojs/components';
import { LinkList } from '../../../../components/role-workspace-links';
import { PlaceholderCard } from '../../../../components/placeholder-page';
import { PAGES } from '../../../../utils/navigation';
import { REVIEW_PAGES } from '../../../../utils/review-pages';
import './index.scss';

export default function AdminDashboardPage() {
  return (
    <View className="page">
      <LinkList
        links={[
          { title: '劳动者信息', url: PAGES.adminWorkers },
          { title: '代为登记劳动者', url: PAGES.assistedSignup },
          { title: '机构审核', url: PAGES.adminOrganisations },
          { title: '品牌管理', url: PAGES.adminBrands },
          { title: '培训清单', url: PAGES.adminOccupations },
          { title: '培训班次', url: REVIEW_PAGES.adminSessions },
          { title: '证书发放', url: REVIEW_PAGES.adminCertifications },
          { title: '审计日志', url: PAGES.adminAudit },
          { title: '管理员任命', url: PAGES.adminStaff },
        ]}
      />
      <PlaceholderCard title="数据看板" description="品牌目标进度、培训与就业统计（建设中）。" />
    </View>
  );
}
