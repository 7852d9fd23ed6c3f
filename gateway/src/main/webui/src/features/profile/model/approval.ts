/**
 * How the app notices that a mentor application was approved, without the person signing out. Three sources
 * tell it, each later than the last: the application's status (mentor-service decides), the roles in the
 * person's profile (identity-service grants the role when it reads the `mentor.published` event), and the roles
 * in the session token (only a renewed token carries the new role, and the mentor area needs it).
 */
export type ApprovalStage =
  /** no application waiting, or the person is a mentor already: nothing to watch */
  | "idle"
  /** waiting for an admin: ask mentor-service now and then */
  | "pending"
  /** approved; identity-service has not granted the role yet: ask for the profile until it has */
  | "granting"
  /** the profile has the role, the token not yet: renew the token */
  | "renew"
  /** the token carries the role: the mentor area opens */
  | "mentor";

export type ApprovalInputs = {
  /** The latest application's status, if any. */
  latestStatus?: string;
  /** Roles in the person's profile (/api/me), if loaded. */
  profileRoles?: readonly string[];
  /** Roles in the current session token. */
  tokenRoles: readonly string[];
  /** When the latest application was decided, if it was. */
  decidedAt?: string | null;
  now?: number;
};

/** An approval older than this is not waited on: the role came and went (a mentor retired since), or never will. */
export const APPROVAL_WAIT_MS = 15 * 60_000;

export function approvalStage({ latestStatus, profileRoles, tokenRoles, decidedAt, now = Date.now() }: ApprovalInputs): ApprovalStage {
  if (tokenRoles.includes("mentor")) return latestStatus === "APPROVED" ? "mentor" : "idle";
  const recentApproval = latestStatus === "APPROVED" && (!decidedAt || now - Date.parse(decidedAt) < APPROVAL_WAIT_MS);
  if (profileRoles?.includes("mentor")) return "renew";
  if (recentApproval) return "granting";
  if (latestStatus === "PENDING") return "pending";
  return "idle";
}

/** How often the application is asked about while it waits (only while the tab is shown). */
export const PENDING_POLL_MS = 15_000;
/** How often the profile is asked about between the approval and the role being granted (an event away). */
export const GRANTING_POLL_MS = 1_500;
/** After this long without the role, stop asking: the next focus or reload asks again. */
export const GRANTING_GIVE_UP_MS = 2 * 60_000;

/** The application list's refetch interval for its latest status. */
export function applicationPollInterval(latestStatus: string | undefined): number | false {
  return latestStatus === "PENDING" ? PENDING_POLL_MS : false;
}

/** Where a just-approved person goes: straight to the mentor area from where they watched the application. */
export function opensMentorArea(pathname: string): boolean {
  return pathname === "/profile" || pathname.startsWith("/profile/");
}
