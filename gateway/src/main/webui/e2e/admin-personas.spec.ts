import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import {
  browserFor,
  DEMO,
  DESKTOP,
  expectAccessible,
  nextPaint,
  PHONE,
  recordPaintedTexts,
  screenshot,
  signIn,
  tokenFor,
} from "./support";

const ANCHOR = { title: "Anchor with a researched number", tags: "salary, negotiation", body: "Before any salary negotiation, research the market range for the role and anchor your ask with a specific, researched number. The first number said shapes the rest of the talk." };
const WRITING = { title: "Get the whole offer in writing", tags: "offer, benefits", body: "Ask for the full offer in writing before you negotiate, so you compare salary, equity, leave and benefits as a whole rather than one line at a time." };
const QUESTION = "How do I anchor my salary negotiation with a researched number?";
// a changed card rebuilds the engine's index of every persona's cards before the next answer: seconds on an idle
// machine, much longer on a busy 2-core one
const ANSWER_TIMEOUT = 90_000;

test("an admin creates an AI persona with two cards, tries it and sees a card's advice in the answer; a mentee finds it in the directory", async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const name = `Nadia ${suffix} — Negotiation Coach`;

  await signIn(page, DEMO.admin);

  await test.step("opens the admin area and starts a new persona", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await page.getByRole("navigation", { name: "Admin area" }).getByRole("link", { name: "AI mentors" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "AI mentors" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Daniel/ })).toBeVisible();
    await checkScreen(page, testInfo, "admin-personas", page.getByRole("link", { name: /^Daniel/ }));
    await page.getByRole("link", { name: "New persona" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New AI mentor" })).toBeVisible();
    await checkScreen(page, testInfo, "admin-persona-new", page.getByLabel("System prompt"));
  });

  await test.step("writes the persona's profile and instructions", async () => {
    const form = page.getByRole("form", { name: "Persona profile" });
    // a refused form says what is missing, at the fields
    await form.getByRole("button", { name: "Create persona" }).click();
    await expect(form.getByText("Give the persona a name.")).toBeVisible();
    await form.getByLabel("Name").fill(name);
    await expect(form.getByLabel("Id")).toHaveValue(`ai-nadia-${suffix.toLowerCase()}-negotiation-coach`);
    await form.getByLabel("Headline").fill("Helps people negotiate salary and job offers calmly");
    await form.getByLabel("About").fill("I help people prepare for salary conversations and job offers with calm, researched asks and a clear walk-away point.");
    await form.getByLabel("Expertise").fill("negotiation, salary,");
    await form.getByLabel("Voice").fill("Calm and exact; short numbered steps.");
    await form.getByLabel("System prompt").fill("You are Nadia, a negotiation coach on Mentra. Ground every answer in your advice cards; stay within salary and offer negotiation.");
    await form.getByRole("button", { name: "Create persona" }).click();
    await expect(page).toHaveURL(/\/admin\/personas\/ai-nadia-[\w-]+\?tab=cards$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No advice cards yet" })).toBeVisible();
  });

  await test.step("adds two advice cards", async () => {
    for (const card of [ANCHOR, WRITING]) {
      await page.getByRole("button", { name: "Add card", exact: true }).first().click();
      const dialog = page.getByRole("dialog", { name: "New advice card" });
      await dialog.getByLabel("Title").fill(card.title);
      await dialog.getByLabel("Advice").fill(card.body);
      await dialog.getByLabel("Tags (optional)").fill(`${card.tags},`);
      if (card === ANCHOR) await checkScreen(page, testInfo, "admin-card-dialog", dialog.getByLabel("Advice"));
      await dialog.getByRole("button", { name: "Add card" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole("article", { name: card.title })).toBeVisible();
    }
    await expect(page.getByRole("tab", { name: "Advice cards (2)" })).toBeVisible();
  });

  await test.step("searches the cards", async () => {
    await page.getByRole("searchbox", { name: "Search cards" }).fill("equity writing");
    await expect(page.getByRole("article", { name: WRITING.title })).toBeVisible();
    await expect(page.getByRole("article", { name: ANCHOR.title })).toHaveCount(0);
    await page.getByRole("searchbox", { name: "Search cards" }).fill("");
    await expect(page.getByRole("article")).toHaveCount(2);
  });

  await test.step("asks it in “try it”: the answer streams in and uses the matching card's advice", async () => {
    const panel = page.getByRole("region", { name: "Try it" });
    const painted = await recordPaintedTexts(page, '[data-try-answer="streaming"]');
    await panel.getByLabel("Question").fill(QUESTION);
    await panel.getByRole("button", { name: "Ask" }).click();
    const answer = panel.locator('[data-try-answer="done"]');
    await expect(answer).toBeVisible({ timeout: ANSWER_TIMEOUT });
    await expect(answer).toContainText(ANCHOR.title);
    await expect(answer).toContainText("research the market range for the role");
    expect(new Set(await painted()).size, "the answer was painted piece by piece").toBeGreaterThan(1);
    await expect(panel.getByText("Offline mentor — grounded in advice cards")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Cards the answer used" }).getByText(`#1 ${ANCHOR.title}`)).toBeVisible();
    await expect(page.getByRole("article", { name: ANCHOR.title }).getByText("Closest match in the last answer")).toBeVisible();
    await checkScreen(page, testInfo, "admin-persona-editor", answer);
    // the README's picture of the editor, tall enough for the answer and the cards it used; and the same in dark
    await page.setViewportSize({ width: DESKTOP.width, height: 1000 });
    await nextPaint(page);
    await screenshot(page, testInfo, "readme-admin-persona-editor");
    await page.emulateMedia({ colorScheme: "dark" });
    await nextPaint(page);
    await expectAccessible(page, "admin-persona-editor in dark", { soft: true });
    await screenshot(page, testInfo, "admin-persona-editor-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize(DESKTOP);
  });

  await test.step("retires the card and the next answer no longer uses it", async () => {
    await page.getByRole("button", { name: `Retire ${ANCHOR.title}` }).click();
    await expect(page.getByRole("article", { name: ANCHOR.title })).toHaveCount(0);
    await expect(page.getByRole("tab", { name: "Advice cards (1)" })).toBeVisible();
    const panel = page.getByRole("region", { name: "Try it" });
    await panel.getByRole("button", { name: "Ask" }).click();
    const answer = panel.locator('[data-try-answer="done"]');
    await expect(answer).toBeVisible({ timeout: ANSWER_TIMEOUT });
    await expect(answer).not.toContainText(ANCHOR.title);
    await page.getByRole("group", { name: "Which cards" }).getByRole("button", { name: "Retired" }).click();
    await page.getByRole("button", { name: `Restore ${ANCHOR.title}` }).click();
    await expect(page.getByRole("tab", { name: "Advice cards (2)" })).toBeVisible();
  });

  await test.step("the profile tab holds what people see", async () => {
    await page.getByRole("tab", { name: "Profile" }).click();
    await checkScreen(page, testInfo, "admin-persona-profile", page.getByLabel("System prompt"));
  });

  await test.step("a mentee finds the persona in the directory and opens it", async () => {
    const mentee = await browserFor(browser, DEMO.mentee);
    try {
      await mentee.page.goto(`/mentors?q=${encodeURIComponent(`Nadia ${suffix}`)}`);
      await mentee.page.getByRole("link", { name: new RegExp(`Nadia ${suffix}`) }).first().click();
      await expect(mentee.page.getByRole("heading", { level: 1, name: new RegExp(`Nadia ${suffix}`) })).toBeVisible();
      await expect(mentee.page.getByText("Helps people negotiate salary and job offers calmly")).toBeVisible();
      // and the admin area is not theirs
      await mentee.page.goto("/admin/personas");
      await expect(mentee.page.getByRole("heading", { name: "This area is for admins" })).toBeVisible();
      await expect(mentee.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
    } finally {
      await mentee.context.close();
    }
  });
});

test("an admin curates a public council, rewrites its members and chair, and a mentee sees it until it is removed", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const name = `Negotiation table ${Date.now().toString(36).slice(-5).toUpperCase()}`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/councils");
  await expect(page.getByRole("heading", { level: 1, name: "Curated councils" })).toBeVisible();

  await test.step("curates a council of two AI mentors", async () => {
    await page.getByRole("button", { name: "New council" }).click();
    const dialog = page.getByRole("dialog", { name: "New curated council" });
    await dialog.getByRole("button", { name: "Curate council" }).click();
    await expect(dialog.getByText("Say what questions it is for")).toBeVisible();
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Purpose").fill("Money and offers: what to ask for, and what to accept.");
    await dialog.getByRole("checkbox", { name: /^Daniel/ }).check();
    await dialog.getByRole("checkbox", { name: /^Kwame/ }).check();
    await dialog.getByRole("combobox", { name: "Chair" }).selectOption({ label: "Kwame — Startup Founder Mentor" });
    await checkScreen(page, testInfo, "admin-council-dialog", dialog.getByRole("checkbox", { name: /^Daniel/ }));
    await dialog.getByRole("button", { name: "Curate council" }).click();
    await expect(dialog).toBeHidden();
  });

  const card = page.getByRole("article", { name });
  await test.step("rewrites it: a third member who chairs", async () => {
    await expect(card.getByText("Kwame")).toBeVisible();
    await card.getByRole("button", { name: `Edit ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${name}` });
    await dialog.getByRole("checkbox", { name: /^Meera/ }).check();
    await dialog.getByRole("combobox", { name: "Chair" }).selectOption({ label: "Meera — Engineering Career Coach" });
    await dialog.getByRole("button", { name: "Save council" }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByRole("listitem").filter({ hasText: "Meera" })).toContainText("chair");
    await checkScreen(page, testInfo, "admin-councils", card);
  });

  const mentee = await browserFor(browser, DEMO.mentee);
  try {
    await test.step("a mentee sees it among the curated councils, chaired by Meera", async () => {
      await mentee.page.goto("/councils");
      const curated = mentee.page.getByRole("region", { name: "Curated councils" });
      await expect(curated.getByRole("button", { name: `Ask this council: ${name}` })).toBeVisible();
    });

    await test.step("the admin removes it and it is gone for the mentee", async () => {
      await card.getByRole("button", { name: `Delete ${name}` }).click();
      await page.getByRole("dialog", { name: `Delete ${name}?` }).getByRole("button", { name: "Delete council" }).click();
      await expect(card).toHaveCount(0);
      await mentee.page.reload();
      await expect(mentee.page.getByRole("heading", { level: 2, name: "Curated councils" })).toBeVisible();
      await expect(mentee.page.getByRole("button", { name: `Ask this council: ${name}` })).toHaveCount(0);
    });
  } finally {
    await mentee.context.close();
  }
});

test("every persona and council curation route refuses a mentee's token through the gateway", async ({ request }) => {
  const mentee = await tokenFor(request, DEMO.mentee);
  const headers = { Authorization: `Bearer ${mentee}` };
  const card = { title: "Hijack", body: "Advice long enough to be valid here." };
  const calls = [
    request.get("/api/mentors/ai", { headers }),
    request.get("/api/mentors/ai/ai-finance", { headers }),
    request.put("/api/mentors/ai/ai-finance", { headers, data: {} }),
    request.get("/api/mentors/ai/ai-finance/cards", { headers }),
    request.post("/api/mentors/ai/ai-finance/cards", { headers, data: card }),
    request.put("/api/mentors/ai/ai-finance/cards/ai-finance-01", { headers, data: card }),
    request.post("/api/mentors/ai/ai-finance/cards/ai-finance-01/retire", { headers }),
    request.post("/api/mentors/ai/ai-finance/cards/ai-finance-01/restore", { headers }),
    request.post("/api/mentors/ai/ai-finance/try", { headers, data: { messages: [{ speaker: "PERSON", text: "Hi" }] } }),
    request.post("/api/councils/curated", { headers, data: { name: "x", purpose: "y", memberIds: ["ai-finance", "ai-startups"] } }),
  ];
  const councils = (await (await request.get("/api/councils")).json()) as { id: string; curated: boolean }[];
  const curated = councils.find((c) => c.curated)!;
  calls.push(request.put(`/api/councils/${curated.id}`, { headers, data: { name: "x", purpose: "y", memberIds: ["ai-finance", "ai-startups"] } }));
  calls.push(request.delete(`/api/councils/${curated.id}`, { headers }));
  for (const response of await Promise.all(calls)) {
    expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(403);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
});

/** Waits for the screen's content, then scans it with axe and captures it at desktop width and at 390 px (nothing wider than the phone). */
async function checkScreen(page: Page, testInfo: TestInfo, name: string, ready: Locator) {
  await expect(ready.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await nextPaint(page);
    await expect(ready.first()).toBeAttached();
    await expectAccessible(page, `${name} at ${size.width} px`, { soft: true });
    if (size === PHONE) {
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: nothing wider than the phone`).toBeLessThanOrEqual(PHONE.width);
    }
    await screenshot(page, testInfo, name);
  }
  await page.setViewportSize(DESKTOP);
}
