import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import {
  DEMO,
  expectAccessible,
  newPerson,
  PHONE,
  screenshot,
  signIn,
  signUpViaApi,
  slotButtonName,
  tokenFor,
  type Person,
} from "./support";

/*
 * A mentor in Berlin sets their hours; a mentee in Los Angeles (8–9 hours away) books from them. Both browsers'
 * clocks are set a few days before Berlin's next daylight-saving change, so the two weeks on show cross it: the
 * mentor's 14:00 stays 14:00 in Berlin while it moves by an hour for the mentee. The server keeps its real clock
 * (the dates shown are in the future for it, within the mentor's horizon).
 */
const MENTOR_ZONE = "Europe/Berlin";
const MENTEE_ZONE = "America/Los_Angeles";

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The UTC offset of `zone` at `at`, in minutes. */
function offsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The first day (UTC noon) at least a week from now whose offset in `zone` differs from the day before's. */
function nextOffsetChange(zone: string): Date {
  const day = 24 * 3600_000;
  let at = new Date(Math.floor(Date.now() / day) * day + 12 * 3600_000 + 7 * day);
  for (let i = 0; i < 400; i++, at = new Date(at.getTime() + day)) {
    if (offsetMinutes(zone, at) !== offsetMinutes(zone, new Date(at.getTime() - day))) return at;
  }
  throw new Error(`no offset change in ${zone} within a year`);
}

