import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CourseInput, CourseView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useLoad } from '../../../../hooks/use-load';
import { useMyOrganisation } from '../../../../hooks/use-organisation';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { certificateText } from '../../../../utils/catalogue';
import { CourseForm } from '../../components/course-form';
import { ProviderNote } from '../../components/provider-note';
import '../../provider.scss';
import './index.scss';

function CourseCard({ course, onEdit }: { course: CourseView; onEdit?: () => void }) {
  return (
    <View className="card course-card">
      <View className="course-card__head">
        <Text className="course-card__title">{course.title}</Text>
        {course.archived ? <Text className="tag">已停用</Text> : null}
      </View>
      <Text className="course-card__meta">
        {course.brandName} · {course.occupationName}
      </Text>
      <Text className="course-card__meta">
        {course.hours} 课时 · {certificateText(course.certificateType, course.certificateLevel)}
      </Text>
      {onEdit ? (
        <View className="course-card__actions">
          <Button className="btn-secondary" onClick={onEdit}>
            修改
          </Button>
        </View>
      ) : null}
    </View>
  );
}

/** 课程管理: the provider's own courses; a verified provider's trainers add and change them. */
export default function CoursesPage() {
  useRequireLogin();
  const provider = useMyOrganisation('provider');
  const courses = useLoad<CourseView[]>(() => api.listMyCourses().then((res) => res.items));
  const [editing, setEditing] = useState<CourseView | 'new' | null>(null);
  const [forbidden, setForbidden] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([provider.refresh(), courses.refresh()]));

  if (provider.data === undefined) {
    return (
      <View className="page">
        <LoadingOrError error={provider.error} onRetry={provider.reload} />
      </View>
    );
  }
  const canEdit = provider.data?.status === 'verified' && !forbidden;

  const save = async (input: CourseInput) => {
    const current = editing === 'new' || editing === null ? null : editing;
    try {
      const saved = current
        ? await api.updateCourse(current.id, input)
        : await api.createCourse(input);
      const list = courses.data ?? [];
      courses.setData(
        current ? list.map((c) => (c.id === saved.id ? saved : c)) : [saved, ...list],
      );
      setEditing(null);
      void Taro.showToast({ title: '课程已保存', icon: 'success' });
    } catch (e) {
      // The provider is no longer (or not yet) verified: say so instead of the form.
      if (e instanceof ApiError && e.status === 403) {
        setForbidden(e.message);
        setEditing(null);
        return;
      }
      throw e;
    }
  };

  if (canEdit && editing) {
    return (
      <View className="page">
        <Text className="section-title">{editing === 'new' ? '新建课程' : '修改课程'}</Text>
        <CourseForm
          initial={editing === 'new' ? null : editing}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      </View>
    );
  }

  return (
    <View className="page courses">
      {canEdit ? (
        <Button className="btn-primary form-button courses__new" onClick={() => setEditing('new')}>
          新建课程
        </Button>
      ) : (
        <ProviderNote provider={provider.data} forbidden={forbidden} />
      )}
      {provider.data === null ? null : courses.data === undefined || courses.error ? (
        <LoadingOrError error={courses.error} onRetry={courses.reload} />
      ) : courses.data.length === 0 ? (
        <EmptyState text="还没有课程。先建一门课程，再用它开设培训班次。" />
      ) : (
        courses.data.map((course) => (
          <CourseCard
            key={course.id}
            course={course}
            onEdit={canEdit ? () => setEditing(course) : undefined}
          />
        ))
      )}
    </View>
  );
}
