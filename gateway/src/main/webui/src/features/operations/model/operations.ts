import type { AdminService } from "@/lib/api/adminClient";

/** What the operations screen shows of parked events, service health and replays. */

export const PARKED_STATUSES = ["waiting", "replayed", "all"] as const;
export type ParkedStatus = (typeof PARKED_STATUSES)[number];
export const PARKED_STATUS_LABEL: Record<ParkedStatus, string> = { waiting: "Waiting", replayed: "Replayed", all: "All" };

export const SERVICE_NAME: Record<AdminService, string> = {
  identity: "identity-service",
  mentor: "mentor-service",
  booking: "booking-service",
  chat: "chat-service",
};

/** A payload as received: indented when it is JSON, else as it came (it may be what made the event unreadable). */
export function formatPayload(payload: string | undefined): string {
  if (!payload) return "(empty)";
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/**
 * The error's gist for a list: the innermost cause (the database's or the parser's own words), without the
 * Java class names' packages. The whole chain is shown when the event is opened.
 */
export function errorGist(error: string | undefined): string {
  if (!error?.trim()) return "No error recorded";
  const lines = error.split("\n").map((line) => line.replace(/^caused by /, "").trim()).filter(Boolean);
  const root = lines[lines.length - 1] ?? error;
  return root.replace(/^(?:[a-z_$][\w$]*\.)+([A-Z][\w$]*)/, "$1");
}

const OUTCOME: Record<string, string> = {
  APPLIED: "Applied",
  ALREADY_APPLIED: "Already applied earlier: not applied again",
  PARKED_AGAIN: "Failed again: still waiting",
};

export function outcomeLabel(outcome: string | undefined | null): string {
  return (outcome && OUTCOME[outcome]) ?? "Unknown outcome";
}

/** A replay of all waiting events, in a sentence. */
export function summarizeReplay(summary: { replayed?: number; applied?: number; alreadyApplied?: number; parkedAgain?: number }): string {
  const replayed = summary.replayed ?? 0;
  if (replayed === 0) return "Nothing was waiting.";
  const parts = [
    summary.applied ? `${summary.applied} applied` : null,
    summary.alreadyApplied ? `${summary.alreadyApplied} already applied` : null,
    summary.parkedAgain ? `${summary.parkedAgain} failed again` : null,
  ].filter(Boolean);
  return `${replayed} replayed: ${parts.join(", ")}.`;
}

/** The services' health in a line: all up, or which are down. */
export function healthSummary(services: readonly { service: string; status: string }[]): string {
  const down = services.filter((s) => s.status !== "UP").map((s) => s.service);
  if (services.length === 0) return "No services reported.";
  if (down.length === 0) return services.length === 1 ? "The service is up." : `All ${services.length} services are up.`;
  return `${down.join(", ")} ${down.length === 1 ? "is" : "are"} down.`;
}
