// Makes the app's icons in resources/icons from the favicon's artwork (renderer/public/favicon.svg): a PNG per size
// for Linux, an .ico for Windows and an .icns for macOS. Chromium renders the SVG, so the icons are the same
// drawing. Run after changing the artwork: `npx tsx main/build/make-icons.ts` (needs Debian's chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { appRoot } from '../paths.ts';
import { ICON_SIZES, icnsFile, icoFile, type IconImage } from './icon-containers.ts';

const root = appRoot();
const svg = readFileSync(join(root, 'renderer', 'public', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.POWERHALL_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const images: IconImage[] = [];
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    images.push({ size, png: await page.screenshot({ omitBackground: true }) });
  }
  const dir = join(root, 'resources', 'icons');
  mkdirSync(join(dir, 'png'), { recursive: true });
  for (const { size, png } of images) writeFileSync(join(dir, 'png', `${size}x${size}.png`), png);
  writeFileSync(join(dir, 'powerhall.ico'), icoFile(images.filter((i) => i.size <= 256)));
  writeFileSync(join(dir, 'powerhall.icns'), icnsFile(images.filter((i) => i.size !== 48)));
  console.log(`icons: ${images.length} sizes in ${dir}`);
} finally {
  await browser.close();
}
