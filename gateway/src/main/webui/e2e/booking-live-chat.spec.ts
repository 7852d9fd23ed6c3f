import { expect, test, type Page } from "@playwright/test";
import {
  anyOf,
  bookViaApi,
  browserFor,
  cancelAllUpcoming,
  DEMO,
  freeSlots,
  newPerson,
  OSCAR,
  oscarId,
  sessionRoomOf,
  signIn,
  signUp,
  signUpViaApi,
  slotButtonName,
  tokenFor,
  unreadInNavigation,
} from "./support";

const TOKYO = "Asia/Tokyo";

test("a mentee in Tokyo books Oscar in their own zone, and they chat live in the session's room", async ({ page, browser, request }) => {
  const mentee = newPerson("Booker");
  // the mentor is at their desk with Messages open before anything is booked
  const mentor = await browserFor(browser, DEMO.mentor);
  try {
    await mentor.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Messages/ }).click();
    await expect(mentor.page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
    // loaded (a fresh stack's mentor has no conversation yet)
    await expect(mentor.page.getByLabel("Loading conversations")).toHaveCount(0);
    const unreadBefore = await unreadInNavigation(mentor.page);
    await markPage(mentor.page);

    await signUp(page, mentee, TOKYO);
    let roomHref = "";

    await test.step("finds Oscar and opens his booking page", async () => {
      await page.goto("/mentors?kind=HUMAN");
      await page.getByRole("link", { name: OSCAR.name, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: OSCAR.name })).toBeVisible();
      await page.getByRole("link", { name: "Book a session" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Book a session with ${OSCAR.name}` })).toBeVisible();
    });

    await test.step("sees the free times in their zone and Oscar's zone named", async () => {
      const caption = page.getByText(/^Times are shown in/);
      await expect(caption).toHaveText(/Times are shown in Asia\/Tokyo \(GMT\+9\)\. Oscar is in America\/New York\./);
      await expect(page.getByLabel("Show times in")).toHaveValue(TOKYO);
    });

    const when = await test.step("picks a time, adds a note and books", async () => {
      const slots = page.locator('[role="group"] button[aria-pressed]');
      await expect(slots.first()).toBeVisible();
      // every time shown is a Tokyo clock time of Oscar's working day in New York (weekdays, 09:00–17:00)
      const names = await slots.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
      const token = await tokenFor(request, mentee.email, mentee.password);
      const offered = await freeSlots(request, token, await oscarId(request), TOKYO);
      expect(offered.map(slotButtonName)).toEqual(expect.arrayContaining(names.slice(0, 20)));
      for (const slot of offered) {
        expect(slot.startsAt, "a slot is offered in the asker's zone").toMatch(/\+09:00$/);
        const inNewYork = new Intl.DateTimeFormat("en-GB", { timeZone: OSCAR.timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(slot.startsAt));
        expect(inNewYork, `${slot.date} ${slot.time} in Tokyo is Oscar's working hours`).toMatch(/^(Mon|Tue|Wed|Thu|Fri) (09|1[0-6]):\d\d$/);
      }
      const slot = slots.nth(Math.floor(Math.random() * Math.min(await slots.count(), 40)));
      const label = (await slot.getAttribute("aria-label"))!;
      await slot.click();
      await expect(slot).toHaveAttribute("aria-pressed", "true");
      const panel = page.getByRole("complementary", { name: "Your booking" });
      await expect(panel.getByRole("heading", { name: "Your session" })).toBeVisible();
      await panel.getByLabel("Note for Oscar (optional)").fill("I'd like to practise a salary negotiation.");
      await panel.getByRole("button", { name: "Book session" }).click();
      return label;
    });

    await test.step("sees the confirmation, in their zone", async () => {
      await expect(page.getByRole("heading", { name: `You're booked with ${OSCAR.name}` })).toBeVisible();
      const [day, time] = when.split(", ");
      const confirmation = page.getByRole("region", { name: `You're booked with ${OSCAR.name}` });
      await expect(confirmation.getByText(day!, { exact: true })).toBeVisible();
      await expect(confirmation.getByText(new RegExp(`^${time}–\\d\\d:\\d\\d · Asia/Tokyo`))).toBeVisible();
      await expect(confirmation.getByText("I'd like to practise a salary negotiation.")).toBeVisible();
      await expect(page.getByText(`Session with ${OSCAR.name} booked`)).toBeVisible();
      const open = confirmation.getByRole("link", { name: "Open session chat" });
      await expect(open).toBeVisible({ timeout: 20_000 });
      roomHref = (await open.getAttribute("href"))!;
    });

    await test.step("the mentor's Messages shows the new room at once, unread, without a reload", async () => {
      const row = mentor.page.locator(`a[href="${roomHref}"]`);
      await expect(row).toBeVisible();
      await expect(row.getByTestId("conversation-unread")).toBeVisible();
      await expect(row).toContainText(/Session booked for/);
      if (unreadBefore < 99) await expect.poll(() => unreadInNavigation(mentor.page)).toBeGreaterThan(unreadBefore);
      expect(await stillSamePage(mentor.page), "the list updated without a reload").toBe(true);
      await row.click();
      await expect(mentor.page.getByRole("heading", { level: 1, name: `Session with ${OSCAR.name}` })).toBeVisible();
    });

    await test.step("they write to each other: typing shows on the other side, and the sender sees it was read", async () => {
      await page.getByRole("link", { name: "Open session chat" }).click();
      await expect(page).toHaveURL(roomHref);
      await expect(page.getByText(/Session booked for/)).toBeVisible();

      await say(page, "Oscar Mentor", "Hello Oscar, looking forward to our session!", mentor.page, mentee.name);
      await say(mentor.page, mentee.name, "Hi! Bring your current offer and we'll go through it.", page, OSCAR.name);
    });
  } finally {
    await mentor.context.close();
    await cancelAllUpcoming(request, mentee);
  }
});

