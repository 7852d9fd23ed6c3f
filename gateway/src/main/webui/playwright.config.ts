import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end journeys in Debian's Chromium (never a downloaded browser) against a running Mentra: the system
 * test (deploy/stack WebJourneysIT) starts the packaged stack and points MENTRA_URL at its gateway; by hand,
 * `./mvnw -Prun` and then `npm run e2e`.
 */
const baseURL = process.env.MENTRA_URL ?? "http://localhost:8080";
const output = process.env.MENTRA_E2E_OUTPUT ?? "test-results";

export default defineConfig({
  testDir: "e2e",
  outputDir: output,
  // one browser at a time: the whole stack shares the machine's two cores with it
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  // once more in CI: the first journeys meet a cold stack (JIT, caches); a failure twice is a failure
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["junit", { outputFile: process.env.PLAYWRIGHT_JUNIT_OUTPUT_NAME ?? `${output}/junit.xml` }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
});
