import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe } from "@jest/globals";
import { type Browser, chromium } from "playwright-core";
import { ROOT_DIR } from "../../server/paths.ts";

/** Debian's Chromium (apt-get install -y chromium); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS_DIR = path.join(ROOT_DIR, "test-artifacts");

export const hasChromium = () => existsSync(CHROMIUM_PATH);

/**
 * describe() for browser tests. Without Chromium (a fresh clone on a machine without it) they are
 * skipped, saying why; under CI (CI=true, where .ci/run installs it) a missing browser fails instead.
 */
export const describeInBrowser = hasChromium() || process.env.CI ? describe : describe.skip;
if (!hasChromium() && !process.env.CI) {
  console.warn(
    `${CHROMIUM_PATH} not found: browser tests skipped (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

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
