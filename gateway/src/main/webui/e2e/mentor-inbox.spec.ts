import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import {
  anyOf,
  bookViaApi,
  browserFor,
  cancelAllUpcoming,
  DEMO,
  DEMO_PASSWORD,
  expectAccessible,
  freeSlots,
  newPerson,
  nextPaint,
  OSCAR,
  oscarId,
  PHONE,
  DESKTOP,
  screenshot,
  sessionRoomOf,
  signIn,
  signUp,
  signUpViaApi,
} from "./support";

const LISBON = "Europe/Lisbon";

test("a mentor's inbox: a mentee books and writes, the room and its unread count arrive live, the mentor replies, both see read receipts", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(150_000);
  const mentee = newPerson("Inboxer");
  // two other mentees wrote earlier: the inbox holds several conversations, and the new one must come first
  const others = [
    await anotherMenteeWrites(request, "Priya", "Thanks for the notes! I updated my CV, could you take a look?"),
    await anotherMenteeWrites(request, "Tomas", "Running five minutes late, sorry!"),
  ];
  // the mentor is at their desk with the inbox open before anything is booked
  const mentor = await browserFor(browser, DEMO.mentor);
  try {
    const inbox = mentor.page;
    await inbox.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Inbox/ }).click();
    await expect(inbox.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    await expect(inbox.getByLabel("Loading conversations")).toHaveCount(0);
    await markPage(inbox);

    await test.step("the mentee books Oscar in their own browser", async () => {
      await signUp(page, mentee, LISBON);
      await page.goto(`/mentors/${await oscarId(request)}/book`);
      const slots = page.locator('[role="group"] button[aria-pressed]');
      await expect(slots.first()).toBeVisible();
      await slots.nth(Math.floor(Math.random() * Math.min(await slots.count(), 40))).click();
      await page.getByRole("button", { name: "Book session" }).click();
      await expect(page.getByRole("heading", { name: `You're booked with ${OSCAR.name}` })).toBeVisible();
    });

    const row = inbox.getByTestId("inbox-row").filter({ hasText: mentee.name });
    await test.step("the room appears at the top of the mentor's inbox, unread, with the session, without a reload", async () => {
      await expect(row).toBeVisible();
      await expect(inbox.getByTestId("inbox-row").first()).toContainText(mentee.name);
      await expect(row).toContainText(/Session booked for/);
      await expect(row.getByTestId("inbox-unread")).toHaveText(/^1\s*unread$/);
      await expect(row.getByTestId("next-session")).toContainText(/^Next session /);
      await expect(inbox).toHaveTitle(/^\((\d+|99\+)\) Mentra$/);
      expect(await stillSamePage(inbox), "the inbox updated without a reload").toBe(true);
    });

    await test.step("the mentee writes: the unread count rises live", async () => {
      await page.getByRole("link", { name: "Open session chat" }).click();
      await expect(page.getByText(/Session booked for/)).toBeVisible();
      const composer = page.getByRole("textbox", { name: `Message ${OSCAR.name}` });
      await composer.fill("Hello Oscar! I'd like to talk about moving into product management.");
      await composer.press("Enter");
      await expect(row.getByTestId("inbox-unread")).toHaveText(/^2\s*unread$/);
      await expect(row).toContainText("Hello Oscar! I'd like to talk about moving into product management.");
      expect(await stillSamePage(inbox)).toBe(true);
    });

    await test.step("the mentor opens it: read, and the mentee sees it was seen", async () => {
      await row.click();
      await expect(inbox.getByRole("heading", { level: 1, name: `Session with ${mentee.name}` })).toBeVisible();
      await expect(row.getByTestId("inbox-unread")).toHaveCount(0);
      const sent = page.getByRole("listitem").filter({ hasText: "Hello Oscar! I'd like to talk about moving into product management." });
      await expect(sent.getByTestId("read-receipt")).toHaveText("Seen");
    });

    await test.step("the mentor replies (the mentee sees them typing); the mentee reads it and the mentor sees it was seen", async () => {
      const composer = inbox.getByRole("textbox", { name: `Message ${mentee.name}` });
      await composer.pressSequentially("Great, let's", { delay: 40 });
      await expect(page.getByTestId("typing-indicator")).toHaveText(`${OSCAR.name} is typing…`);
      const reply = "Great, let's map your strengths to a PM role. Bring a recent project.";
      await composer.fill(reply);
      await composer.press("Enter");
      await expect(page.getByRole("log").getByText(reply)).toBeVisible();
      await expect(inbox.getByRole("listitem").filter({ hasText: reply }).getByTestId("read-receipt")).toHaveText("Seen");
      await expect(row).toContainText(`You: ${reply}`);
    });

    await test.step("accessible and captured at desktop and phone width", async () => {
      await expect(inbox.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectAccessible(inbox, "the mentor's inbox with a conversation open", { soft: true });
      await screenshot(inbox, testInfo, "mentor-inbox");
      await inbox.setViewportSize(PHONE);
      await nextPaint(inbox);
      // on a phone the open conversation fills the screen; the back arrow leads to the list
      await expect(inbox.getByRole("textbox", { name: `Message ${mentee.name}` })).toBeInViewport();
      await expectNoSideways(inbox);
      await expectAccessible(inbox, "the mentor's conversation on a phone", { soft: true });
      await screenshot(inbox, testInfo, "mentor-inbox-conversation");
      await inbox.getByRole("link", { name: "All conversations" }).click();
      await expect(row).toBeVisible();
      await expectNoSideways(inbox);
      await expectAccessible(inbox, "the mentor's inbox on a phone", { soft: true });
      await screenshot(inbox, testInfo, "mentor-inbox");
      await inbox.setViewportSize(DESKTOP);
    });
  } finally {
    await mentor.context.close();
    for (const person of [mentee, ...others]) await cancelAllUpcoming(request, person);
  }
});

