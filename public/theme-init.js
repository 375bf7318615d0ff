// Runs in <head> before first paint, so a saved light or dark theme shows without a flash.
// Same key and values as src/app/theme.ts. "system" needs nothing: CSS follows the OS.
(function () {
  try {
    var theme = window.localStorage.getItem('self-attention-lesson/theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    // Storage blocked: the system theme applies.
  }
})();