/** "2027-03-23" of a date in `zone`. */
function dateIn(zone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

function weekday(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

function claims(token: string): { roles?: string[] } {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as { roles?: string[] };
}

/** A new person, approved as a human mentor in `zone` (through the API: the application journey is another's). */
async function newMentor(request: APIRequestContext, zone: string): Promise<{ person: Person; mentorId: string }> {
  const person = newPerson("Berta");
  const token = await signUpViaApi(request, person, zone);
  const applied = await request.post("/api/mentors/applications", {
    headers: bearer(token),
    data: {
      headline: "Product leader helping engineers move into product",
      bio: "Fifteen years in product at start-ups and large companies; I help engineers find their way into product roles.",
      expertise: ["product management", "career change"],
      languages: ["en", "de"],
      timeZone: zone,
      sessionMinutes: 60,
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  const application = (await applied.json()) as { id: string };
  const admin = await tokenFor(request, DEMO.admin);
  const approved = await request.post(`/api/mentors/applications/${application.id}/approve`, { headers: bearer(admin), data: {} });
  expect(approved.status(), await approved.text()).toBe(200);
  const mentorId = ((await approved.json()) as { id: string }).id;
  // identity-service grants the role and booking-service learns the mentor from mentors.v1, a moment later
  await expect
    .poll(async () => {
      const fresh = await tokenFor(request, person.email, person.password);
      if (!claims(fresh).roles?.includes("mentor")) return "no mentor role yet";
      const availability = await request.get("/api/availability", { headers: bearer(fresh) });
      return availability.status();
    }, { message: "the new mentor is known to identity and booking", timeout: 30_000 })
    .toBe(200);
  return { person, mentorId };
}

async function contextAt(browser: Browser, zone: string, now: Date, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ timezoneId: zone, locale: "en-GB", ...(viewport && { viewport, isMobile: true, hasTouch: true }) });
  await context.clock.install({ time: now });
  return { context, page: await context.newPage() };
}

/** Sets one day's hours to exactly `ranges` through the editor (removing what is there first). */
async function setDay(page: Page, day: string, ranges: [string, string][]) {
  const remove = page.getByRole("button", { name: new RegExp(`^Remove ${day} `) });
  while ((await remove.count()) > 0) await remove.first().click();
  for (const [i, [start, end]] of ranges.entries()) {
    await page.getByRole("button", { name: `Add hours on ${day}` }).click();
    await page.getByLabel(`${day}: from`).nth(i).fill(start);
    await page.getByLabel(`${day}: until`).nth(i).fill(end);
  }
}

/** The top of the screen, nothing focused: what a screenshot should show. */
async function toTop(page: Page) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
}

async function setRule(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** The preview's times once it has settled: their instants. */
async function previewStarts(page: Page): Promise<string[]> {
  await expect(page.getByText("Updating…")).toHaveCount(0);
  return page.getByTestId("preview-days").locator("[data-starts-at]").evaluateAll((badges) => badges.map((b) => b.getAttribute("data-starts-at") ?? ""));
}

function previewDay(page: Page, date: string) {
  return page.getByTestId("preview-days").locator(`li[data-date="${date}"]`);
}

test("a mentor in Berlin edits weekly hours and an override, and a mentee in Los Angeles sees exactly those times across a daylight-saving change", async ({ browser, request }, testInfo) => {
  const change = nextOffsetChange(MENTOR_ZONE);
  // a Tuesday-ish start five days before the change: the two weeks on show hold it, with free days at both edges
  const now = new Date(change.getTime() - 5 * 24 * 3600_000 + 10 * 3600_000);
  const first = dateIn(MENTOR_ZONE, now);
  const changeDate = dateIn(MENTOR_ZONE, change);
  const { person, mentorId } = await newMentor(request, MENTOR_ZONE);

  const mentor = await contextAt(browser, MENTOR_ZONE, now);
  const mentee = await contextAt(browser, MENTEE_ZONE, now);
  try {
    const page = mentor.page;
    await signIn(page, person.email, person.password);
    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "Availability" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Availability" })).toBeVisible();
    await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue(MENTOR_ZONE);

    const days = Array.from({ length: 14 }, (_, i) => plusDays(first, i));
    const weekdays = [...new Set(days.map(weekday))];
    // the hours to set are on weekdays at least a day away from the window's edges
    const inner = days.slice(1, -1);
    const dayA = weekday(inner.find((d) => d < changeDate && !["Saturday", "Sunday"].includes(weekday(d)))!);
    const dayB = weekday(inner.find((d) => d > changeDate && weekday(d) !== dayA && !["Saturday", "Sunday"].includes(weekday(d)))!);

    await test.step("sets weekly hours and rules; the preview follows", async () => {
      for (const day of weekdays) await setDay(page, day, []);
      await setDay(page, dayA, [["09:00", "11:00"], ["14:00", "16:00"]]);
      await setDay(page, dayB, [["14:00", "16:00"]]);
      await setRule(page, "Session length (minutes)", "60");
      await setRule(page, "Start times every (minutes)", "60");
      await setRule(page, "Buffer before (minutes)", "0");
      await setRule(page, "Buffer after (minutes)", "0");
      await setRule(page, "Minimum notice (hours)", "0");
      await setRule(page, "Booking horizon (days)", "365");
      await setRule(page, "Sessions per day at most", "8");
      const dayAs = days.filter((d) => weekday(d) === dayA && d > first);
      await expect(previewDay(page, dayAs[0]!).locator("[data-starts-at]")).toHaveText(["09:00", "10:00", "14:00", "15:00"]);
    });

    const beforeOverride = await previewStarts(page);
    const closedDate = days.filter((d) => weekday(d) === dayB)[0]!;
    const extraDate = days.find((d) => d > first && weekday(d) === "Saturday")!;

    await test.step("closes a date and opens extra hours on another; the preview changes", async () => {
      await page.getByRole("button", { name: "Add a date" }).click();
      await page.getByLabel("Date", { exact: true }).nth(0).fill(closedDate);
      await page.getByRole("button", { name: "Add a date" }).click();
      await page.getByLabel("Date", { exact: true }).nth(1).fill(extraDate);
      await page.getByLabel("That day").nth(1).selectOption("hours");
      const label = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${extraDate}T00:00:00Z`));
      await page.getByLabel(`${label}: from`).fill("10:00");
      await page.getByLabel(`${label}: until`).fill("12:00");
      await expect(previewDay(page, closedDate)).toContainText("No times");
      await expect(previewDay(page, extraDate).locator("[data-starts-at]")).toHaveText(["10:00", "11:00"]);
      expect(await previewStarts(page)).not.toEqual(beforeOverride);
    });

    await test.step("a bad range is named at its field, and nothing is previewed until it is fixed", async () => {
      await page.getByLabel(`${dayA}: until`).nth(0).fill("08:00");
      await expect(page.getByText("Must be after the start.")).toBeVisible();
      await expect(page.getByLabel(`${dayA}: until`).nth(0)).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("Fix the fields marked in the form to see the preview.")).toBeVisible();
      await page.getByLabel(`${dayA}: until`).nth(0).fill("11:00");
      await expect(page.getByText("Must be after the start.")).toHaveCount(0);
    });

    const shown = await test.step("sees the clocks change in the preview, keeping the hours on the mentor's clock", async () => {
      const label = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${changeDate}T00:00:00Z`));
      await expect(page.getByTestId("offset-change")).toContainText(`Clocks change on ${label}`);
      const starts = await previewStarts(page);
      const times = new Set(starts.map((s) => s.slice(11, 16)));
      expect([...times].sort()).toEqual(["09:00", "10:00", "11:00", "14:00", "15:00"]);
      expect(new Set(starts.map((s) => s.slice(-6))).size).toBe(2);
      await expectAccessible(page, "availability editor");
      await toTop(page);
      await screenshot(page, testInfo, "mentor-availability");
      return starts;
    });

    await test.step("saves", async () => {
      await page.getByRole("button", { name: "Save availability" }).click();
      await expect(page.getByText("All changes saved")).toBeVisible();
    });

    await test.step("the mentee in Los Angeles sees exactly those times, in their own zone", async () => {
      const menteePerson = newPerson("Lara");
      await signUpViaApi(request, menteePerson, MENTEE_ZONE);
      await signIn(mentee.page, menteePerson.email, menteePerson.password);
      await mentee.page.goto(`/mentors/${mentorId}/book`);
      await expect(mentee.page.getByText(/^Times are shown in America\/Los Angeles/)).toBeVisible();
      const buttons = mentee.page.locator('[role="group"] button[aria-pressed]');
      await expect(buttons.first()).toBeVisible();
      const names = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute("aria-label") ?? ""));
      const expected = shown.map((startsAt) => {
        const at = new Date(startsAt);
        const date = dateIn(MENTEE_ZONE, at);
        const time = new Intl.DateTimeFormat("en-GB", { timeZone: MENTEE_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
        return slotButtonName({ date, time });
      });
      expect(names).toEqual(expected);
      // 14:00 in Berlin is an hour earlier for Los Angeles once Berlin's clocks have changed
      const laTimes = (day: string) =>
        shown.filter((s) => s.startsWith(day) && s.slice(11, 16) === "14:00").map((s) =>
          new Intl.DateTimeFormat("en-GB", { timeZone: MENTEE_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(s)));
      const before = days.find((d) => d < changeDate && shown.some((s) => s.startsWith(d) && s.slice(11, 16) === "14:00"))!;
      const after = days.find((d) => d > changeDate && shown.some((s) => s.startsWith(d) && s.slice(11, 16) === "14:00"))!;
      const [hBefore, hAfter] = [laTimes(before)[0]!, laTimes(after)[0]!].map((t) => Number(t.slice(0, 2)));
      expect(Math.abs(hBefore! - hAfter!)).toBe(1);
    });
  } finally {
    await mentor.context.close();
    await mentee.context.close();
  }
});

test("a mentor edits their headline with a preview, and a mentee sees it on the mentor's page", async ({ browser, request }, testInfo) => {
  const { person, mentorId } = await newMentor(request, MENTOR_ZONE);
  const mentor = await browser.newContext({ timezoneId: MENTOR_ZONE });
  const menteeContext = await browser.newContext({ timezoneId: MENTEE_ZONE });
  try {
    const page = await mentor.newPage();
    await signIn(page, person.email, person.password);
    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "Mentor profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your mentor profile" })).toBeVisible();
    const headline = `Helps engineers into product, run ${Date.now().toString(36)}`;
    await page.getByLabel("Headline").fill(headline);
    await expect(page.getByTestId("profile-preview")).toContainText(headline);
    await expect(page.getByText("Not connected", { exact: true })).toBeVisible();
    await toTop(page);
    await screenshot(page, testInfo, "mentor-profile");

    await page.getByLabel("Headline").fill("too short");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/^Write 10 to 160 characters/)).toBeVisible();
    await page.getByLabel("Headline").fill(headline);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("All changes saved")).toBeVisible();
    await expectAccessible(page, "mentor profile editor");

    const mentee = await menteeContext.newPage();
    const menteePerson = newPerson("Mona");
    await signUpViaApi(request, menteePerson, MENTEE_ZONE);
    await signIn(mentee, menteePerson.email, menteePerson.password);
    await mentee.goto(`/mentors/${mentorId}`);
    await expect(mentee.getByText(headline)).toBeVisible();
  } finally {
    await mentor.close();
    await menteeContext.close();
  }
});