/** Someone else books Oscar and writes in the session's room (through the API, as their own browser would). */
async function anotherMenteeWrites(request: APIRequestContext, label: string, text: string) {
  const person = newPerson(label);
  const token = await signUpViaApi(request, person, LISBON);
  const mentorId = await oscarId(request);
  const booking = await bookViaApi(request, token, { mentorId, startsAt: anyOf((await freeSlots(request, token, mentorId, LISBON)).slice(0, 60)).startsAt, timeZone: LISBON });
  await post(request, token, await sessionRoomOf(request, token, booking.id), text);
  return person;
}

test("a mentor who turned on desktop alerts is notified of a mentee's message while Mentra is hidden, and not before", async ({ browser, request }) => {
  const mentee = newPerson("Pinger");
  const menteeToken = await signUpViaApi(request, mentee, LISBON);
  const mentorId = await oscarId(request);
  const booking = await bookViaApi(request, menteeToken, { mentorId, startsAt: anyOf((await freeSlots(request, menteeToken, mentorId, LISBON)).slice(0, 60)).startsAt, timeZone: LISBON });
  const room = await sessionRoomOf(request, menteeToken, booking.id);
  const context = await browser.newContext();
  await fakeNotificationsAndVisibility(context);
  const inbox = await context.newPage();
  try {
    await signIn(inbox, DEMO.mentor, DEMO_PASSWORD, "/mentor/inbox");
    await expect(inbox.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    const row = inbox.getByTestId("inbox-row").filter({ hasText: mentee.name });
    await expect(row).toBeVisible();

    await test.step("off by default: a message while hidden shows nothing", async () => {
      await expect(inbox.getByRole("button", { name: "Alerts off" })).toBeVisible();
      await setHidden(inbox, true);
      await post(request, menteeToken, room, "Are you there?");
      await expect(row).toContainText("Are you there?");
      expect(await notifications(inbox)).toEqual([]);
      await setHidden(inbox, false);
    });

    await test.step("turning desktop notifications on asks the browser's permission", async () => {
      await inbox.getByRole("button", { name: "Alerts off" }).click();
      const dialog = inbox.getByRole("dialog", { name: "Alerts" });
      await expectAccessible(inbox, "the alert settings", { soft: true });
      await dialog.getByRole("switch", { name: "Desktop notification" }).click();
      await expect(dialog.getByRole("switch", { name: "Desktop notification" })).toBeChecked();
      expect(await inbox.evaluate(() => (window as unknown as { __permissionAsked: number }).__permissionAsked)).toBe(1);
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(inbox.getByRole("button", { name: "Alerts on" })).toBeVisible();
    });

    await test.step("a message while the tab is hidden is notified; one while it shows is not", async () => {
      await post(request, menteeToken, room, "Visible now: no need to ping");
      await expect(row).toContainText("Visible now: no need to ping");
      await setHidden(inbox, true);
      await post(request, menteeToken, room, "Could we start ten minutes later?");
      await expect.poll(() => notifications(inbox)).toEqual([{ title: mentee.name, body: "Could we start ten minutes later?" }]);
      await expect(inbox).toHaveTitle(/^\((\d+|99\+)\) Mentra$/);
    });
  } finally {
    await context.close();
    await cancelAllUpcoming(request, mentee);
  }
});

/**
 * Headless Chromium shows no notifications and never hides a tab: the page gets a recording stand-in for the
 * Notification API (its permission prompt answered "granted") and a switch for document.visibilityState.
 */
async function fakeNotificationsAndVisibility(context: BrowserContext) {
  await context.addInitScript(() => {
    type Shown = { title: string; body?: string };
    const w = window as unknown as { __shown: Shown[]; __permissionAsked: number; __setHidden: (h: boolean) => void; Notification: unknown };
    w.__shown = [];
    w.__permissionAsked = 0;
    let permission: NotificationPermission = "default";
    class RecordingNotification {
      static get permission() {
        return permission;
      }
      static async requestPermission() {
        w.__permissionAsked++;
        permission = "granted";
        return permission;
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        w.__shown.push({ title, body: options?.body });
      }
      close() {}
    }
    w.Notification = RecordingNotification;
    let hidden = false;
    Object.defineProperty(Document.prototype, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
    w.__setHidden = (h: boolean) => {
      hidden = h;
      document.dispatchEvent(new Event("visibilitychange"));
    };
  });
}

async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => (window as unknown as { __setHidden: (h: boolean) => void }).__setHidden(h), hidden);
}

async function notifications(page: Page) {
  return page.evaluate(() => (window as unknown as { __shown: { title: string; body?: string }[] }).__shown);
}

async function post(request: APIRequestContext, token: string, room: string, text: string) {
  const response = await request.post(`/api/conversations/${room}/messages`, {
    data: { text, clientId: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "nothing scrolls sideways").toBeLessThanOrEqual(1);
}

/** Marks the loaded document, so a later check can tell it was never reloaded. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __e2eMark: boolean }).__e2eMark = true));
}

async function stillSamePage(page: Page) {
  return page.evaluate(() => (window as unknown as { __e2eMark?: boolean }).__e2eMark === true);
}
