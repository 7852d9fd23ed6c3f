import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

/** The local run's demo accounts (identity-service creates them; see README). */
export const DEMO_PASSWORD = "mentra-demo-password";
export const DEMO = {
  mentee: "mentee@mentra.local",
  mentor: "mentor@mentra.local",
  admin: "admin@mentra.local",
} as const;

/** A fresh person for one test: nothing another test did can change what they see. */
export function newPerson(label: string) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return { name: `${label} ${id.slice(-4).toUpperCase()}`, email: `${label.toLowerCase()}-${id}@e2e.mentra.local`, password: `pw-${id}-long-enough` };
}

export async function signUp(page: Page, person: ReturnType<typeof newPerson>, timeZone?: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  if (timeZone) await page.getByLabel("Time zone").selectOption(timeZone);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, returnTo?: string) {
  await page.goto(returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
}

/** A session token for calling the API directly (setting up data the journey does not create itself). */
export async function tokenFor(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post("/api/auth/sign-in", {
    data: { email, password },
    headers: { Origin: new URL(process.env.MENTRA_URL ?? "http://localhost:8080").origin },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page (evaluated, so the page's strict CSP does not refuse it) and fails on serious or
 * critical violations, naming each with the elements at fault.
 */
export async function expectAccessible(page: Page, screen: string) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`),
    `accessibility of ${screen}`,
  ).toEqual([]);
}

/** Saves a screenshot of a main screen as a build artifact (and attaches it to the test's report). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const dir = process.env.MENTRA_E2E_SCREENSHOTS ?? join(testInfo.project.outputDir, "screenshots");
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = join(dir, `${name}-${width <= 480 ? "phone" : "desktop"}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/**
 * Records, frame by frame (requestAnimationFrame: what was painted), the distinct texts of the element matching
 * `selector`; call the returned function to read them.
 */
export async function recordPaintedTexts(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const w = window as unknown as { __painted: string[] };
    w.__painted = [];
    const sample = () => {
      const text = document.querySelector(sel)?.textContent ?? "";
      if (text && w.__painted[w.__painted.length - 1] !== text) w.__painted.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, selector);
  return async () => page.evaluate(() => (window as unknown as { __painted: string[] }).__painted);
}

/** A phone's viewport (the 390 px wide). */
export const PHONE = { width: 390, height: 844 };
