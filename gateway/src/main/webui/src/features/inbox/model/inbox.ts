import type { Booking } from "@/features/booking";
import type { Conversation } from "@/features/chat";
import { nextSessionWith } from "@/features/sessions";
import { isMentorConversation } from "./mentorConversation";

export { isMentorConversation };

/** One line of a mentor's inbox: a conversation with a mentee, what is unread in it and their next session. */
export type InboxEntry = {
  conversation: Conversation;
  mentee?: { userId: string; name: string };
  unread: number;
  /** When something last happened there: its newest message, else its opening. */
  activityAt: string;
  nextSession?: Booking;
};

/**
 * The mentor's inbox: every conversation they are the mentor in, the most recently active first (ties by id, so
 * the order never flickers), each with the mentee, the unread count and the soonest session still to come with
 * that mentee (`sessions` are the mentor's bookings).
 */
export function inboxEntries(
  conversations: readonly Conversation[],
  me: string | undefined,
  sessions: readonly Booking[],
  now: number,
): InboxEntry[] {
  return conversations
    .filter((c) => isMentorConversation(c, me))
    .map((c) => {
      const mentee = c.participants.find((p) => p.role === "MENTEE");
      return {
        conversation: c,
        mentee: mentee ? { userId: mentee.userId, name: mentee.name ?? "A mentee" } : undefined,
        unread: Math.max(0, c.unread ?? 0),
        activityAt: c.lastMessage?.createdAt ?? c.createdAt,
        nextSession: nextSessionWith(sessions, mentee?.userId, now),
      };
    })
    .sort((a, b) => Date.parse(b.activityAt) - Date.parse(a.activityAt) || a.conversation.id.localeCompare(b.conversation.id));
}

export function totalUnread(entries: readonly InboxEntry[]): number {
  return entries.reduce((sum, e) => sum + e.unread, 0);
}

/** The tab's title with what is unread in front: "(3) Mentra"; 99+ past 99. */
export function titleWithUnread(base: string, unread: number): string {
  if (unread <= 0) return base;
  return `(${unread > 99 ? "99+" : unread}) ${base}`;
}

/**
 * Whether the mentor's sessions list is behind what the inbox shows: a session room whose booking it does not
 * hold (a new booking), or a booking notice (moved, cancelled) newer than the list. `asked` holds what was
 * already asked for, so one change is asked for once.
 */
export function staleSessionsReason(
  conversations: readonly Conversation[],
  sessions: readonly Booking[] | undefined,
  sessionsUpdatedAt: number,
): string | undefined {
  if (!sessions) return undefined;
  const known = new Set(sessions.map((s) => s.id));
  for (const c of conversations) {
    if (c.kind !== "SESSION" || !c.bookingId) continue;
    if (!known.has(c.bookingId)) return `new:${c.bookingId}`;
    const last = c.lastMessage;
    if (last && last.author.kind === "SYSTEM" && Date.parse(last.createdAt) > sessionsUpdatedAt) return `notice:${last.id}`;
  }
  return undefined;
}
