import { expect, test, type Page } from "@playwright/test";
import {
  anyOf,
  bookViaApi,
  browserFor,
  cancelAllUpcoming,
  DEMO,
  DESKTOP,
  expectAccessible,
  freeSlots,
  newPerson,
  nextPaint,
  OSCAR,
  oscarId,
  PHONE,
  screenshot,
  sessionRoomOf,
  signIn,
  signUpViaApi,
} from "./support";

const TOKYO = "Asia/Tokyo";

test("a mentor sees a session in their own zone, opens its room, and cancels it with a reason the mentee then reads", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const mentee = newPerson("Sessioner");
  const menteeToken = await signUpViaApi(request, mentee, TOKYO);
  const mentorId = await oscarId(request);
  const slot = anyOf((await freeSlots(request, menteeToken, mentorId, TOKYO)).slice(0, 60));
  const booking = await bookViaApi(request, menteeToken, { mentorId, startsAt: slot.startsAt, timeZone: TOKYO, note: "Portfolio review, please" });
  const room = await sessionRoomOf(request, menteeToken, booking.id);
  const mentor = await browserFor(browser, DEMO.mentor);
  try {
    const sessions = mentor.page;
    await sessions.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    await expect(sessions.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    const card = sessions.getByRole("article", { name: `Session with ${mentee.name}` });

    await test.step("in the mentor's zone (New York), not the mentee's (Tokyo), with the mentee's note", async () => {
      await expect(sessions.getByText(/Times are in your zone, America\/New York/)).toBeVisible();
      await expect(card).toHaveCount(1);
      const inNewYork = new Intl.DateTimeFormat("en-GB", { timeZone: OSCAR.timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(slot.startsAt));
      await expect(card.getByText(new RegExp(`^${inNewYork}–\\d\\d:\\d\\d · America/New York`))).toBeVisible();
      await expect(card.getByText("Portfolio review, please")).toBeVisible();
      await expect(card.getByText("Confirmed")).toBeVisible();
      // not started: nothing to complete or mark missed yet
      await expect(card.getByRole("button", { name: "Mark completed" })).toHaveCount(0);
      await expect(card.getByRole("button", { name: "Mark no-show" })).toHaveCount(0);
    });

    await test.step("accessible and captured at desktop and phone width", async () => {
      await checkScreen(sessions, testInfo, "mentor-sessions");
    });

    await test.step("its room opens in the inbox", async () => {
      await card.getByRole("link", { name: "Open room" }).click();
      await expect(sessions).toHaveURL(new RegExp(`/mentor/inbox/${room}$`));
      await expect(sessions.getByRole("heading", { level: 1, name: `Session with ${mentee.name}` })).toBeVisible();
      await sessions.goBack();
    });

    await test.step("the mentor cancels it with a reason", async () => {
      await card.getByRole("button", { name: "Cancel" }).click();
      const dialog = sessions.getByRole("dialog", { name: "Cancel this session?" });
      await dialog.getByLabel("Reason (optional)").fill("I have to travel that day — please pick another time.");
      await dialog.getByRole("button", { name: "Cancel session" }).click();
      await expect(sessions.getByText("Session cancelled")).toBeVisible();
      await expect(card).toHaveCount(0);
      await sessions.getByRole("tab", { name: /^Past/ }).click();
      await expect(card.getByText("Cancelled", { exact: true })).toBeVisible();
      await expect(card.getByText("Cancelled by the mentor: I have to travel that day — please pick another time.")).toBeVisible();
    });

    await test.step("the mentee reads the reason in My bookings and in the room", async () => {
      await signIn(page, mentee.email, mentee.password, "/bookings?tab=past");
      const theirs = page.getByRole("article", { name: `Session with ${OSCAR.name}` });
      await expect(theirs.getByText("Cancelled by the mentor: I have to travel that day — please pick another time.")).toBeVisible();
      await page.goto(`/conversations/${room}`);
      await expect(page.getByRole("log").getByText(/The session was cancelled\. Reason: Cancelled by the mentor: I have to travel that day/)).toBeVisible();
    });
  } finally {
    await mentor.context.close();
    await cancelAllUpcoming(request, mentee);
  }
});

async function checkScreen(page: Page, testInfo: import("@playwright/test").TestInfo, name: string) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await nextPaint(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `nothing scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(1);
    await expectAccessible(page, `${name} at ${size.width} px`, { soft: true });
    await screenshot(page, testInfo, name);
  }
  await page.setViewportSize(DESKTOP);
}
