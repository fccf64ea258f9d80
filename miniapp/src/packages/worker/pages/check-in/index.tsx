import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { QrCheckInRequest, QrCheckInResponse } from '@app/shared/api';
import { ATTENDANCE_STATUS_LABELS } from '@app/shared/enums';
import { TextField } from '../../../../components/form-field';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, errorMessage } from '../../../../services/api-error';
import { formatDateTime } from '../../../../utils/format';
import { currentPlace } from '../../../../utils/location';
import {
  addPending,
  flushPending,
  isNetworkError,
  loadPending,
  type FlushResult,
  type PendingCheckIn,
} from '../../check-in-queue';
import './index.scss';

/** What became of the scan just made. */
type Attempt =
  | { kind: 'idle' }
  /** `atClass`: sent again with the phone's location, as the class asked. */
  | { kind: 'sending'; atClass: boolean }
  | { kind: 'locating' }
  | { kind: 'done'; response: QrCheckInResponse }
  | { kind: 'queued' }
  | { kind: 'failed'; message: string };

const LOCATION_WHY = '本班次需要确认你在上课地点';
const LOCATION_REFUSED =
  '没有获取到你的位置，不能签到。请允许获取位置信息（微信：右上角“···”→设置→位置信息），然后重新扫码。';
const SCAN_FAILED = '没有扫到二维码，请再扫一次，或输入二维码下方的签到码。';

/** The camera is WeChat's: H5 has no scanCode (Taro's needs the WeChat JS-SDK), so it types the code. */
const canScan = () => process.env.TARO_ENV !== 'h5';

/** The worker closed the scanner: nothing to say. */
const cancelled = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  /cancel/.test(String((error as { errMsg?: unknown }).errMsg));

/** '出勤 · 2026-12-07 09:03'. */
const markText = (response: QrCheckInResponse) =>
  `${ATTENDANCE_STATUS_LABELS[response.status]} · ${formatDateTime(response.markedAt)}`;

function PendingList({
  pending,
  flushing,
  onSend,
}: {
  pending: PendingCheckIn[];
  flushing: boolean;
  onSend: () => void;
}) {
  if (!pending.length) return null;
  return (
    <View className="card check-in__pending">
      <Text className="check-in__list-title">待提交的签到（{pending.length}）</Text>
      <Text className="muted">已保存在本机，联网后自动提交。</Text>
      {pending.map((scan) => (
        <View key={scan.id} className="check-in__row">
          <Text>扫码时间 {formatDateTime(scan.scannedAt)}</Text>
          <Text className="tag check-in__waiting">等待联网</Text>
        </View>
      ))}
      <Button
        className="btn-secondary check-in__send"
        disabled={flushing || undefined}
        onClick={onSend}
      >
        {flushing ? '正在提交…' : '立即提交'}
      </Button>
    </View>
  );
}

function SentList({ results }: { results: FlushResult[] }) {
  if (!results.length) return null;
  return (
    <View className="card check-in__sent">
      <Text className="check-in__list-title">联网后已提交</Text>
      {results.map((r) => (
        <View key={r.scan.id} className={`check-in__row check-in__row--${r.outcome}`}>
          <Text className="check-in__row-text">
            {r.outcome === 'done' ? `签到成功 · ${markText(r.response)}` : `未能签到：${r.message}`}
          </Text>
          <Text className="muted">扫码时间 {formatDateTime(r.scan.scannedAt)}</Text>
        </View>
      ))}
    </View>
  );
}

function AttemptCard({ attempt }: { attempt: Attempt }) {
  switch (attempt.kind) {
    case 'idle':
      return null;
    case 'sending':
      return (
        <View className="card check-in__result">
          {attempt.atClass ? <Text className="check-in__why">{LOCATION_WHY}</Text> : null}
          <Text>正在签到…</Text>
        </View>
      );
    case 'locating':
      return (
        <View className="card check-in__result">
          <Text className="check-in__why">{LOCATION_WHY}</Text>
          <Text>正在获取你的位置…</Text>
        </View>
      );
    case 'done':
      return (
        <View className="card check-in__result check-in__result--done">
          <Text className="check-in__result-title">签到成功</Text>
          <Text className="check-in__result-mark">{markText(attempt.response)}</Text>
        </View>
      );
    case 'queued':
      return (
        <View className="card check-in__result check-in__result--queued">
          <Text className="check-in__result-title">已保存，联网后自动提交</Text>
          <Text className="muted">网络不通，这次扫码已记在本机，按扫码时间签到。</Text>
        </View>
      );
    case 'failed':
      return (
        <View className="card check-in__result check-in__result--failed">
          <Text className="check-in__result-title">未能签到</Text>
          <Text>{attempt.message}</Text>
        </View>
      );
  }
}

