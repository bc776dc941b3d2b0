import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { RISK_LEVELS } from './risk';
import { RISK_COLOURS, neutralPreviewPng, pagePreviewPng } from './share-image';
import { PREVIEW_SIZE } from './share-preview';

test("the preview chips have the colours of the page's risk badges (src/styles/global.css)", () => {
  const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
  for (const level of RISK_LEVELS.filter((l) => l !== 'unknown')) {
    const rule = new RegExp(`\\.risk--${level} \\{ background: (#[0-9a-f]+); color: (#[0-9a-f]+); \\}`).exec(css);
    assert.ok(rule, `.risk--${level} in global.css`);
    assert.deepEqual([RISK_COLOURS[level].bg, RISK_COLOURS[level].fg], [rule[1], rule[2]], level);
  }
});

test('a page preview is a PNG of the stated size, and its text is drawn: another title or risk gives another image', async () => {
  const base = { siteName: 'Атлас', title: 'Казахстан', chip: { label: 'Риск: Очень высокий', kind: 'severe' as const } };
  const png = await pagePreviewPng(base);
  const meta = await sharp(png).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['png', PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
  const other = await pagePreviewPng({ ...base, title: 'Кыргызстан' });
  const lower = await pagePreviewPng({ ...base, chip: { label: 'Риск: Низкий', kind: 'low' } });
  assert.notDeepEqual(png, other);
  assert.notDeepEqual(png, lower);
  // The title is more than a blank: many pixels of the title's band differ from the background.
  const { data, info } = await sharp(png).extract({ left: 0, top: 110, width: PREVIEW_SIZE.width, height: 160 }).raw().toBuffer({ resolveWithObject: true });
  let lit = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 128) lit++;
  assert.ok(lit > 2000, `${lit} light pixels in the title band`);
});

test('the neutral preview is a PNG of the stated size', async () => {
  const meta = await sharp(await neutralPreviewPng()).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['png', PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
});
