import { expect, test, type Page } from "@playwright/test";
import { cancelAllUpcoming, newPerson, OSCAR, PHONE, signUp } from "./support";

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

test("on a phone, a new person signs up, asks an AI mentor and books Oscar, getting around with the tab bar", async ({ page, request }) => {
  const person = newPerson("Pocket");
  const tabs = page.getByRole("navigation", { name: "Main" });
  try {
    await signUp(page, person, "America/Los_Angeles");
    // the header's links are hidden on a phone: the tab bar at the bottom is the navigation
    await expect(tabs).toHaveCount(1);
    const tabBar = await tabs.boundingBox();
    expect(tabBar!.y + tabBar!.height).toBeGreaterThan(PHONE.height - 5);
    await expectNoSideways(page);

    await test.step("asks an AI mentor", async () => {
      await tabs.getByRole("link", { name: "Mentors" }).tap();
      await page.getByRole("searchbox", { name: "Search mentors" }).fill("money");
      await expect(page).toHaveURL(/[?&]q=money(&|$)/);
      await page.getByRole("link", { name: "Daniel", exact: true }).tap();
      await page.getByRole("button", { name: "Ask Daniel" }).tap();
      await expect(page).toHaveURL(/\/conversations\//);
      await expectNoSideways(page);
      const composer = page.getByRole("textbox", { name: "Message to Daniel" });
      await composer.fill("What is a good first budget?");
      await page.getByRole("button", { name: "Send" }).tap();
      await expect(page.locator('[data-answer="stored"]')).toHaveCount(1, { timeout: 30_000 });
      await expect(page.getByText("Offline mentor — grounded in advice cards")).toBeVisible();
      await expect(page.getByRole("textbox", { name: "Message to Daniel" })).toBeInViewport();
    });

    await test.step("books Oscar", async () => {
      await tabs.getByRole("link", { name: "Mentors" }).tap();
      await page.getByRole("group", { name: "Kind of mentor" }).getByRole("button", { name: "Human" }).tap();
      await page.getByRole("link", { name: OSCAR.name, exact: true }).tap();
      await page.getByRole("link", { name: "Book a session" }).tap();
      await expect(page.getByText(/^Times are shown in America\/Los Angeles/)).toBeVisible();
      await expectNoSideways(page);
      const slots = page.locator('[role="group"] button[aria-pressed]');
      await expect(slots.first()).toBeVisible();
      await slots.nth(Math.floor(Math.random() * Math.min(await slots.count(), 30))).tap();
      // the chosen time waits at the bottom of the screen, above the tab bar, until the booking panel is in view
      const onward = page.getByRole("button", { name: "Continue" });
      if (await onward.isVisible()) await onward.tap();
      const note = page.getByLabel("Note for Oscar (optional)");
      await note.fill("Booked from my phone");
      await page.getByRole("button", { name: "Book session" }).tap();
      await expect(page.getByRole("heading", { name: `You're booked with ${OSCAR.name}` })).toBeVisible();
      await expect(page.getByRole("heading", { name: `You're booked with ${OSCAR.name}` })).toBeInViewport();
    });

    await test.step("finds the session under Bookings", async () => {
      await tabs.getByRole("link", { name: "Bookings" }).tap();
      await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
      const card = page.getByRole("article", { name: `Session with ${OSCAR.name}` });
      await expect(card.getByText("Booked from my phone")).toBeVisible();
      await expectNoSideways(page);
    });
  } finally {
    await cancelAllUpcoming(request, person);
  }
});

/** Nothing on the page is wider than the phone (no sideways scrolling). */
async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}
