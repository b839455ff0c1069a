import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { ROOT_DIR } from "../../server/paths.ts";

/** Debian's Chromium (apt-get install -y chromium); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS_DIR = path.join(ROOT_DIR, "test-artifacts");

export const hasChromium = () => existsSync(CHROMIUM_PATH);

export async function launchBrowser(): Promise<Browser> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // As root Chromium needs --no-sandbox; the network flags keep it from calling out of a closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const screenshotPath = (name: string) => path.join(ARTIFACTS_DIR, `${name}.png`);