test("on a phone and in dark mode, the mentor's screens fit and read well", async ({ browser, request }, testInfo) => {
  const { person } = await newMentor(request, MENTOR_ZONE);
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, timezoneId: MENTOR_ZONE, colorScheme: "dark" });
  try {
    const page = await context.newPage();
    await signIn(page, person.email, person.password);
    for (const [path, heading, name] of [
      ["/mentor/availability", "Availability", "mentor-availability-dark"],
      ["/mentor/profile", "Your mentor profile", "mentor-profile-dark"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${heading} on a phone`);
      await screenshot(page, testInfo, name);
    }
    // the light phone screenshots too
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/mentor/availability");
    await expect(page.getByTestId("preview-days")).toBeVisible();
    await screenshot(page, testInfo, "mentor-availability");
    await page.goto("/mentor/profile");
    await expect(page.getByTestId("profile-preview")).toBeVisible();
    await screenshot(page, testInfo, "mentor-profile");
  } finally {
    await context.close();
  }
});

test("a mentee is told the mentor screens are for mentors", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, DEMO.mentee);
    await page.goto("/mentor/availability");
    await expect(page.getByRole("heading", { name: "This page is for mentors" })).toBeVisible();
    await page.goto("/mentor/profile");
    await expect(page.getByRole("heading", { name: "This page is for mentors" })).toBeVisible();
  } finally {
    await context.close();
  }
});