/**
 * 扫码签到: the worker scans the QR on the trainer's screen (or types the code printed under it).
 * A class that checks where the worker is gets the phone's location, after saying why. A scan made
 * without a network is kept on the phone and sent when the page shows again or the network returns.
 */
export default function CheckInPage() {
  useRequireLogin();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState('');
  const [attempt, setAttempt] = useState<Attempt>({ kind: 'idle' });
  const [pending, setPending] = useState<PendingCheckIn[]>(loadPending);
  const [sent, setSent] = useState<FlushResult[]>([]);
  const [flushing, setFlushing] = useState(false);
  const busy = attempt.kind === 'sending' || attempt.kind === 'locating';

  const inFlight = useRef(false);
  const again = useRef(false);

  /** Sends what is queued (one round at a time; a call meanwhile runs one more round after). */
  const flush = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setFlushing(true);
    try {
      do {
        again.current = false;
        if (!loadPending().length) break;
        const { results, stopped } = await flushPending(api.checkIn);
        setPending(loadPending());
        if (results.length) setSent((before) => [...results, ...before]);
        if (stopped) break;
      } while (again.current);
    } finally {
      inFlight.current = false;
      setFlushing(false);
    }
  }, []);

  useDidShow(() => {
    void flush();
  });

  useEffect(() => {
    if (typeof Taro.onNetworkStatusChange !== 'function') return undefined;
    const onChange = (result: { isConnected: boolean }) => {
      if (result.isConnected) void flush();
    };
    Taro.onNetworkStatusChange(onChange);
    return () => {
      if (typeof Taro.offNetworkStatusChange === 'function') Taro.offNetworkStatusChange(onChange);
    };
  }, [flush]);

  /** Sends one scan; asks for the location once when the class needs it; keeps it when offline. */
  const send = async (input: QrCheckInRequest & { scannedAt: string }): Promise<void> => {
    setAttempt({ kind: 'sending', atClass: input.latitude !== undefined });
    try {
      const response = await api.checkIn(input);
      setAttempt({ kind: 'done', response });
      setCode('');
      // It got through, so the network is back for anything queued before.
      void flush();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'LOCATION_REQUIRED' && input.latitude === undefined) {
        setAttempt({ kind: 'locating' });
        const place = await currentPlace();
        if (place) await send({ ...input, ...place });
        else setAttempt({ kind: 'failed', message: LOCATION_REFUSED });
      } else if (isNetworkError(e)) {
        setPending(addPending(input));
        setAttempt({ kind: 'queued' });
        setCode('');
      } else {
        setAttempt({ kind: 'failed', message: errorMessage(e) });
      }
    }
  };

  const scan = async () => {
    if (busy) return;
    let token: string;
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      token = result.result.trim();
    } catch (e) {
      if (!cancelled(e)) setAttempt({ kind: 'failed', message: SCAN_FAILED });
      return;
    }
    if (!token) {
      setAttempt({ kind: 'failed', message: SCAN_FAILED });
      return;
    }
    await send({ token, scannedAt: new Date().toISOString() });
  };

  const submitCode = async () => {
    if (busy) return;
    const typed = code.replace(/\s/g, '');
    if (!typed) {
      setCodeError('请输入签到码');
      return;
    }
    // Six digits as read off the trainer's screen; anything longer is a whole token pasted in.
    const isCode = /^\d{6}$/.test(typed);
    if (!isCode && typed.length < 10) {
      setCodeError('签到码为6位数字');
      return;
    }
    setCodeError('');
    await send({
      ...(isCode ? { code: typed } : { token: typed }),
      scannedAt: new Date().toISOString(),
    });
  };

  return (
    <View className="page check-in">
      {canScan() ? (
        <View className="card check-in__scan">
          <Text className="check-in__hint">上课时扫描老师屏幕上的二维码签到</Text>
          <Button
            className="btn-primary check-in__scan-button"
            disabled={busy || undefined}
            onClick={() => void scan()}
          >
            扫码签到
          </Button>
        </View>
      ) : null}

      <AttemptCard attempt={attempt} />

      <View className="card check-in__code">
        <TextField
          label="输入签到码"
          value={code}
          onInput={(value) => {
            setCode(value);
            setCodeError('');
          }}
          placeholder="6位数字，在老师二维码的下方"
          hint={
            canScan()
              ? '扫不了码时，可以输入二维码下方的6位签到码。'
              : '签到码每30秒更换，请输入最新的。'
          }
          error={codeError}
          maxlength={200}
        />
        <Button
          className={`${canScan() ? 'btn-secondary' : 'btn-primary'} check-in__code-button`}
          disabled={busy || undefined}
          onClick={() => void submitCode()}
        >
          提交签到码
        </Button>
      </View>

      <PendingList pending={pending} flushing={flushing} onSend={() => void flush()} />
      <SentList results={sent} />
    </View>
  );
}
