import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CourseView, SessionDetail, SessionInput } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useLoad } from '../../../../hooks/use-load';
import { useMyOrganisation } from '../../../../hooks/use-organisation';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { goBack, PAGES } from '../../../../utils/navigation';
import { ProviderNote } from '../../components/provider-note';
import { SessionForm } from '../../components/session-form';
import { emptySessionForm, sessionFormFrom } from '../../session-form';
import '../../provider.scss';

/** 新建班次, or 修改班次 with `?id=`: a verified provider's trainers only. */
export default function SessionEditPage() {
  useRequireLogin();
  const { params } = useRouter();
  const id = params.id ?? '';
  const provider = useMyOrganisation('provider');
  const courses = useLoad<CourseView[]>(() => api.listMyCourses().then((res) => res.items));
  const existing = useLoad<SessionDetail | null>(
    () => (id ? api.getSession(id).then((res) => res.session) : Promise.resolve(null)),
    id,
  );
  const [forbidden, setForbidden] = useState<string | null>(null);
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改班次' : '新建班次' });
  }, [id]);

  const save = async (input: SessionInput) => {
    try {
      if (id) await api.updateSession(id, input);
      else await api.createSession(input);
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        setForbidden(e.message);
        return;
      }
      throw e;
    }
    void Taro.showToast({ title: '班次已保存', icon: 'success' });
    await goBack(PAGES.trainerSessions);
  };

  let body;
  if (provider.data === undefined || provider.error) {
    body = <LoadingOrError error={provider.error} onRetry={provider.reload} />;
  } else if (provider.data?.status !== 'verified' || forbidden) {
    body = <ProviderNote provider={provider.data} forbidden={forbidden} />;
  } else if (courses.data === undefined || courses.error) {
    body = <LoadingOrError error={courses.error} onRetry={courses.reload} />;
  } else if (existing.data === undefined || existing.error) {
    body = <LoadingOrError error={existing.error} onRetry={existing.reload} />;
  } else if (existing.data && existing.data.providerId !== provider.data.id) {
    body = <EmptyState text="只能修改本机构的班次。" />;
  } else if (existing.data && existing.data.status !== 'scheduled') {
    body = <EmptyState text="这个班次已取消，不能再修改。" />;
  } else if (courses.data.length === 0) {
    body = (
      <EmptyState
        text="还没有课程。先建一门课程，再用它开设班次。"
        actionText="去建课程"
        onAction={() => void Taro.redirectTo({ url: PAGES.trainerCourses })}
      />
    );
  } else {
    body = (
      <SessionForm
        initial={existing.data ? sessionFormFrom(existing.data) : emptySessionForm()}
        courses={courses.data}
        submitText={id ? '保存修改' : '创建班次'}
        onSubmit={save}
      />
    );
  }
  return <View className="page">{body}</View>;
}
