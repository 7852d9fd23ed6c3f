// The web client's budgets, measured against a running Mentra (./mvnw -Prun), each beside a baseline measured in
// the same run:
//   1. JavaScript a route needs to show (gzip) ≤ 150 KB             — baseline: the smallest React app
//   2. directory's first meaningful paint (mentor cards) ≤ 1 s      — baseline: index.html + the search API, fetched bare
//   3. send → first streamed AI word, above the engine's own        — baseline: the engine's first word, asked directly
//      first word ≤ 300 ms
// Usage: npm run budget   (MENTRA_URL=http://localhost:8080 MENTRA_MENTOR_URL=http://localhost:8082 RUNS=5)
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const base = process.env.MENTRA_URL ?? "http://localhost:8080";
const mentorService = process.env.MENTRA_MENTOR_URL ?? "http://localhost:8082";
const runs = Number(process.env.RUNS ?? 5);
const KB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const rows = [];
for (const [name, measure] of [["JavaScript", javascript], ["Directory paint", directoryPaint], ["First AI word", firstAiWord]]) {
  try {
    await measure();
  } catch (error) {
    rows.push({ name, value: `not measured: ${String(error.message ?? error).split("\n")[0]}`, baseline: "", target: "", ok: false });
  }
}
await browser.close();
console.log("\n| budget | measured | baseline (same run) | target | |\n|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.baseline} | ${r.target} | ${r.ok ? "✓" : "✗"} |`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;

/**
 * 1. The scripts a cold browser downloads before the route's content is on screen (gzip-compressed as a server
 * sends them), and all it has downloaded once the network is idle. Baseline: the smallest React app, built by the
 * same Vite in this run (React and ReactDOM rendering one element).
 */
async function javascript() {
  const floor = await smallestReactApp();
  for (const [route, painted] of [["/", "main h1"], ["/mentors", 'main a[href^="/mentors/"]']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Map();
    let paintedAt = Infinity;
    page.on("response", (response) => {
      if (response.request().resourceType() === "script" && response.url().startsWith(base)) {
        scripts.set(response.url(), { response, at: Date.now() });
      }
    });
    await page.goto(base + route);
    await page.locator(painted).first().waitFor();
    paintedAt = Date.now();
    await page.waitForLoadState("networkidle");
    let beforePaint = 0;
    let all = 0;
    for (const { response, at } of scripts.values()) {
      const size = gzipSync(await response.body()).length;
      all += size;
      if (at <= paintedAt) beforePaint += size;
    }
    rows.push({
      name: `JavaScript to show ${route} (gzip; all by network idle: ${KB(all)}, ${scripts.size} files)`,
      value: KB(beforePaint),
      baseline: `smallest React app: ${KB(floor)}`,
      target: "≤ 150 KB",
      ok: beforePaint <= 150 * 1024,
    });
    await context.close();
  }
}

/** React and ReactDOM rendering one element, built for production by this Vite: the floor of any React app. */
async function smallestReactApp() {
  const { build } = await import("vite");
  const root = fileURLToPath(new URL("../node_modules/.cache/budget-floor/", import.meta.url));
  mkdirSync(root, { recursive: true });
  writeFileSync(`${root}/index.html`, '<div id="root"></div><script type="module" src="./main.js"></script>');
  writeFileSync(`${root}/main.js`, 'import { createRoot } from "react-dom/client"; import { createElement } from "react";\ncreateRoot(document.getElementById("root")).render(createElement("p", null, "Hello"));');
  const output = await build({ root, logLevel: "silent", configFile: false, build: { outDir: `${root}/dist`, emptyOutDir: true } });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === "chunk");
  return chunks.reduce((total, chunk) => total + gzipSync(chunk.code).length, 0);
}

/** 2. From navigation start to the first mentor card on screen, in a cold browser; median of `runs`. */
async function directoryPaint() {
  const paints = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // recorded by the page itself, at the first animation frame that shows a card (no polling delay)
    await page.addInitScript(() => {
      const check = () => {
        const card = document.querySelector('main a[href^="/mentors/"]');
        if (card && card.getBoundingClientRect().height > 0) window.__firstCard = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(`${base}/mentors`);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 10_000 });
    paints.push(await page.evaluate(() => window.__firstCard));
    await context.close();
    const start = performance.now();
    await (await fetch(`${base}/mentors`)).text();
    await (await fetch(`${base}/api/mentors?page=0&size=12`)).text();
    bare.push(performance.now() - start);
  }
  const paint = median(paints);
  rows.push({ name: `Directory: first mentor cards painted (median of ${runs}, cold cache)`, value: ms(paint), baseline: `index.html + search API, bare: ${ms(median(bare))}`, target: "≤ 1000 ms", ok: paint <= 1000 });
}

/** 3. Pressing send to the first word of the answer on screen, against the engine's own first word. */
async function firstAiWord() {
  const person = { email: `budget-${Date.now()}@bench.mentra.local`, password: "budget-password-1", name: "Budget Runner" };
  const signUp = await fetch(`${base}/api/auth/sign-up`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: new URL(base).origin },
    body: JSON.stringify(person),
  });
  if (!signUp.ok) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  const { token } = await signUp.json();
  const mentorId = "ai-finance";
  const questions = [
    "How big should my emergency fund be?",
    "Should I pay off debt or invest first?",
    "How do I make a budget that I can keep?",
    "What should I do with a pay rise?",
    "How do I compare two job offers on money?",
    "Is renting or buying better for me?",
    "How do I start investing with little money?",
  ].slice(0, runs);

  const engine = [];
  for (const text of questions) {
    const start = performance.now();
    const response = await fetch(`${mentorService}/internal/ai/mentors/${mentorId}/replies`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ messages: [{ speaker: "PERSON", text }] }),
    });
    const reader = response.body.getReader();
    let seen = "";
    while (!seen.includes('"delta"')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += new TextDecoder().decode(value);
    }
    engine.push(performance.now() - start);
    await reader.cancel();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: /^Account:/ }).waitFor();
  const ui = [];
  for (const text of questions) {
    const conversationId = await openConversation(token, mentorId);
    await page.goto(`${base}/conversations/${conversationId}`);
    const box = page.locator("#composer");
    await box.waitFor();
    await box.fill(text);
    await page.evaluate(() => {
      window.__firstWord = undefined;
      const textbox = document.querySelector("#composer");
      textbox.addEventListener("keydown", () => { window.__sentAt = performance.now(); }, { capture: true, once: true });
      const check = () => {
        const streaming = document.querySelector('[data-answer="streaming"]');
        if (streaming && /\w/.test(streaming.textContent ?? "")) window.__firstWord = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await box.press("Enter");
    await page.waitForFunction(() => window.__firstWord !== undefined, null, { timeout: 15_000 });
    ui.push(await page.evaluate(() => window.__firstWord - window.__sentAt));
    await page.locator('[data-answer="stored"]').first().waitFor({ timeout: 30_000 });
  }
  await context.close();
  const over = median(ui) - median(engine);
  rows.push({ name: `AI: send → first word on screen (median of ${runs})`, value: `${ms(median(ui))} (+${ms(over)} over the engine)`, baseline: `engine's first word, asked directly: ${ms(median(engine))}`, target: "≤ engine + 300 ms", ok: over <= 300 });
}

async function openConversation(token, mentorId) {
  const response = await fetch(`${base}/api/conversations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ kind: "AI_MENTOR", mentorId }),
  });
  return (await response.json()).id;
}
