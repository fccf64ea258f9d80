import type { AttendanceMarkInput } from '@app/shared/api';
import { ApiError, fieldErrors } from '../../services/api-error';

const MARK_FIELD = /^marks\.(\d+)\./;

/**
 * The marks a refused batch names, by mutationId, with the server's reason. The server refuses a
 * whole batch (400) when any mark is of another session's lesson, of a worker not on the roll, or
 * dated in the future, naming each as `marks.<index>.<field>` of the batch as sent; null when the
 * error is anything else (the network, a server fault), so the marks simply stay queued.
 */
export function refusedMarks(
  error: unknown,
  batch: readonly AttendanceMarkInput[],
): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const found: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const index = MARK_FIELD.exec(field)?.[1];
    const mark = index === undefined ? undefined : batch[Number(index)];
    if (!mark) continue;
    const earlier = found[mark.mutationId];
    found[mark.mutationId] = earlier ? `${earlier}；${message}` : message;
  }
  return Object.keys(found).length ? found : null;
}
