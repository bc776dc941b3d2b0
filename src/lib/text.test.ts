import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncate } from './text';

test('short text is kept whole, with white space folded', () => {
  assert.equal(truncate('Kazakhstan:\n  the risks.'), 'Kazakhstan: the risks.');
});

test('long text is cut at a word boundary, within the limit, with an ellipsis', () => {
  const text =
    'С конца января 2026 года Казахстан высылает, передаёт России и соглашается выдавать россиян, которых преследуют за антивоенную позицию или дезертирство.';
  const out = truncate(text, 80);
  assert.ok(out.length <= 80, out);
  assert.ok(out.endsWith('…'));
  assert.ok(text.startsWith(out.slice(0, -1)));
  assert.doesNotMatch(out, /[ ,]…$/);
});

test('a single very long word is cut rather than dropped', () => {
  assert.equal(truncate('x'.repeat(200), 10), `${'x'.repeat(9)}…`);
});
