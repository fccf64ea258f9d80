import { preventJavascriptLinks } from '../../src/csp-safe-links';

describe('H5 links to javascript: URLs (Taro’s tab bar)', () => {
  it('are not followed, so the CSP has nothing to block, but their click handlers still run', () => {
    preventJavascriptLinks(document);
    document.body.innerHTML =
      '<a href="javascript:;" id="tab"><p>我的</p></a><a href="/pages/mine/index" id="real">x</a>';
    const tab = document.getElementById('tab') as HTMLAnchorElement;
    const onTab = jest.fn();
    tab.addEventListener('click', onTab);

    const tap = new MouseEvent('click', { bubbles: true, cancelable: true });
    tab.querySelector('p')?.dispatchEvent(tap);
    expect(tap.defaultPrevented).toBe(true);
    expect(onTab).toHaveBeenCalledTimes(1);

    const follow = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('real')?.dispatchEvent(follow);
    expect(follow.defaultPrevented).toBe(false);
  });
});
