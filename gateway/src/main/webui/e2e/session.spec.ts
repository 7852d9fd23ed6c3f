import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./support";

test("a person whose session ended is sent to sign in and comes back to the page they were on", async ({ page, context }) => {
  const person = newPerson("Returner");
  await signUp(page, person);
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();

  // the session ends on the server, from another tab of the same browser (which clears the session cookie)
  const other = await context.newPage();
  await other.goto("/councils");
  const status = await other.evaluate(async () => (await fetch("/api/auth/sign-out", { method: "POST", credentials: "same-origin" })).status);
  expect(status).toBeLessThan(300);
  await other.close();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fbookings/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Mentra" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Account:/ })).toHaveCount(0);

  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/bookings$/);
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Account: ${person.name}` })).toBeVisible();
});
