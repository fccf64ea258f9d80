/**
 * H5 only. Taro's tab bar items are `<a href="javascript:;">`; following such a link is inline script,
 * which the server's Content-Security-Policy (script-src 'self') blocks and reports on every tab tap.
 * Cancelling the link's default action keeps the tab's own click handler and drops the violation.
 */
export function preventJavascriptLinks(doc: Document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof Element && target.closest('a[href^="javascript:"]')) {
        event.preventDefault();
      }
    },
    true,
  );
}
