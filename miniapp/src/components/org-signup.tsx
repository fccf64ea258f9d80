import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { EmployerInput, ProviderInput } from '@app/shared/api';
import { useMyOrganisation, type OrgKind } from '../hooks/use-organisation';
import { api } from '../services/api';
import { getStoredUser } from '../services/auth-store';
import { goBack, organisationUrl, PAGES } from '../utils/navigation';
import { EmptyState, LoadingOrError } from './empty-state';
import { OrgForm } from './org-form';

const NAMES: Record<OrgKind, string> = { employer: '单位', provider: '机构' };

/** Correcting a stored application (a rejected one goes back to 待审核): PUT …/mine, then back. */
function EditApplication({ kind }: { kind: OrgKind }) {
  const { data: org, error, reload } = useMyOrganisation(kind);
  if (org === undefined) return <LoadingOrError error={error} onRetry={reload} />;
  if (org === null) return <EmptyState text={`没有找到你的${NAMES[kind]}信息。`} />;
  const submit = async (input: EmployerInput | ProviderInput) => {
    if (kind === 'employer') await api.updateMyEmployer(input);
    else await api.updateMyProvider(input as ProviderInput);
    void Taro.showToast({ title: '已重新提交', icon: 'success' });
    await goBack(organisationUrl(kind));
  };
  return <OrgForm kind={kind} initial={org} submitText="重新提交审核" onSubmit={submit} />;
}

/**
 * A new application: POST, then a token refresh so the role the server just granted is in the
 * token, then the status page.
 */
function NewApplication({ kind }: { kind: OrgKind }) {
  const user = getStoredUser();
  if (user?.employerId || user?.providerId) {
    const own: OrgKind = user.employerId ? 'employer' : 'provider';
    return (
      <EmptyState
        text="当前账号已关联单位或机构，不能再登记新的。"
        actionText="查看我的单位或机构"
        onAction={() => void Taro.redirectTo({ url: organisationUrl(own) })}
      />
    );
  }
  const submit = async (input: EmployerInput | ProviderInput) => {
    if (kind === 'employer') await api.createEmployer(input);
    else await api.createProvider(input as ProviderInput);
    if (!(await api.refresh())) {
      await Taro.reLaunch({ url: PAGES.login });
      return;
    }
    await Taro.redirectTo({ url: organisationUrl(kind) });
  };
  return <OrgForm kind={kind} submitText="提交审核" onSubmit={submit} />;
}

/** The employer or provider sign-up form: `mode=edit` corrects the stored application. */
export function OrgSignup({ kind, editing }: { kind: OrgKind; editing: boolean }) {
  return (
    <View className="page">
      {editing ? <EditApplication kind={kind} /> : <NewApplication kind={kind} />}
    </View>
  );
}
