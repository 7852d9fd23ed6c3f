import { expect, test } from "@playwright/test";
import { browserFor, DEMO, newPerson, scanAndCapture, signUp } from "./support";

/**
 * A mentee applies to mentor; an admin, in another browser, approves; the mentee's app notices the new role
 * (token renewed, roles read again) and opens the mentor area, without signing out.
 */
test("a mentee applies, an admin approves in another browser, and the mentee's app opens the mentor area without signing out", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const person = newPerson("Applicant");

  await test.step("the mentee applies from their profile", async () => {
    await signUp(page, person, "Europe/Lisbon");
    await page.goto("/profile");
    const form = page.getByRole("form", { name: "Mentor application" });
    await form.getByLabel("Headline").fill("Product designer helping engineers think in user journeys");
    await form
      .getByLabel("About you")
      .fill("Ten years designing products used by millions; I mentor engineers who want to shape what they build, not only how.");
    await form.getByLabel("Expertise").fill("product design, user research,");
    await form.getByLabel("Session length").selectOption("30");
    await form.getByRole("button", { name: "Send application" }).click();
    const status = page.getByTestId("application-status");
    await expect(status).toContainText("Pending review");
    await scanAndCapture(page, testInfo, "application-pending", status);
  });

  const admin = await browserFor(browser, DEMO.admin);
  try {
    await test.step("the admin sees the application with the applicant's details and approves it", async () => {
      await admin.page.goto("/admin");
      await expect(admin.page).toHaveURL(/\/admin\/applications$/);
      const card = admin.page.getByRole("article", { name: person.name });
      await expect(card).toContainText("Product designer helping engineers think in user journeys");
      await expect(card).toContainText(person.email);
      await expect(card).toContainText("30 minutes");
      await expect(card).toContainText("Free");
      await scanAndCapture(admin.page, testInfo, "admin-applications", card);
      await card.getByRole("button", { name: `Approve ${person.name}` }).click();
      const dialog = admin.page.getByRole("dialog", { name: "Approve this application?" });
      await dialog.getByLabel("Note to the applicant (optional)").fill("Welcome aboard!");
      await dialog.getByRole("button", { name: "Approve", exact: true }).click();
      await expect(admin.page.getByText(`${person.name} is a mentor now`)).toBeVisible();
      await expect(card).toHaveCount(0);
      await admin.page.getByRole("tab", { name: "Approved" }).click();
      await expect(admin.page.getByRole("article", { name: person.name })).toContainText("Welcome aboard!");
    });
  } finally {
    await admin.context.close();
  }

  await test.step("the mentee's app notices the approval and opens the mentor area, still signed in", async () => {
    // no reload, no sign-in: the page polls the pending application, then renews its token for the new role
    await expect(page).toHaveURL(/\/mentor$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Mentor area" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Mentor", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: `Account: ${person.name}` })).toBeVisible();
    await scanAndCapture(page, testInfo, "mentor-area", page.getByRole("heading", { name: /^Welcome/ }));
    await page.goto("/profile");
    await expect(page.getByRole("link", { name: "Open the mentor area" })).toBeVisible();
  });
});

test("the admin area is only for admins: a mentee is told so, and the server refuses them anyway", async ({ page, request }) => {
  const person = newPerson("Curious");
  await signUp(page, person);
  await expect(page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await page.goto("/admin/operations");
  await expect(page.getByRole("heading", { name: "This area is for admins" })).toBeVisible();
  await page.goto("/mentor");
  await expect(page.getByRole("heading", { name: "This area is for mentors" })).toBeVisible();
  const token = await page.evaluate(async () => {
    const response = await fetch("/api/auth/token", { method: "POST", credentials: "same-origin" });
    return ((await response.json()) as { token: string }).token;
  });
  const refused = await request.get("/api/admin/booking/parked-events", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(403);
});
