/** Runtime settings the gateway serves at /config.json, so one build runs in every mode. */
export type RuntimeConfig = {
  /** "local": identity-service's own sign-in; "clerk": Clerk's, with its publishable key. */
  authMode: "local" | "clerk";
  clerkPublishableKey?: string;
};

const FALLBACK: RuntimeConfig = { authMode: "local" };

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchImpl("/config.json", { headers: { Accept: "application/json" } });
    if (!response.ok) return FALLBACK;
    const body: unknown = await response.json();
    if (typeof body !== "object" || body === null) return FALLBACK;
    const { authMode, clerkPublishableKey } = body as Record<string, unknown>;
    if (authMode === "clerk" && typeof clerkPublishableKey === "string" && clerkPublishableKey.length > 0) {
      return { authMode, clerkPublishableKey };
    }
    return FALLBACK;
  } catch {
    return FALLBACK;
  }
}
