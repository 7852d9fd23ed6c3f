import { expect, test, type Page } from "@playwright/test";
import { newPerson, recordPaintedTexts, signUp } from "./support";

const OFFLINE_BADGE = "Offline mentor — grounded in advice cards";

test("a new person finds an AI mentor in the directory, watches the answer stream in, and asks a follow-up", async ({ page }) => {
  await signUp(page, newPerson("Asker"));

  await test.step("searches the directory; the search is in the address", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mentors" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search mentors" }).fill("money");
    await expect(page).toHaveURL(/[?&]q=money(&|$)/);
    await expect(page.getByRole("heading", { level: 2, name: /^\d+ mentors?/ })).toBeVisible();
    await page.getByRole("link", { name: "Daniel", exact: true }).click();
  });

  await test.step("opens the AI mentor's page and starts a conversation", async () => {
    await expect(page.getByRole("heading", { level: 1, name: /Daniel/ })).toBeVisible();
    await expect(page.getByText("AI mentor").first()).toBeVisible();
    await page.getByRole("button", { name: "Ask Daniel" }).click();
    await expect(page).toHaveURL(/\/conversations\/[\w-]+$/);
    await expect(page.getByRole("heading", { name: "Ask Daniel anything" })).toBeVisible();
  });

  await test.step("asks a question and sees the answer stream in, then settle with its engine badge", async () => {
    await askAndWatchStream(page, "How much of my salary should I save every month?", 1);
  });

  await test.step("asks a follow-up in the same conversation and gets a second answer", async () => {
    await askAndWatchStream(page, "And where should I keep an emergency fund?", 2);
    const log = page.getByRole("log", { name: /Conversation with Daniel/ });
    await expect(log.getByText("How much of my salary should I save every month?")).toBeVisible();
    await expect(log.getByText("And where should I keep an emergency fund?")).toBeVisible();
  });
});

/** Sends `question` and proves the answer was painted piece by piece before the stored answer took its place. */
async function askAndWatchStream(page: Page, question: string, answers: number) {
  const painted = await recordPaintedTexts(page, '[data-answer="streaming"]');
  const composer = page.getByRole("textbox", { name: "Message to Daniel" });
  await composer.fill(question);
  await composer.press("Enter");
  await expect(page.getByText(question)).toBeVisible();

  const stored = page.locator('[data-answer="stored"]');
  await expect(stored).toHaveCount(answers, { timeout: 30_000 });
  await expect(page.locator('[data-answer="streaming"]')).toHaveCount(0);
  const texts = await painted();
  test.info().annotations.push({ type: "painted texts", description: `${texts.length} while answering "${question}"` });
  expect(new Set(texts).size, `distinct painted texts of the streaming answer: ${JSON.stringify(texts.slice(0, 5))}…`).toBeGreaterThan(1);

  // the streamed words are the stored answer's words, growing
  const answer = (await stored.nth(answers - 1).innerText()).trim();
  const last = texts[texts.length - 1]!;
  const firstWords = (text: string) => text.replace(/^.*?: /, "").split(/\s+/).slice(0, 3).join(" ");
  expect(answer).toContain(firstWords(last));
  expect(texts[0]!.length).toBeLessThan(last.length);

  const badges = page.getByText(OFFLINE_BADGE);
  await expect(badges).toHaveCount(answers);
  await expect(badges.nth(answers - 1)).toBeVisible();
}
