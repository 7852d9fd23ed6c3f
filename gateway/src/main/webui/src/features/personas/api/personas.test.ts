import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { session, type AuthClient, type AuthState } from "@/lib/auth/session";
import { ApiError } from "@/lib/api/problem";
import type { TryEvent } from "../model/tryAnswer";
import { tryPersona } from "./personas";

/** An admin's session with a fixed token. */
class AdminAuth implements AuthClient {
  readonly mode = "local" as const;
  state(): AuthState {
    return { status: "signed-in", user: { id: "admin", name: "Admin", roles: ["admin"] } };
  }
  subscribe() {
    return () => undefined;
  }
  onTokenRenewed() {
    return () => undefined;
  }
  async getToken() {
    return "admin-token";
  }
  async handleUnauthorized() {
    return false;
  }
  async signOut() {}
}

/** A response whose body arrives in these pieces, as a slow stream does. */
function streamed(pieces: string[], init: ResponseInit = { headers: { "Content-Type": "text/event-stream" } }) {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, init);
}

let requests: Request[];

beforeEach(() => {
  session.use(new AdminAuth());
  requests = [];
});

afterEach(() => vi.unstubAllGlobals());

describe("trying a persona", () => {
  it("asks with the admin's token and reports each event as its piece of the stream arrives", async () => {
    vi.stubGlobal("fetch", async (request: Request) => {
      requests.push(request);
      return streamed([
        'data:{"type":"delta","text":"Anchor "}\n\ndata:{"type":"del',
        'ta","text":"high."}\n\n',
        'data:{"type":"final","text":"Anchor high.","reply":{"metadata":{"mode":"offline","cardIds":["ai-x-01"],"outsideField":false}}}\n\n',
      ]);
    });
    const events: TryEvent[] = [];
    await tryPersona("ai-x", "How do I anchor?", (e) => events.push(e), new AbortController().signal);

    expect(requests[0]!.url).toMatch(/\/api\/mentors\/ai\/ai-x\/try$/);
    expect(requests[0]!.headers.get("Authorization")).toBe("Bearer admin-token");
    expect(await requests[0]!.json()).toEqual({ messages: [{ speaker: "PERSON", text: "How do I anchor?" }] });
    expect(events).toEqual([
      { kind: "delta", text: "Anchor " },
      { kind: "delta", text: "high." },
      { kind: "final", text: "Anchor high.", metadata: { mode: "offline", cardIds: ["ai-x-01"], outsideField: false, suggestedMentorId: undefined } },
    ]);
  });

  it("throws the server's problem when the request is refused", async () => {
    vi.stubGlobal("fetch", async () =>
      new Response(JSON.stringify({ title: "Forbidden", status: 403, detail: "Admins only" }), {
        status: 403,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    const attempt = tryPersona("ai-x", "Q", () => undefined, new AbortController().signal);
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ status: 403, message: "Admins only" });
  });
});
