import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, newPerson, scanAndCapture, signIn, signUpViaApi, tokenFor } from "./support";

/** A fresh human mentor (applied and approved through the API), known by a name no other test uses. */
async function newMentor(request: APIRequestContext, label: string, admin: string): Promise<string> {
  const person = newPerson(label);
  const token = await signUpViaApi(request, person, "Europe/Berlin");
  const applied = await request.post("/api/mentors/applications", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      headline: `${label} mentor for engineers changing teams`,
      bio: "Years of leading platform teams; I help engineers settle into new teams and grow their influence there.",
      expertise: ["platform"],
      languages: ["en"],
      timeZone: "Europe/Berlin",
      sessionMinutes: 45,
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  const { id } = (await applied.json()) as { id: string };
  const approved = await request.post(`/api/mentors/applications/${id}/approve`, { headers: { Authorization: `Bearer ${admin}` }, data: {} });
  expect(approved.status(), await approved.text()).toBe(200);
  return person.name;
}

test("an admin connects a mentor's Acuity calendar, is stopped from giving it to a second, and retires that one", async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const admin = await tokenFor(request, DEMO.admin);
  const first = await newMentor(request, "Acuityone", admin);
  const second = await newMentor(request, "Acuitytwo", admin);
  const calendar = String(Date.now()).slice(-9);
  const type = String(Date.now() + 7).slice(-8);

  await signIn(page, DEMO.admin);
  await page.goto("/admin/mentors");
  const search = page.getByRole("searchbox", { name: "Find a mentor" });

  await test.step("connects the first mentor to an Acuity calendar", async () => {
    await search.fill(first);
    const row = page.getByRole("group", { name: first });
    await expect(row.getByTestId("acuity-state")).toContainText("Not connected to Acuity");
    await row.getByRole("button", { name: `Connect Acuity for ${first}` }).click();
    const dialog = page.getByRole("dialog", { name: `Acuity for ${first}` });
    await dialog.getByLabel("Calendar id").fill(calendar);
    await dialog.getByLabel("Appointment type id").fill("type-1");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("digits only")).toBeVisible();
    await dialog.getByLabel("Appointment type id").fill(type);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByTestId("acuity-state")).toContainText(`Acuity calendar ${calendar}, appointment type ${type}`);
    await scanAndCapture(page, testInfo, "admin-mentors", row);
  });

  await test.step("the same calendar for a second mentor is refused, naming who holds it", async () => {
    await search.fill("Acuity");
    const row = page.getByRole("group", { name: second });
    await row.getByRole("button", { name: `Connect Acuity for ${second}` }).click();
    const dialog = page.getByRole("dialog", { name: `Acuity for ${second}` });
    await dialog.getByLabel("Calendar id").fill(calendar);
    await dialog.getByLabel("Appointment type id").fill(type);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toContainText(`${first} already holds this calendar`);
    await scanAndCapture(page, testInfo, "admin-acuity-taken", dialog);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("retires the second mentor, who then shows among the retired only", async () => {
    await search.fill(second);
    const row = page.getByRole("group", { name: second });
    await row.getByRole("button", { name: `Retire ${second}` }).click();
    await page.getByRole("dialog", { name: `Retire ${second}?` }).getByRole("button", { name: "Retire", exact: true }).click();
    await expect(page.getByText(`${second} is retired`)).toBeVisible();
    await expect(row).toHaveCount(0);
    await page.getByLabel("Status").selectOption("retired");
    await expect(page.getByRole("group", { name: second })).toContainText("Retired");
    const catalog = await request.get("/api/mentors", { params: { q: second, kind: "HUMAN" } });
    expect(((await catalog.json()) as { items: { displayName: string }[] }).items.map((m) => m.displayName)).not.toContain(second);
  });
});
