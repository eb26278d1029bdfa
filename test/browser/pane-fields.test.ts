/**
 * The task pane's settings and lists as an analyst reads them (helper noise): letters typed in a number
 * box are said, never scored as a default; the quarter chosen is readable at 320 px; the variance's sign
 * is said once and every variance is written one way (2 dp, a true minus sign); each indicator's button
 * names the indicator and its status to a screen reader. The built pane in headless Chromium on the
 * in-memory Excel model, as test/browser/pane-after-use.test.ts; axe-core on each state. No wall-clock
 * asserts: every wait is for what the pane shows.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../build/support/build';
import { paneHost, openPane, scoreQuarter, assertAccessible } from './host/pane-page';

describe('The task pane’s settings and lists, as an analyst reads them (headless Chromium)', function () {
  this.timeout(240000);
  const pane = paneHost();

  it('letters typed in the tolerance say what to type, and Score waits for a number', async () => {
    const page = await openPane(pane, pane.example);
    const tolerance = page.getByRole('spinbutton', { name: 'Tolerance (%)' });
    await tolerance.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5e');
    await page.getByText('That is not a number: type a percentage between 0 and 100, such as 5.').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Score this quarter' }).isDisabled(), 'not scored at 5%');
    await assertAccessible(page, 'letters in the tolerance');
    // Back to a number: the sentence goes, and Score is offered again.
    await page.keyboard.press('Backspace');
    await page.getByText(/That is not a number/).waitFor({ state: 'detached' });
    assert.equal(await tolerance.inputValue(), '5');
    assert.ok(
      await page.getByRole('button', { name: 'Score this quarter' }).isEnabled(),
      await page.locator('main').innerText(),
    );
  });

  it('letters typed in the green band are not taken as a blank band (the tolerance): said, and nothing is scored with it', async () => {
    const page = await openPane(pane, pane.example);
    await page.getByText('More settings').click();
    const green = page.getByRole('spinbutton', { name: 'Green band, close-to-target indicators (±)' });
    await green.click();
    await page.keyboard.type('e');
    const sentence =
      'That is not a number: type the green band as a number of 0 or more, such as 5, or clear the box to use the tolerance.';
    await page.getByText(sentence).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Score this quarter' }).isDisabled());
    await assertAccessible(page, 'letters in the green band');
    // Cleared: a blank band is the tolerance again, as its hint says, and Score is offered.
    await page.keyboard.press('Backspace');
    await page.getByText(sentence).waitFor({ state: 'detached' });
    assert.ok(await page.getByRole('button', { name: 'Score this quarter' }).isEnabled());
  });

  it('the chosen quarter is readable: the whole option at 320 px, the quarter’s name at 200 px (320 px zoomed to 160%)', async () => {
    for (const width of [320, 200]) {
      const page = await openPane(pane, pane.example, width);
      const quarter = page.getByRole('combobox', { name: 'Quarter' });
      const shown = () =>
        quarter.evaluate((s: HTMLSelectElement) => {
          // The chosen option's text drawn in the select's own font, against the room inside the box.
          const style = getComputedStyle(s);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = s.options[s.selectedIndex].text;
          const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const quarterName = text.split(' (')[0];
          return {
            text,
            room: Math.round(room),
            whole: ctx.measureText(text).width <= room,
            name: ctx.measureText(`${quarterName} (…`).width <= room,
          };
        });
      for (const label of ["Q3 2020/21 (most indicators' latest)", 'Q2 2020/21 (Jul–Sep)']) {
        await quarter.selectOption({ label });
        const s = await shown();
        assert.ok(s.name, `at ${width} px, "${s.text}" shows its quarter in ${s.room} px`);
        if (width === 320) assert.ok(s.whole, `at 320 px, "${s.text}" fits whole in ${s.room} px`);
      }
      assert.equal(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
        true,
        `no horizontal scroll at ${width} px`,
      );
      fs.mkdirSync(path.join(ROOT, 'out', 'browser'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'out', 'browser', `pane-quarter-${width}.png`) });
      await page.context().close();
    }
  });

  it('says once what a variance’s sign means, writes every variance as the findings do, and names each indicator and its status', async () => {
    const page = await openPane(pane, pane.example);
    await scoreQuarter(page, 'Q3 2020/21 (Oct–Dec)');
    assert.equal(
      await page.getByTestId('variance-sign').textContent(),
      'Variance is how far the latest figure is from its target, as a percentage of the target: positive is better than target and negative worse (above target where higher is better, below it where lower is better).',
    );
    assert.equal(await page.getByTestId('variance-sign').count(), 1, 'said once');
    await page.locator('[data-scope="council"] [data-count="withinTolerance"]').click();
    const list = page.getByRole('list', { name: 'Whole council: Within 5%' });
    await list.waitFor();
    // CS-01, Council Tax collected: 78.7 against a December target of 80.2, 1.87% short; its DOT Check says −1.87% too.
    const cs01 = list.getByRole('button', { name: /^CS-01 / });
    // (Chromium puts a space before the hidden status's comma: a screen reader does not say it.)
    const said = /^CS-01 Council Tax collected ?, Within tolerance: Value 78\.7 · Variance −1\.87% · DOT Worsening$/;
    assert.equal(
      await list.getByRole('button', { name: said }).count(),
      1,
      'what a screen reader says: the indicator, its status, its facts',
    );
    assert.match((await cs01.textContent()) ?? '', /Variance −1\.87%/);
    const texts = await page.locator('.indicator .facts').allTextContents();
    assert.ok(texts.length > 0);
    assert.deepEqual(
      texts.filter((t) => /Variance [^ ]*-|Variance \+|Variance −?\d+(\.\d)?%/.test(t)),
      [],
      'no hyphen, no plus and no 1 dp: 2 dp with a true minus sign, as in the findings',
    );
    await assertAccessible(page, 'off-target list open');
  });
});
