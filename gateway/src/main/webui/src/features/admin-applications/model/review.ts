/** The admins' application queue: which list, and what a decision needs. */

export const REVIEW_STATUSES = ["PENDING", "APPROVED", "DECLINED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_TAB_LABEL: Record<ReviewStatus, string> = {
  PENDING: "Waiting",
  APPROVED: "Approved",
  DECLINED: "Declined",
};

/** mentor-service keeps a decision's note to this many characters. */
export const NOTE_MAX = 1000;
/** A decline tells the applicant why: a reason of at least a few words. */
export const DECLINE_REASON_MIN = 10;

export type Decision = "approve" | "decline";

/** The note's problem, or null when it can be sent: optional for an approval, a real reason for a decline. */
export function noteError(decision: Decision, note: string): string | null {
  const text = note.trim();
  if (text.length > NOTE_MAX) return `Keep it to ${NOTE_MAX} characters.`;
  if (decision === "decline" && text.length < DECLINE_REASON_MIN) {
    return "Tell the applicant why, in a sentence: they read it with the decision.";
  }
  return null;
}

/** "€80.00 per session", "Free" — the price the applicant asked for. */
export function formatAskedPrice(price: { amountCents: number; currency: string | null } | null | undefined, locale?: string): string {
  if (!price) return "Free";
  const amount = price.amountCents / 100;
  if (!price.currency) return `${amount.toFixed(2)} per session`;
  try {
    return `${new Intl.NumberFormat(locale, { style: "currency", currency: price.currency }).format(amount)} per session`;
  } catch {
    return `${amount.toFixed(2)} ${price.currency} per session`;
  }
}

/** Reads a `?status=` value from the address; anything else is the waiting queue. */
export function reviewStatusOf(value: string | null): ReviewStatus {
  const upper = (value ?? "").toUpperCase();
  return (REVIEW_STATUSES as readonly string[]).includes(upper) ? (upper as ReviewStatus) : "PENDING";
}
