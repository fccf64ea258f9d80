import { useCallback, useRef, useState } from 'react';
import type { CertificateVerifyResponse, CertificationView } from '@app/shared/api';
import { ERROR_CATALOGUE } from '@app/shared/errors';
import { api } from '../services/api';
import { ApiError, errorMessage } from '../services/api-error';
import { useLoad } from './use-load';

/**
 * The signed-in worker's 技能评价 applications, newest first, each with its timeline and what can be
 * applied for next. `enabled` false: asks nothing and holds an empty list (我的培训 asks only when a
 * course has been completed).
 */
export function useMyCertifications(enabled = true) {
  return useLoad<CertificationView[]>(
    () => (enabled ? api.myCertifications().then((res) => res.items) : Promise.resolve([])),
    enabled ? 'on' : 'off',
  );
}

export type VerifyState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'found'; certificate: CertificateVerifyResponse }
  | { kind: 'failed'; message: string };

/** 证书查询: looks a certificate number up (public, no login); only the latest query's answer counts. */
export function useCertificateVerify() {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const latest = useRef(0);

  const verify = useCallback(async (certificateNo: string) => {
    const ticket = ++latest.current;
    setState({ kind: 'loading' });
    try {
      const certificate = await api.verifyCertificate(certificateNo);
      if (ticket === latest.current) setState({ kind: 'found', certificate });
    } catch (e) {
      if (ticket !== latest.current) return;
      // Said the same way whatever the server words it: the number is all the visitor can fix.
      const message =
        e instanceof ApiError && e.code === 'CERTIFICATE_NOT_FOUND'
          ? ERROR_CATALOGUE.CERTIFICATE_NOT_FOUND.message
          : errorMessage(e);
      setState({ kind: 'failed', message });
    }
  }, []);

  return { state, verify };
}
