import { useRouter } from '@tarojs/taro';
import { OrgSignup } from '../../../../components/org-signup';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import './index.scss';

/** 企业入驻: an employer's application, or (`?mode=edit`) its correction after a rejection. */
export default function EmployerSignupPage() {
  useRequireLogin();
  const { params } = useRouter();
  return <OrgSignup kind="employer" editing={params.mode === 'edit'} />;
}
