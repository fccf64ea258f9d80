import { getStoredUser } from '../../services/auth-store';
import { REVIEW_MODE } from '../../utils/navigation';

/**
 * Whether the signed-in user works this page as the session's trainer (marks, confirms, applies):
 * the trainer role, and the page not opened for review from the admin's 培训班次. Everyone else
 * (an admin in scope) sees the same data read-only; the server refuses their writes anyway.
 */
export function actsAsTrainer(mode: string | undefined): boolean {
  const roles = getStoredUser()?.roles ?? [];
  return roles.includes('trainer') && mode !== REVIEW_MODE;
}
