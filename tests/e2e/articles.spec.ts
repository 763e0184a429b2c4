/**
 * The article pages carry what the dossier established: byline, date at its precision,
 * provenance with links, numbered paragraphs with stable anchors, editorial notes apart from the text.
 */
import { expect, test } from '@playwright/test';

test('an unsigned newsletter says so, with its sign-off and inferred date', async ({ page }) => {
  await page.goto('articles/kazakhstan-terrorists-to-be-shot-on-sight/');
  await expect(page.locator('h1')).toHaveText('Kazakhstan’s ‘terrorists’ are now to be shot on sight');
  await expect(page.locator('.meta').first()).toContainText('The Real Russia. Today.');
  await expect(page.getByText('Unsigned (signed off “Yours, Meduza”)').first()).toBeVisible();
  await expect(page.locator('#provenance + dl')).toContainText('inferred');
  await expect(page.locator('.source-text h2').first()).toHaveText('Day six of Kazakhstan’s unrest');
});

test('an approximate span shows as a span, never a day', async ({ page }) => {
  await page.goto('articles/is-kazakhstan-moving-away-from-russia/');
  const published = page.locator('header .meta time');
  await expect(published).toHaveText('June–July 2022, approximate');
  await expect(published).toHaveAttribute('datetime', '2022-06');
  await expect(page.locator('#provenance + dl')).toContainText('Arabic → Russian → English');
});

test('a re-translated copy credits the original author and links both copies', async ({ page }) => {
  await page.goto('articles/kazakhs-fear-becoming-imperial-target-of-moscow/');
  await expect(page.locator('header .byline')).toContainText('Vladimir Rozanskij · AsiaNews');
  const provenance = page.locator('#provenance + dl');
  // The original and the collected copy, each linked once (the outlets' home pages are linked too, as their sites).
  await expect(provenance.locator('a[href^="https://www.asianews.it/news-en/"]')).toHaveCount(1);
  await expect(provenance.locator('a[href^="https://thelatestnews.world/kazakhstan-russia-"]')).toHaveCount(1);
  // Each address has its Wayback Machine look-up at the publication date, 28 December 2022, labelled as a look-up.
  await expect(provenance.locator('a[href^="https://web.archive.org/web/20221228/https://www.asianews.it/news-en/"]')).toHaveText(
    'find archived copies near 28 December 2022 of the original in the Wayback Machine',
  );
  await expect(
    provenance.locator('a[href^="https://web.archive.org/web/20221228/https://thelatestnews.world/kazakhstan-russia-"]'),
  ).toHaveCount(1);
  await provenance.getByRole('link', { name: 'Compare with the collected copy' }).click();
  await expect(page).toHaveURL(/\/articles\/kazakhs-fear-becoming-imperial-target-of-moscow\/source\/$/);
  await expect(page.locator('del#removed-1')).toHaveText('KAZAKHSTAN-RUSSIA ');
  await page.locator('.cl-pn a', { hasText: /^1$/ }).click();
  await expect(page).toHaveURL(/\/articles\/kazakhs-fear-becoming-imperial-target-of-moscow\/#p1$/);
  await expect(page.getByText('Title of the collected copy')).toContainText('target for Moscow');
});

test('paragraphs are numbered with stable anchors, and notes stand apart', async ({ page }) => {
  await page.goto('articles/russia-has-no-allies-bezpalko-says/#p3');
  const p3 = page.locator('#p3');
  await expect(p3).toContainText('Sooner of later');
  await expect(p3.locator('.pn')).toHaveText('3');
  await expect(page.locator('.source-text .para')).toHaveCount(9);
  const notes = page.locator('.editorial');
  await expect(notes).toContainText('Sooner of later');
  await expect(notes.locator('a[href="#p3"]').first()).toBeVisible();
  await expect(page.locator('.source-text')).not.toContainText('Post a Comment');
  await expect(notes).toContainText('Post a Comment');
});

test('previous and next follow publication order', async ({ page }) => {
  await page.goto('articles/russia-has-no-allies-bezpalko-says/');
  await expect(page.locator('a[rel="prev"]')).toContainText('Moscow Warning Other Post-Soviet States');
  await expect(page.locator('a[rel="next"]')).toContainText('Kazakhstan’s ‘terrorists’');
});
