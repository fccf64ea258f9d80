import Taro from '@tarojs/taro';
import { api } from '../services/api';

/** The server's push groups, one subscribe-message template each (docs/api-jobs.md, Pushes). */
export type SubscribeGroup =
  'enrolment' | 'session' | 'certification' | 'application' | 'recommendation';

/** What WeChat answers per template id. */
const ACCEPT = 'accept';

/** The group's template id from the build (TARO_APP_WECHAT_TEMPLATES); null when it has none. */
function templateId(group: SubscribeGroup): string | null {
  // The constant is injected at build time; a test run without it behaves like a build without ids.
  const ids: Readonly<Record<string, string>> =
    typeof WECHAT_TEMPLATE_IDS === 'undefined' ? {} : WECHAT_TEMPLATE_IDS;
  return ids[group] || null;
}

/** The mini-program can ask for this group: WeChat (H5 has no subscribe messages) and a template set up. */
export function canSubscribe(group: SubscribeGroup): boolean {
  return process.env.TARO_ENV === 'weapp' && templateId(group) !== null;
}

export interface AskOptions {
  /**
   * Ask in a modal first. WeChat opens its subscribe dialog only while handling a tap, and that tap
   * is spent once a request has been answered (after 报名 or 投递): the modal's button is a new one.
   */
  confirm?: { title: string; content: string };
}

/**
 * Asks the user to allow one push of the group's template and reports the ids allowed to the server
 * (one credit each). Never throws: on H5, without a template, on a refusal or any failure it does
 * nothing and answers false; true once an accepted id is reported.
 */
export async function askToSubscribe(
  group: SubscribeGroup,
  options: AskOptions = {},
): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false;
  const id = templateId(group);
  if (!id) return false;
  try {
    if (options.confirm) {
      const { confirm } = await Taro.showModal({
        ...options.confirm,
        confirmText: '订阅',
        cancelText: '不用了',
      });
      if (!confirm) return false;
    }
    // Taro's typing wants Alipay's entityIds as well; WeChat takes tmplIds alone.
    const option = { tmplIds: [id] } as Taro.requestSubscribeMessage.Option;
    // The answer is keyed by template id ('accept', 'reject', 'ban', 'filter').
    const result = (await Taro.requestSubscribeMessage(option)) as unknown as Record<
      string,
      unknown
    >;
    const accepted = [id].filter((t) => result[t] === ACCEPT);
    if (accepted.length === 0) return false;
    await api.reportSubscriptions(accepted);
    return true;
  } catch {
    // Refused in WeChat's settings, no network, or the server said no: the push falls back to the inbox.
    return false;
  }
}
