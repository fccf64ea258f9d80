import { useEffect, useState, type ReactNode } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CertificateVerifyResponse } from '@app/shared/api';
import { TextField } from '../../../../components/form-field';
import { useCertificateVerify } from '../../../../hooks/use-certification';
import { levelText } from '../../../../utils/certificate';
import '../../catalogue.scss';
import './index.scss';

/**
 * The `no` of the address. WeChat hands a page its query as written in the URL (still
 * percent-encoded), H5 decoded; a number never holds a '%' of its own, so decoding once is safe.
 */
function queryNumber(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function Info({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <Text className="info-row__value">{children}</Text>
    </View>
  );
}

function CertificateFound({ certificate }: { certificate: CertificateVerifyResponse }) {
  return (
    <View className="card verify__result">
      <View className="verify__banner">
        <Text className="verify__banner-mark">✓</Text>
        <Text>证书真实有效</Text>
      </View>
      <Info label="证书编号">{certificate.certificateNo}</Info>
      <Info label="持证人">{certificate.holderName}</Info>
      <Info label="职业">{certificate.occupationName}</Info>
      <Info label="类别">{certificate.certificateType}</Info>
      <Info label="等级">{levelText(certificate.level) || '不分等级'}</Info>
      <Info label="发证机构">{certificate.issuer}</Info>
      <Info label="发证日期">{certificate.issuedOn}</Info>
    </View>
  );
}

/**
 * 证书查询 (public, no login): anyone — an employer scanning the QR on a worker's certificate —
 * checks a certificate number. Opened with `?no=`, it asks at once.
 */
export default function VerifyPage() {
  const initial = queryNumber(useRouter().params.no);
  const [no, setNo] = useState(initial);
  const [inputError, setInputError] = useState('');
  const { state, verify } = useCertificateVerify();

  useEffect(() => {
    if (initial) void verify(initial);
  }, [initial, verify]);

  const submit = () => {
    const value = no.trim();
    if (!value) {
      setInputError('请输入证书编号');
      return;
    }
    setInputError('');
    void verify(value);
  };

  return (
    <View className="page verify">
      <View className="card">
        <TextField
          label="证书编号"
          value={no}
          onInput={(value) => {
            setNo(value);
            setInputError('');
          }}
          placeholder="请输入证书上的编号"
          error={inputError}
          maxlength={64}
        />
        <Button
          className="btn-primary verify__button"
          disabled={state.kind === 'loading' || undefined}
          onClick={submit}
        >
          {state.kind === 'loading' ? '正在查询…' : '查询'}
        </Button>
      </View>

      {state.kind === 'found' ? <CertificateFound certificate={state.certificate} /> : null}
      {state.kind === 'failed' ? (
        <View className="card verify__failed">
          <Text>{state.message}</Text>
        </View>
      ) : null}
      <Text className="muted verify__note">
        查询结果来自本平台登记的发证记录；持证人姓名已部分隐藏。
      </Text>
    </View>
  );
}
