// partnership-worksheets: sizes every embed-page <iframe> on this page to its content.
// <script src="…/embed/resizer.js" defer></script>  — needs no configuration; safe to load twice.
(() => {
  if (window.__pwResizer) return;
  window.__pwResizer = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'pw-resize' || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(Math.ceil(data.height), 100000)}px`;
      }
    }
  });
})();
