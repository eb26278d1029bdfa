/** The task pane's own performance marks, read from the page (the browser test and the bench). */
import type { Page } from 'playwright-core';

/**
 * The pane's performance marks, in ms after navigation: when its script began, its first render, and
 * when it showed the workbook's state (the engine chunk loaded and the workbook read).
 */
export async function paneTimings(page: Page): Promise<{ start: number; firstRender: number; workbookShown: number }> {
  const [start, firstRender, workbookShown] = await page.evaluate(() =>
    ['scorecard:start', 'scorecard:first-render', 'scorecard:workbook-shown'].map((n) =>
      Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1),
    ),
  );
  return { start, firstRender, workbookShown };
}
