import { afterPaint } from '../view/after-paint';
import { loadFeelEditor } from './lazy-feel-editor';
import { loadFeelersEditor } from './lazy-feelers-editor';

/** Fetches the FEEL editors once the first view is on screen and the browser is idle, so that the first selected
 *  element's FEEL fields do not wait for them. */
export function prefetchFeelEditors(): void {
  void afterPaint().then(() => {
    const load = () => void Promise.all([loadFeelEditor(), loadFeelersEditor()]).catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 0);
  });
}
