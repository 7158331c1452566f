/**
 * The page's entry. index.html already holds the app's frame (src/app-shell.tsx); the app's code
 * (main.tsx and MapLibre, 1.4 MB) is evaluated only once that frame is on the screen, so a phone shows
 * the header and the loading notice instead of a blank page while it compiles. The code is requested
 * only then: the stylesheet and the fonts of the frame come first, the script's bytes right after.
 */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  // The frame's own font now (styles.css, :root.booting): its files load beside the app's code.
  document.documentElement.classList.remove('booting');
  import('./main.tsx').catch((error: unknown) => {
    // A deployment replaced the files under an open page, or the network dropped: say so instead of loading forever.
    console.error(error);
    document.querySelector('#root .load-pill')?.replaceChildren('页面程序未能加载，请刷新。The page could not load its code: please reload.');
  });
}

// "On the screen" is the first contentful paint as the browser reports it: a frame's rendering step
// can run long before the frame is shown (the GPU process may still be starting), and the compile
// would then hold the frame back. A hidden tab paints nothing, so it starts at once.
if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) start();
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  // Should the paint never be reported, the app still starts.
  setTimeout(start, 3000);
}
