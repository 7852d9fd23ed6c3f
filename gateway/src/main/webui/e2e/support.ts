import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from "@playwright/test";

/** The local run's demo accounts (identity-service creates them; see README). */
export const DEMO_PASSWORD = "mentra-demo-password";
export const DEMO = {
  mentee: "mentee@mentra.local",
  mentor: "mentor@mentra.local",
  admin: "admin@mentra.local",
} as const;

/** The demo human mentor (mentor@mentra.local), open on weekdays in America/New_York. */
export const OSCAR = { name: "Oscar Mentor", firstName: "Oscar", timeZone: "America/New_York" } as const;

export type Person = ReturnType<typeof newPerson>;

/** A fresh person for one test: nothing another test did can change what they see. */
export function newPerson(label: string) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return { name: `${label} ${id.slice(-4).toUpperCase()}`, email: `${label.toLowerCase()}-${id}@e2e.mentra.local`, password: `pw-${id}-long-enough` };
}

export async function signUp(page: Page, person: Person, timeZone?: string) {
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

/** A second person in their own browser (own cookies, own socket), signed in: e.g. the mentor across the table. */
export async function browserFor(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

const origin = () => new URL(process.env.MENTRA_URL ?? "http://localhost:8080").origin;

/** A session token for calling the API directly (setting up data the journey does not create itself). */
export async function tokenFor(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post("/api/auth/sign-in", { data: { email, password }, headers: { Origin: origin() } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** Creates `person` through the API (someone the journey's person never sees sign up) and returns their token. */
export async function signUpViaApi(request: APIRequestContext, person: Person, timeZone = "UTC"): Promise<string> {
  const response = await request.post("/api/auth/sign-up", {
    data: { name: person.name, email: person.email, password: person.password, timeZone },
    headers: { Origin: origin() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type MentorView = { id: string; displayName: string; kind: "AI" | "HUMAN" };

/** Oscar Mentor's catalog id (assigned when the demo data is created, so looked up by name). */
export async function oscarId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/mentors", { params: { kind: "HUMAN", q: "Oscar" } });
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: MentorView[] };
  const oscar = items.find((m) => m.displayName === OSCAR.name);
  expect(oscar, "the demo mentor Oscar Mentor is in the catalog").toBeDefined();
  return oscar!.id;
}

export type Slot = { startsAt: string; endsAt: string; date: string; time: string };

/** A mentor's free slots in `timeZone` over the booking page's first window (today and the 13 days after it there). */
export async function freeSlots(request: APIRequestContext, token: string, mentorId: string, timeZone: string): Promise<Slot[]> {
  const from = dateIn(timeZone, 0);
  const to = dateIn(timeZone, 13);
  const response = await request.get("/api/bookings/slots", { params: { mentorId, timeZone, from, to }, headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  const slots = ((await response.json()) as { slots: Slot[] }).slots;
  expect(slots.length, `free slots of ${mentorId} in ${timeZone}`).toBeGreaterThan(4);
  return slots;
}

export type Booking = { id: string; startsAt: string; endsAt: string; status: string };

/** Books through the API with its own Idempotency-Key, as another browser would. */
export async function bookViaApi(
  request: APIRequestContext,
  token: string,
  body: { mentorId: string; startsAt: string; timeZone: string; note?: string },
): Promise<Booking> {
  const response = await request.post("/api/bookings", {
    data: body,
    headers: { ...bearer(token), "Idempotency-Key": `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Booking;
}

/** Frees the mentor's time again (best effort: the shared demo mentor's calendar should not fill up run by run). */
export async function cancelViaApi(request: APIRequestContext, token: string, bookingId: string) {
  await request.post(`/api/bookings/${bookingId}/cancel`, { data: { reason: "End-to-end test clean-up" }, headers: bearer(token) }).catch(() => undefined);
}

/**
 * Cancels every upcoming confirmed session of `person` (signed in afresh: a session token lives two minutes, less
 * than a long journey), so the shared demo mentor's calendar does not fill up run after run. Best effort.
 */
export async function cancelAllUpcoming(request: APIRequestContext, person: Pick<Person, "email" | "password">) {
  const token = await tokenFor(request, person.email, person.password).catch(() => null);
  if (!token) return;
  const response = await request.get("/api/bookings", { params: { page: 0, size: 200 }, headers: bearer(token) }).catch(() => null);
  if (!response?.ok()) return;
  const bookings = (await response.json()) as Booking[];
  for (const booking of bookings) {
    if (booking.status === "CONFIRMED" && Date.parse(booking.startsAt) > Date.now()) await cancelViaApi(request, token, booking.id);
  }
}

/** The chat room a confirmed booking opens (chat-service creates it from the booking's event, a moment later). */
export async function sessionRoomOf(request: APIRequestContext, token: string, bookingId: string): Promise<string> {
  let room: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get("/api/conversations", { headers: bearer(token) });
        const list = response.ok() ? ((await response.json()) as { id: string; bookingId?: string }[]) : [];
        room = list.find((c) => c.bookingId === bookingId)?.id;
        return room;
      },
      { message: `the session room of ${bookingId}`, timeout: 20_000 },
    )
    .toBeDefined();
  return room!;
}

/** One of `items`, at random: journeys that book spread over the mentor's free times instead of all taking the first. */
export function anyOf<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** The booking page's name of a slot button: "Tuesday 1 December, 09:30" (the slot's own local date and time). */
export function slotButtonName(slot: Pick<Slot, "date" | "time">): string {
  const [y, m, d] = slot.date.split("-").map(Number);
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
  return `${day}, ${slot.time}`;
}

function dateIn(timeZone: string, plusDays: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + plusDays)).toISOString().slice(0, 10);
}

/** Fails the test if the page ever opens an alert/confirm/prompt (what an injected script would do). */
export function failOnDialog(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return seen;
}

/** The unread count on the navigation's Messages item (0 when it shows no badge; "99+" reads as 100). */
export async function unreadInNavigation(page: Page): Promise<number> {
  const badge = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Messages/ }).getByTestId("unread-badge");
  const visible = badge.filter({ visible: true });
  if ((await visible.count()) === 0) return 0;
  const text = (await visible.first().innerText()).replace(/\s*unread/, "").trim();
  return text === "99+" ? 100 : Number(text);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page (evaluated, so the page's strict CSP does not refuse it) and fails on serious or
 * critical violations, naming each with the elements at fault. `soft`: record the failure and carry on (a tour of
 * many screens reports all of them at once).
 */
export async function expectAccessible(page: Page, screen: string, options: { soft?: boolean } = {}) {
  // scan the screen at rest: not the hover state of the button just clicked, nor a toast or colour still fading in
  await page.mouse.move(0, 0);
  await settleAnimations(page);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const check = options.soft ? expect.soft : expect;
  check(
    serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`),
    `accessibility of ${screen}`,
  ).toEqual([]);
}

/** Waits for the page's finite animations and transitions (a spinner's endless one is not waited for). */
export async function settleAnimations(page: Page) {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]);
  });
}

/** Saves a screenshot of a main screen as a build artifact (and attaches it to the test's report). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const dir = process.env.MENTRA_E2E_SCREENSHOTS ?? join(testInfo.project.outputDir, "screenshots");
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = join(dir, `${name}-${width <= 480 ? "phone" : "desktop"}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach(`${name}-${width <= 480 ? "phone" : "desktop"}`, { path: file, contentType: "image/png" });
}

type Recorder = { __painted: string[]; __paintedStop?: () => void };

/**
 * Records, frame by frame (requestAnimationFrame: what was painted), the distinct texts of the element matching
 * `selector`; call the returned function to read them. A new recording on the page replaces the previous one.
 */
export async function recordPaintedTexts(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const w = window as unknown as Recorder;
    w.__paintedStop?.();
    const painted: string[] = [];
    w.__painted = painted;
    let running = true;
    w.__paintedStop = () => {
      running = false;
    };
    const sample = () => {
      if (!running) return;
      const text = document.querySelector(sel)?.textContent ?? "";
      if (text && painted[painted.length - 1] !== text) painted.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, selector);
  return async () => page.evaluate(() => (window as unknown as Recorder).__painted);
}

/**
 * Records, frame by frame, the most elements matching `selector` (and containing `text`, when given) painted at
 * the same time: e.g. how many council members were writing their answers at once.
 */
export async function recordMostAtOnce(page: Page, selector: string, text?: string) {
  await page.evaluate(
    ({ sel, text }) => {
      const w = window as unknown as { __most: number };
      w.__most = 0;
      const sample = () => {
        const count = Array.from(document.querySelectorAll(sel)).filter((e) => !text || (e.textContent ?? "").includes(text)).length;
        w.__most = Math.max(w.__most, count);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    },
    { sel: selector, text },
  );
  return async () => page.evaluate(() => (window as unknown as { __most: number }).__most);
}

/** Waits two painted frames (a resize or a state change has been laid out and drawn). */
export async function nextPaint(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** A phone's viewport (the 390 px wide). */
export const PHONE = { width: 390, height: 844 };
/** The desktop project's viewport (Playwright's "Desktop Chrome"). */
export const DESKTOP = { width: 1280, height: 720 };

/**
 * Waits for the screen's content (and for nothing to be loading any more), then scans it with axe and captures it
 * at desktop width and at 390 px in the light theme, and at desktop width in the dark one (`<name>-dark-desktop.png`).
 */
export async function scanAndCapture(page: Page, testInfo: TestInfo, name: string, ready: Locator) {
  await expect(ready.first()).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await nextPaint(page);
    await expect(ready.first()).toBeAttached();
    await expectAccessible(page, `${name} at ${size.width} px`, { soft: true });
    await screenshot(page, testInfo, name);
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: "dark" });
  await nextPaint(page);
  await expectAccessible(page, `${name} in the dark theme`, { soft: true });
  await screenshot(page, testInfo, `${name}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
}
