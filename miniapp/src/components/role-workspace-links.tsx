import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { UserSummary } from '@app/shared/api';
import type { Role } from '@app/shared/enums';
import { organisationUrl, PAGES } from '../utils/navigation';
import './role-workspace-links.scss';

export interface PageLink {
  title: string;
  url: string;
}

/** Each role's own pages live in its sub-package; these are the ways in from 我的 (我的消息 is for everyone: InboxLink). */
const WORKSPACES: Record<Role, PageLink[]> = {
  worker: [
    { title: '我的培训', url: PAGES.myEnrolments },
    { title: '我的证书', url: PAGES.certificates },
    { title: '个人信息', url: PAGES.profile },
    { title: '我的投递', url: PAGES.myApplications },
  ],
  employer: [
    { title: '岗位管理', url: PAGES.employerJobs },
    { title: '单位信息', url: organisationUrl('employer') },
  ],
  trainer: [
    { title: '培训班次', url: PAGES.trainerSessions },
    { title: '课程管理', url: PAGES.trainerCourses },
    { title: '代为登记劳动者', url: PAGES.assistedSignup },
    { title: '机构信息', url: organisationUrl('provider') },
  ],
  admin: [
    { title: '数据看板', url: PAGES.adminDashboard },
    { title: '劳动者信息', url: PAGES.adminWorkers },
    { title: '代为登记劳动者', url: PAGES.assistedSignup },
    { title: '机构审核', url: PAGES.adminOrganisations },
    { title: '品牌管理', url: PAGES.adminBrands },
    { title: '培训清单', url: PAGES.adminOccupations },
    { title: '辖区班次', url: PAGES.adminSessions },
    { title: '证书发放', url: PAGES.adminCertifications },
    { title: '专场招聘', url: PAGES.adminFairs },
    { title: '推荐覆盖', url: PAGES.adminCoverage },
    { title: '审计日志', url: PAGES.adminAudit },
    { title: '管理员任命', url: PAGES.adminStaff },
  ],
};

/** A role's pages, e.g. for a workspace's own front page (which leaves itself out). */
export function workspaceLinks(role: Role): readonly PageLink[] {
  return WORKSPACES[role];
}

/** For an account not yet in an employer or a provider. */
const JOIN_LINKS: PageLink[] = [
  { title: '企业入驻', url: PAGES.employerSignup },
  { title: '培训机构入驻', url: PAGES.providerSignup },
  { title: '加入培训机构', url: `${PAGES.providerSignup}?mode=join` },
];

/** A card of rows, each opening a page. */
export function LinkList({ links }: { links: readonly PageLink[] }) {
  if (links.length === 0) return null;
  return (
    <View className="card workspace-links">
      {links.map((link) => (
        <View
          key={link.url}
          className="workspace-links__row"
          onClick={() => void Taro.navigateTo({ url: link.url })}
        >
          <Text>{link.title}</Text>
          <Text className="workspace-links__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}

/** The pages of every role the user holds, each once (a trainer who is also an admin: 代为登记劳动者). */
export function RoleWorkspaceLinks({ roles }: { roles: readonly Role[] }) {
  const links = roles.flatMap((role) => WORKSPACES[role]);
  return <LinkList links={links.filter((l, i) => links.findIndex((o) => o.url === l.url) === i)} />;
}

/** 企业入驻 / 培训机构入驻 / 加入培训机构, for a signed-in user with no organisation (not staff). */
export function OrganisationEntryLinks({ user }: { user: UserSummary | null }) {
  if (!user || user.employerId || user.providerId || user.roles.includes('admin')) return null;
  return <LinkList links={JOIN_LINKS} />;
}
