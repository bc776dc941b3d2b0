/** Saving the guide for offline use the way a reader does: by accepting the offer in the footer. */
import { expect, type Page } from '@playwright/test';

export async function saveForOffline(page: Page, url?: string): Promise<void> {
  if (url) await page.goto(url);
  await page.locator('[data-offline-save]').click();
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
}
