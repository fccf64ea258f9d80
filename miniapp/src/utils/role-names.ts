import type { UserSummary } from '@app/shared/api';
import { ROLE_LABELS } from '@app/shared/enums';

/** The user's roles in Chinese ('劳动者、培训讲师'); empty when nobody is signed in. */
export function roleNames(user: UserSummary | null): string {
  return user ? user.roles.map((r) => ROLE_LABELS[r]).join('、') : '';
}
