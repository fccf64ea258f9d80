import Taro from '@tarojs/taro';
import type { QrCheckInRequest, QrCheckInResponse } from '@app/shared/api';
import { ApiError, errorMessage } from '../../services/api-error';
import { newIdempotencyKey } from '../../utils/idempotency';

/**
 * QR scans made without a network (a village classroom with a weak signal), kept on the phone until
 * the server has answered for them. The server judges a scan by its own `scannedAt` (up to a week
 * back), so a scan sent later counts for the lesson it was made in.
 */
export const PENDING_CHECK_INS_KEY = 'lb.pendingCheckIns';

export interface PendingCheckIn extends QrCheckInRequest {
  /** Made here once, so a scan leaves the queue by itself even when another has the same token. */
  id: string;
  scannedAt: string;
}

export function loadPending(): PendingCheckIn[] {
  const stored: unknown = Taro.getStorageSync(PENDING_CHECK_INS_KEY);
  return Array.isArray(stored) ? (stored as PendingCheckIn[]) : [];
}

function savePending(scans: PendingCheckIn[]): PendingCheckIn[] {
  if (scans.length) Taro.setStorageSync(PENDING_CHECK_INS_KEY, scans);
  else Taro.removeStorageSync(PENDING_CHECK_INS_KEY);
  return scans;
}

/**
 * Keeps a scan for later. The same QR code scanned twice (a worker pressing again while offline) is
 * kept once: the server would answer the second with the first mark anyway.
 */
export function addPending(scan: QrCheckInRequest & { scannedAt: string }): PendingCheckIn[] {
  const queue = loadPending();
  const key = (p: QrCheckInRequest) => p.token ?? `code:${p.code ?? ''}`;
  if (queue.some((p) => key(p) === key(scan))) return queue;
  return savePending([...queue, { ...scan, id: newIdempotencyKey(16) }]);
}

/** Takes one answered scan off the queue (scans added meanwhile stay). */
export function removePending(id: string): PendingCheckIn[] {
  return savePending(loadPending().filter((p) => p.id !== id));
}

/** The request never reached the server (the ApiError the request layer makes for that). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NETWORK';
}

/**
 * The server looked at the scan and said no (an expired code, not enrolled, outside the class's
 * area): sending it again would get the same answer. A server failure (5xx), too many requests (429)
 * or a lapsed login (401) is not an answer about the scan, so such a scan stays queued.
 */
export function isRefusal(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 401 &&
    error.status !== 429
  );
}

export type FlushResult = { scan: PendingCheckIn } & (
  { outcome: 'done'; response: QrCheckInResponse } | { outcome: 'refused'; message: string }
);

export interface FlushReport {
  /** What became of each scan the server answered for, in the order they were scanned. */
  results: FlushResult[];
  /** Some scans are still queued: the network (or the server) failed before their turn. */
  stopped: boolean;
}

/**
 * Sends the queued scans one by one, oldest first. A scan the server takes or refuses leaves the
 * queue; the first failure that is not an answer stops the round and keeps the rest for next time.
 */
export async function flushPending(
  send: (input: QrCheckInRequest) => Promise<QrCheckInResponse>,
): Promise<FlushReport> {
  const results: FlushResult[] = [];
  for (const scan of loadPending()) {
    const { id: _id, ...input } = scan;
    try {
      const response = await send(input);
      removePending(scan.id);
      results.push({ scan, outcome: 'done', response });
    } catch (e) {
      if (!isRefusal(e)) return { results, stopped: true };
      removePending(scan.id);
      results.push({ scan, outcome: 'refused', message: errorMessage(e) });
    }
  }
  return { results, stopped: false };
}
