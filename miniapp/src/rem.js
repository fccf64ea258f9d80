// Root font size for Taro's rem units (design width 750, root 40px at 750, clamped to 20–40px).
// A file rather than Taro's inline script, so the server's Content-Security-Policy can stay strict.
(function (win) {
  function fit() {
    var root = win.document.documentElement;
    var rect = root.getBoundingClientRect();
    var width = Math.min.apply(Math, [rect.width, rect.height].filter(Boolean)) || 375;
    var size = (40 * width) / 750;
    root.style.fontSize = Math.max(20, Math.min(40, size)) + 'px';
  }
  win.addEventListener('resize', function () {
    fit();
    setTimeout(fit, 500);
  });
  fit();
})(window);