/** `from` types (the other side sees the typing indicator), sends, the other side reads it, and `from` sees "Seen". */
async function say(from: Page, toName: string, text: string, to: Page, fromName: string) {
  const composer = from.getByRole("textbox", { name: `Message ${toName}` });
  await composer.pressSequentially(text.slice(0, 12), { delay: 40 });
  await expect(to.getByTestId("typing-indicator")).toHaveText(`${fromName} is typing…`);
  await composer.fill(text);
  await composer.press("Enter");
  const received = to.getByRole("log").getByText(text);
  await expect(received).toBeVisible();
  const mine = from.getByRole("listitem").filter({ hasText: text });
  await expect(mine.getByTestId("read-receipt")).toHaveText("Seen");
}

test("a mentee whose connection drops while the mentor writes three messages gets all three, once each, in order", async ({
  page,
  browser,
  request,
}) => {
  const mentee = newPerson("Commuter");
  const menteeToken = await signUpViaApi(request, mentee, TOKYO);
  const mentorId = await oscarId(request);
  const slot = anyOf((await freeSlots(request, menteeToken, mentorId, TOKYO)).slice(0, 60));
  const booking = await bookViaApi(request, menteeToken, { mentorId, startsAt: slot.startsAt, timeZone: TOKYO });
  const room = await sessionRoomOf(request, menteeToken, booking.id);
  const mentor = await browserFor(browser, DEMO.mentor);
  try {
    // the mentor is in the room first: a socket is told when someone comes online, not who already is
    await mentor.page.goto(`/conversations/${room}`);
    await expect(mentor.page.getByRole("heading", { level: 1, name: `Session with ${OSCAR.name}` })).toBeVisible();
    await signIn(page, mentee.email, mentee.password, `/conversations/${room}`);
    await expect(page.getByRole("heading", { level: 1, name: `Session with ${OSCAR.name}` })).toBeVisible();
    await expect(page.getByText(/Session booked for/)).toBeVisible();
    await expect(mentor.page.getByTestId("presence")).toHaveText(`${mentee.name} · online`);

    await markPage(page);
    await page.context().setOffline(true);
    await expect(page.getByTestId("connection-banner")).toContainText("You're offline");
    await expect(mentor.page.getByTestId("presence")).toHaveText(`${mentee.name} · offline`);

    const texts = ["First: did you get my notes?", "Second: let's start with your goals.", "Third: see you soon!"];
    const composer = mentor.page.getByRole("textbox", { name: `Message ${mentee.name}` });
    for (const text of texts) {
      await composer.fill(text);
      await composer.press("Enter");
      await expect(mentor.page.getByRole("listitem").filter({ hasText: text }).getByText(/Delivered|Seen/)).toBeVisible();
    }
    // nothing reaches the mentee while offline
    await expect(page.getByText(texts[0]!)).toHaveCount(0);

    await page.context().setOffline(false);
    await expect(page.getByTestId("connection-banner")).toHaveCount(0, { timeout: 20_000 });
    const messages = page.getByRole("list", { name: "Messages" }).locator("li[data-seq]");
    await expect
      .poll(async () => (await messages.allInnerTexts()).flatMap((t) => texts.filter((x) => t.includes(x))), { timeout: 20_000 })
      .toEqual(texts);
    expect(await stillSamePage(page), "caught up without a reload").toBe(true);
  } finally {
    await mentor.context.close();
    await cancelAllUpcoming(request, mentee);
  }
});

/** Marks the loaded document, so a later check can tell it was never reloaded. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __e2eMark: boolean }).__e2eMark = true));
}

async function stillSamePage(page: Page) {
  return page.evaluate(() => (window as unknown as { __e2eMark?: boolean }).__e2eMark === true);
}
