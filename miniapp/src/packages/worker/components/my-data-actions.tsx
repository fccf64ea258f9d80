import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerDataExport } from '@app/shared/api';
import { GENDER_LABELS } from '@app/shared/enums';
import { api } from '../../../services/api';
import { showError } from '../../../services/api-error';
import { clearLogin } from '../../../services/auth-store';
import { formatDate } from '../../../utils/format';
import { PAGES } from '../../../utils/navigation';

export const DELETE_WARNING =
  '注销后，你的姓名、身份证号、手机号等个人信息将被删除，不能恢复；报名、证书和求职记录不再和你关联。确定要注销吗？';

/** A few plain lines for the weapp modal; the full data goes to the clipboard. */
function exportSummary(data: WorkerDataExport): string {
  const p = data.profile;
  const lines = [`账号：${data.account.displayName}`, `手机号：${data.account.phone ?? '未绑定'}`];
  if (p) {
    lines.push(
      `姓名：${p.realName}`,
      `身份证号：${p.idNumber}`,
      `性别：${GENDER_LABELS[p.gender]}，出生日期：${p.birthDate}`,
      `户籍：${p.householdRegionName}`,
      `现居住地：${p.currentRegionName}`,
    );
  }
  lines.push('点“复制全部”可把完整数据复制下来，粘贴到备忘录保存。');
  return lines.join('\n');
}

/** H5: hands the export to the browser as a .json download through a Blob link. */
function downloadJson(data: WorkerDataExport): string {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `我的数据-${formatDate(data.exportedAt) || 'export'}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  return url;
}

/** The worker's rights over their data: take a copy (导出) and delete the account (注销). */
export function MyDataActions() {
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);

  const exportData = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const data = await api.exportMyData();
      if (process.env.TARO_ENV === 'h5') {
        const url = downloadJson(data);
        setDownload({ url, name: `我的数据-${formatDate(data.exportedAt) || 'export'}.json` });
      } else {
        const { confirm } = await Taro.showModal({
          title: '我的数据',
          content: exportSummary(data),
          confirmText: '复制全部',
          cancelText: '关闭',
        });
        if (confirm) await Taro.setClipboardData({ data: JSON.stringify(data, null, 2) });
      }
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const deleteAccount = async () => {
    const { confirm } = await Taro.showModal({
      title: '注销账号',
      content: DELETE_WARNING,
      confirmText: '确定注销',
      confirmColor: '#c8161d',
      cancelText: '再想想',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await api.deleteMe();
      clearLogin();
      await Taro.reLaunch({ url: PAGES.home });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card my-data">
      <Text className="profile__title">我的数据</Text>
      <Text className="muted my-data__text">
        你可以随时导出平台保存的你的全部信息，也可以注销账号。
      </Text>
      <Button
        className="btn-secondary form-button"
        disabled={busy || undefined}
        onClick={() => void exportData()}
      >
        导出我的数据
      </Button>
      {process.env.TARO_ENV === 'h5' && download ? (
        <a className="my-data__link" href={download.url} download={download.name}>
          没有自动下载？点这里保存文件
        </a>
      ) : null}
      <Button
        className="btn-secondary form-button my-data__delete"
        disabled={busy || undefined}
        onClick={() => void deleteAccount()}
      >
        注销账号
      </Button>
    </View>
  );
}
