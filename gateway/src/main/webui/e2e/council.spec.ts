import { expect, test, type Page } from "@playwright/test";
import { newPerson, recordMostAtOnce, signUp } from "./support";

// a council's three stages at the offline engine's pace: members answer side by side, rank, then the chair writes
const COUNCIL_TIMEOUT = 60_000;

test("a person asks a curated council and sees every stage: answers streaming side by side, rankings, the synthesis", async ({ page }) => {
  await signUp(page, newPerson("Councillor"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Councils" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Councils" })).toBeVisible();

  await page.getByRole("button", { name: "Ask this council: Sustainable Success Council" }).click();
  await expect(page).toHaveURL(/\/conversations\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sustainable Success Council" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ask the council a question" })).toBeVisible();

  await askAndSeeEveryStage(page, "Question for Sustainable Success Council", "How do I keep a demanding job without burning out?", 3);
});

test("a person assembles their own council from two AI mentors and asks it", async ({ page }) => {
  const person = newPerson("Assembler");
  await signUp(page, person);
  await page.goto("/councils");
  const name = `Money and startups ${person.name.slice(-4)}`;

  const form = page.locator("#assemble");
  await form.getByRole("checkbox", { name: /^Daniel/ }).check();
  await form.getByRole("checkbox", { name: /^Kwame/ }).check();
  await expect(form.getByText("2 picked")).toBeVisible();
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("combobox", { name: "Chair" }).selectOption({ label: "Kwame — Startup Founder Mentor" });
  await form.getByRole("button", { name: "Assemble and ask" }).click();

  await expect(page).toHaveURL(/\/conversations\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(/chaired by Kwame/)).toBeVisible();
  await askAndSeeEveryStage(page, `Question for ${name}`, "Should I pay off my loans before starting a company?", 2);

  await page.goto("/councils");
  await expect(page.getByRole("region", { name: "Your councils" }).getByRole("button", { name: `Ask this council: ${name}` })).toBeVisible();
});

async function askAndSeeEveryStage(page: Page, composerLabel: string, question: string, members: number) {
  const writingAtOnce = await recordMostAtOnce(page, `article[aria-label$="'s answer"]`, "Writing…");
  const composer = page.getByRole("textbox", { name: composerLabel });
  await composer.fill(question);
  await composer.press("Enter");

  const session = page.getByRole("region", { name: /^Council session/ });
  await expect(session.getByText(question).or(page.getByText(question))).toBeVisible();

  await test.step("stage 1: every member answers, several streaming at once", async () => {
    const answers = session.getByRole("article", { name: /'s answer$/ });
    await expect(answers).toHaveCount(members, { timeout: COUNCIL_TIMEOUT });
    await expect(session.getByRole("button", { name: new RegExp(`Stage 1 · Answers.*${members} of ${members} answered`) })).toBeVisible({
      timeout: COUNCIL_TIMEOUT,
    });
    for (const answer of await answers.all()) {
      await expect(answer.getByText("Offline mentor — grounded in advice cards")).toBeVisible();
    }
    expect(await writingAtOnce(), "member answers streaming at the same time").toBeGreaterThanOrEqual(2);
  });

  await test.step("stage 2: the members rank each other's answers", async () => {
    await expect(session.getByRole("heading", { name: "The council's ranking" })).toBeVisible({ timeout: COUNCIL_TIMEOUT });
    await expect(session.getByRole("article", { name: /'s ranking$/ }).first()).toBeVisible();
    await expect(session.getByText("Ranked first")).toBeVisible();
  });

  await test.step("stage 3: the chair's synthesis", async () => {
    const synthesis = session.getByRole("article", { name: /^Synthesis by / });
    await expect(synthesis.getByRole("heading", { name: "The council's answer" })).toBeVisible({ timeout: COUNCIL_TIMEOUT });
    await expect(session.getByRole("heading", { name: /Council session · done/ })).toBeVisible({ timeout: COUNCIL_TIMEOUT });
    await expect(synthesis.getByText("Offline mentor — grounded in advice cards")).toBeVisible();
    expect((await synthesis.innerText()).length).toBeGreaterThan(100);
  });
}
