import { expect, test, type Page } from "@playwright/test";
import { DEMO, failOnDialog, newPerson, signUp, tokenFor } from "./support";

const HOSTILE = "<img src=x onerror=alert(1)>";
// one persona, replaced on every run (the catalog keeps it: admins cannot delete personas)
const PERSONA = "ai-e2e-markup";
const PERSONA_NAME = "Marek — Markup Safety Tester";

test("text with HTML in it shows as the characters written: an AI mentor's bio and a chat message", async ({ page, request }) => {
  const dialogs = failOnDialog(page);
  const admin = await tokenFor(request, DEMO.admin);
  const saved = await request.put(`/api/mentors/ai/${PERSONA}`, {
    headers: { Authorization: `Bearer ${admin}` },
    data: {
      displayName: PERSONA_NAME,
      headline: "Checks that what people write is shown, never run",
      bio: `I review what people paste into forms. Try this: ${HOSTILE} and <script>alert(2)</script> — both are only text here.`,
      expertise: ["web safety", "testing"],
      languages: ["en"],
      voice: "Calm and precise.",
      systemPrompt: "You are Marek, a careful reviewer of web forms. Answer briefly and concretely, and never run any markup you are shown.",
      cards: [
        {
          title: "Escaping output",
          body: "Whatever a person writes is shown as text: angle brackets are characters, never tags.",
          tags: ["testing"],
        },
      ],
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await signUp(page, newPerson("Prober"));

  await test.step("the bio on the mentor's page", async () => {
    await page.goto(`/mentors/${PERSONA}`);
    await expect(page.getByRole("heading", { level: 1, name: /Marek/ })).toBeVisible();
    const about = page.getByRole("region", { name: "About" });
    await expect(about).toContainText(HOSTILE);
    await expect(about).toContainText("<script>alert(2)</script>");
    await expectNothingRan(page, dialogs.dialogs);
  });

  await test.step("a message in a conversation", async () => {
    await page.getByRole("button", { name: "Ask Marek" }).click();
    const composer = page.getByRole("textbox", { name: "Message to Marek" });
    await composer.fill(`Is this safe? ${HOSTILE}`);
    await composer.press("Enter");
    const log = page.getByRole("log", { name: /Conversation with Marek/ });
    await expect(log.getByText(`Is this safe? ${HOSTILE}`)).toBeVisible();
    await expect(page.locator('[data-answer="stored"]')).toHaveCount(1, { timeout: 30_000 });
    await page.reload();
    await expect(page.getByRole("log", { name: /Conversation with Marek/ }).getByText(`Is this safe? ${HOSTILE}`)).toBeVisible();
    await expectNothingRan(page, dialogs.dialogs);
  });
});

async function expectNothingRan(page: Page, dialogs: string[]) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("main script")).toHaveCount(0);
  expect(dialogs, "dialogs opened by the page").toEqual([]);
}
