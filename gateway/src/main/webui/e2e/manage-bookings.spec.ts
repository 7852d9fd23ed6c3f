import { expect, test } from "@playwright/test";
import {
  anyOf,
  bookViaApi,
  cancelAllUpcoming,
  freeSlots,
  newPerson,
  OSCAR,
  oscarId,
  signIn,
  signUp,
  signUpViaApi,
  slotButtonName,
} from "./support";

const LOS_ANGELES = "America/Los_Angeles";

test("a mentee reschedules a session and then cancels it from My bookings", async ({ page, request }) => {
  const mentee = newPerson("Planner");
  const token = await signUpViaApi(request, mentee, LOS_ANGELES);
  const mentorId = await oscarId(request);
  const slots = await freeSlots(request, token, mentorId, LOS_ANGELES);
  const first = anyOf(slots.slice(0, 30));
  await bookViaApi(request, token, { mentorId, startsAt: first.startsAt, timeZone: LOS_ANGELES, note: "Career plan review" });
  try {
    await signIn(page, mentee.email, mentee.password, "/bookings");
    await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
    await expect(page.getByText(/Times are in America\/Los Angeles/)).toBeVisible();
    const card = page.getByRole("article", { name: `Session with ${OSCAR.name}` });
    await expect(card).toHaveCount(1);
    await expect(card.getByText("Confirmed")).toBeVisible();
    await expect(card.getByText(new RegExp(`^${first.time}–`))).toBeVisible();
    await expect(card.getByText("Career plan review")).toBeVisible();

    const target = await test.step("moves it to another free time in a dialog", async () => {
      await card.getByRole("button", { name: "Reschedule" }).click();
      const dialog = page.getByRole("dialog", { name: `Reschedule your session with ${OSCAR.name}` });
      await expect(dialog.getByText(/^Times are shown in America\/Los Angeles/)).toBeVisible();
      const choices = dialog.locator('[role="group"] button[aria-pressed]');
      await expect(choices.first()).toBeVisible();
      const choice = choices.nth(Math.floor(Math.random() * Math.min(await choices.count(), 30)));
      const name = (await choice.getAttribute("aria-label"))!;
      await choice.click();
      await dialog.getByRole("button", { name: `Move to ${name}` }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(/^Session moved to /)).toBeVisible();
      return name;
    });

    await test.step("sees the new time and where it moved from", async () => {
      const [, time] = target.split(", ");
      await expect(card.getByText(new RegExp(`^${time}–`))).toBeVisible();
      await expect(card.getByText(new RegExp(`^Moved from .*${first.time}`))).toBeVisible();
    });

    await test.step("cancels it with a reason, in a dialog", async () => {
      await card.getByRole("button", { name: "Cancel", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Cancel this session?" });
      await dialog.getByLabel("Reason (optional)").fill("My plans changed");
      await dialog.getByRole("button", { name: "Cancel session" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText("Session cancelled")).toBeVisible();
      await expect(page.getByRole("tab", { name: "Upcoming (0)" })).toBeVisible();
      await page.getByRole("tab", { name: /^Past/ }).click();
      const cancelled = page.getByRole("article", { name: `Session with ${OSCAR.name}` });
      await expect(cancelled.getByText("Cancelled", { exact: true })).toBeVisible();
      await expect(cancelled.getByText(/My plans changed/)).toBeVisible();
    });
  } finally {
    await cancelAllUpcoming(request, mentee);
  }
});

test("a time someone else books first is reported as just taken, and the free times refresh", async ({ page, request }) => {
  const mentee = newPerson("Latecomer");
  await signUp(page, mentee, LOS_ANGELES);
  const rival = newPerson("Rival");
  const rivalToken = await signUpViaApi(request, rival, "Europe/Lisbon");
  const mentorId = await oscarId(request);
  try {
    await page.goto(`/mentors/${mentorId}/book`);
    await expect(page.getByText(/^Times are shown in America\/Los Angeles/)).toBeVisible();
    const slots = await freeSlots(request, rivalToken, mentorId, LOS_ANGELES);
    const wanted = anyOf(slots.slice(0, 40));
    const button = page.getByRole("button", { name: slotButtonName(wanted), exact: true });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await page.getByLabel("Note for Oscar (optional)").fill("Hoping to get this slot");

    // meanwhile, someone else books that very time
    await bookViaApi(request, rivalToken, { mentorId, startsAt: wanted.startsAt, timeZone: "Europe/Lisbon" });

    await page.getByRole("button", { name: "Book session" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That time was just taken — pick another." })).toBeVisible();
    await expect(page.getByText("The free times below are up to date.")).toBeVisible();
    await expect(page.getByRole("button", { name: slotButtonName(wanted), exact: true })).toHaveCount(0);
    await expect(page.locator('[role="group"] button[aria-pressed]').first()).toBeVisible();
    await expect(page.getByText(`Pick a time to book your session with ${OSCAR.name}.`)).toBeVisible();
  } finally {
    await cancelAllUpcoming(request, rival);
  }
});

test("with the booking service down, bookings say so kindly while the directory still works @service-down", async ({ page, request }) => {
  test.setTimeout(120_000);
  const mentorId = await oscarId(request);
  await signUp(page, newPerson("Patient"));

  await test.step("My bookings: a friendly error and the connection banner", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Bookings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
    await expect(page.getByTestId("connection-banner")).toContainText("Part of Mentra is not answering right now");
    const error = page.getByRole("alert").filter({ hasText: "Service unavailable" });
    await expect(error).toBeVisible({ timeout: 45_000 });
    await expect(error).toContainText("cannot be reached right now; try again in a few seconds");
    await expect(error.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  await test.step("the booking page: the mentor is there, the free times say they can't load", async () => {
    await page.goto(`/mentors/${mentorId}/book`);
    await expect(page.getByRole("heading", { level: 1, name: `Book a session with ${OSCAR.name}` })).toBeVisible();
    await expect(page.getByTestId("connection-banner")).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Service unavailable" })).toBeVisible({ timeout: 45_000 });
  });

  await test.step("the directory still works", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mentors" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Daniel", exact: true })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search mentors" }).fill("Oscar");
    await expect(page).toHaveURL(/[?&]q=Oscar(&|$)/);
    await page.getByRole("link", { name: OSCAR.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: OSCAR.name })).toBeVisible();
  });
});
