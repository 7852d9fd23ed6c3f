import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import {
  cancelAllUpcoming,
  DESKTOP,
  expectAccessible,
  newPerson,
  nextPaint,
  OSCAR,
  oscarId,
  PHONE,
  screenshot,
  sessionRoomOf,
  signUp,
  tokenFor,
} from "./support";

/**
 * Every main screen, as a person reaches it, checked with axe (no serious or critical violation) and captured, at
 * desktop width and at 390 px: one tour, so each screen is seen with real content without repeating the journeys.
 */
test("every main screen passes an accessibility scan and is captured, on a desktop and on a phone", async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const person = newPerson("Inspector");
  const mentorId = await oscarId(request);
  const check = (name: string, ready: Locator) => checkScreen(page, testInfo, name, ready);

  try {
    await test.step("public screens", async () => {
      await page.goto("/");
      await check("landing", page.getByRole("link", { name: "Career Crossroads Council" }));
      await page.goto("/mentors");
      await check("directory", page.getByRole("heading", { level: 2, name: /^\d+ mentors?/ }));
      await page.goto("/mentors/ai-finance");
      await check("mentor-ai", page.getByRole("button", { name: "Ask Daniel" }).or(page.getByRole("link", { name: "Ask Daniel" })));
      await page.goto(`/mentors/${mentorId}`);
      await check("mentor-human", page.getByRole("heading", { name: "Reviews" }));
      await page.goto("/sign-in");
      await check("sign-in", page.getByRole("heading", { level: 1, name: "Sign in to Mentra" }));
      await page.goto("/sign-up");
      await check("sign-up", page.getByRole("heading", { level: 1, name: "Create your Mentra account" }));
    });

    await signUp(page, person, "Europe/Lisbon");

    await test.step("profile", async () => {
      await page.goto("/profile");
      await check("profile", page.getByLabel("Time zone"));
    });

    await test.step("booking a human mentor", async () => {
      await page.goto(`/mentors/${mentorId}/book`);
      const slots = page.locator('[role="group"] button[aria-pressed]');
      await expect(slots.first()).toBeVisible();
      await slots.nth(Math.floor(Math.random() * Math.min(await slots.count(), 40))).click();
      await check("book", page.getByRole("button", { name: "Book session" }));
      await page.getByRole("button", { name: "Book session" }).click();
      await expect(page.getByRole("heading", { name: `You're booked with ${OSCAR.name}` })).toBeVisible();
    });

    await test.step("my bookings", async () => {
      await page.goto("/bookings");
      await check("bookings", page.getByRole("article", { name: `Session with ${OSCAR.name}` }).getByRole("link", { name: "Open chat" }));
    });

    await test.step("a live conversation and the list of conversations", async () => {
      const token = await tokenFor(request, person.email, person.password);
      const bookings = (await (await request.get("/api/bookings", { headers: { Authorization: `Bearer ${token}` } })).json()) as { id: string }[];
      const room = await sessionRoomOf(request, token, bookings[0]!.id);
      await page.goto(`/conversations/${room}`);
      const composer = page.getByRole("textbox", { name: `Message ${OSCAR.name}` });
      await composer.fill("Hello! Sharing my CV before we meet.");
      await composer.press("Enter");
      // settled: stored (while on its way a message is drawn faded)
      await check("live-conversation", page.locator("li[data-seq]").filter({ hasText: "Hello! Sharing my CV before we meet." }));
    });

    await test.step("a conversation with an AI mentor", async () => {
      await page.goto("/mentors/ai-leadership");
      await page.getByRole("button", { name: /^Ask / }).click();
      await expect(page).toHaveURL(/\/conversations\//);
      const composer = page.getByRole("textbox", { name: /^Message to / });
      await composer.fill("How do I give difficult feedback to a peer?");
      await send(composer);
      await check("ai-conversation", page.locator('[data-answer="stored"]'));
    });

    await test.step("a council's conversation", async () => {
      await page.goto("/councils");
      await page.getByRole("button", { name: "Ask this council: Sustainable Success Council" }).click();
      await expect(page).toHaveURL(/\/conversations\//);
      const composer = page.getByRole("textbox", { name: "Question for Sustainable Success Council" });
      await composer.fill("How can I plan a sabbatical without losing momentum?");
      await send(composer);
      await check("council-conversation", page.getByRole("heading", { name: /Council session · done/ }));
    });

    await test.step("the list of conversations", async () => {
      await page.goto("/conversations");
      await check("conversations", page.getByRole("link", { name: /Session with Oscar Mentor/ }));
    });
  } finally {
    await cancelAllUpcoming(request, person);
  }
});

/** Waits for the screen's content (and for nothing to be loading any more), then scans and captures it at desktop width and at 390 px. */
async function checkScreen(page: Page, testInfo: TestInfo, name: string, ready: Locator) {
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
}

/**
 * Sends what the composer holds: Enter is taken once the conversation is ready to send (a fresh stack can take a
 * moment), and a message taken empties the composer; until then, press again.
 */
async function send(composer: Locator) {
  await expect(async () => {
    if ((await composer.inputValue()) !== "") await composer.press("Enter");
    await expect(composer).toHaveValue("", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
