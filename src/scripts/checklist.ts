/**
 * Checklist enhancement: persists ticks per checklist in this browser (or only in the tab, while
 * "Keep nothing" is on for the browser), shows progress, clears the ticks (and only them) on
 * request, copies item links, highlights a linked item and prints.
 */
import { progressText, readProgress, writeProgress } from '../lib/progress';
import { clearTicks } from '../lib/storage';
import { choiceStore, keepNothing, setKeepNothing } from '../lib/choice-store';
import { fragmentAnchor } from '../lib/fragment';

const root = document.querySelector<HTMLElement>('[data-checklist]');
const panel = document.querySelector<HTMLElement>('[data-progress]');
const settings = document.querySelector<HTMLElement>('[data-checklist-settings]');
if (root && panel && settings) {
  const slug = root.dataset.checklist!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-check]')];
  const ids = boxes.map((b) => b.dataset.check!);
  const bar = panel.querySelector('progress')!;
  const text = panel.querySelector<HTMLElement>('[data-progress-text]')!;
  const status = panel.querySelector<HTMLElement>('[data-progress-status]')!;
  const keepNothingBox = settings.querySelector<HTMLInputElement>('[data-keep-nothing]')!;
  // "Keep nothing" is for the whole browser (src/lib/choice-store.ts): every tab and reload honours it.
  const store = choiceStore;

  let done = readProgress(store(), slug, ids);

  const render = () => {
    boxes.forEach((b) => (b.checked = done.has(b.dataset.check!)));
    bar.value = done.size;
    text.textContent = progressText(text.dataset.count ?? '', done.size, ids.length);
  };

  keepNothingBox.checked = keepNothing();
  keepNothingBox.addEventListener('change', () => {
    // Every checklist's ticks (and the other choices) move, not only this one's; then this
    // page's ticks are written where they now belong.
    setKeepNothing(keepNothingBox.checked);
    writeProgress(store(), slug, done);
  });

  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset.check) return;
    if (box.checked) done.add(box.dataset.check);
    else done.delete(box.dataset.check);
    writeProgress(store(), slug, done);
    render();
  });

  settings.querySelector('[data-clear-progress]')!.addEventListener('click', () => {
    clearTicks(); // every checklist's ticks; settings and the offline copy stay
    done = new Set();
    render();
    status.textContent = status.dataset.cleared ?? '';
  });

  const copyButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')];
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-link]');
    if (!button) return;
    const link = new URL(`#${encodeURIComponent(button.dataset.copyLink!)}`, location.href).href;
    navigator.clipboard?.writeText(link).then(
      () => (status.textContent = status.dataset.copied ?? ''),
      () => undefined,
    );
  });
  // Without a clipboard (plain http, old browsers) the button would do nothing: leave it hidden.
  if (navigator.clipboard) copyButtons.forEach((b) => (b.hidden = false));

  const printButton = document.querySelector<HTMLButtonElement>('button[data-print]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', () => window.print());
  }

  // A deep link (#item-id) opens and highlights its item; the browser already scrolled to it.
  const highlight = () => {
    // "#item", or "#profile&…&at=item" when answers kept in the address came along (profile-carry.ts).
    const id = fragmentAnchor(location.hash);
    root.querySelectorAll('.is-highlighted').forEach((el) => el.classList.remove('is-highlighted'));
    if (!id || !ids.includes(id)) return;
    const item = root.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    item?.classList.add('is-highlighted');
    item?.querySelector('details')?.setAttribute('open', '');
  };
  window.addEventListener('hashchange', highlight);
  highlight();

  window.addEventListener('beforeprint', () => root.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));

  // The counter sticks just below the site header, which is sticky too and changes height
  // with the window width and language.
  const header = document.querySelector<HTMLElement>('.site-header');
  if (header && getComputedStyle(header).position === 'sticky') {
    new ResizeObserver(() => (panel.style.top = `${header.offsetHeight}px`)).observe(header);
  }

  panel.hidden = false;
  settings.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-note="checklist"]')?.setAttribute('hidden', '');
  render();
}
