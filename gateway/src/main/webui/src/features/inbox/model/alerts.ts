import type { Conversation } from "@/features/chat";
import { isMentorConversation } from "./mentorConversation";

/** Something worth telling a mentor who is looking elsewhere: a message from a mentee, or a newly booked session. */
export type Arrival = { conversationId: string; kind: "message" | "session"; from: string; text: string };

/**
 * What arrived between two versions of the conversation list: the newest message of each of my mentor
 * conversations that is newer than before and written by someone else, and session rooms that were not there.
 * The first load (`before` undefined) is not news.
 */
export function arrivals(
  before: readonly Conversation[] | undefined,
  after: readonly Conversation[] | undefined,
  me: string | undefined,
): Arrival[] {
  if (!before || !after) return [];
  const previous = new Map(before.map((c) => [c.id, c]));
  const found: Arrival[] = [];
  for (const c of after) {
    if (!isMentorConversation(c, me)) continue;
    const was = previous.get(c.id);
    const last = c.lastMessage;
    const mentee = c.participants.find((p) => p.role === "MENTEE")?.name ?? "A mentee";
    if (last && last.author.kind === "USER" && last.author.id !== me && last.seq > (was?.lastMessage?.seq ?? was?.lastSeq ?? 0)) {
      found.push({ conversationId: c.id, kind: "message", from: last.author.name ?? mentee, text: last.text });
    } else if (!was && c.kind === "SESSION") {
      found.push({ conversationId: c.id, kind: "session", from: mentee, text: `${mentee} booked a session` });
    }
  }
  return found;
}

/** What the mentor chose (both off until they turn them on). */
export type AlertSettings = { desktop: boolean; sound: boolean };
export const NO_ALERTS: AlertSettings = { desktop: false, sound: false };

export type Permission = NotificationPermission | "unsupported";

/**
 * How to tell the mentor about `found`: only while the tab is hidden (on screen they see it), a desktop
 * notification only when they turned it on and the browser allowed it, a sound only when they turned it on.
 */
export function alertsFor(
  settings: AlertSettings,
  state: { hidden: boolean; permission: Permission },
  found: readonly Arrival[],
): { notify: boolean; sound: boolean } {
  if (!state.hidden || found.length === 0) return { notify: false, sound: false };
  return { notify: settings.desktop && state.permission === "granted", sound: settings.sound };
}

/** A notification's title and text for what arrived (one message shown as it is; several counted). */
export function notificationText(found: readonly Arrival[]): { title: string; body: string; conversationId: string } {
  const first = found[0]!;
  if (found.length === 1) {
    return first.kind === "message"
      ? { title: first.from, body: first.text.length > 140 ? `${first.text.slice(0, 139)}…` : first.text, conversationId: first.conversationId }
      : { title: "New session booked", body: first.text, conversationId: first.conversationId };
  }
  const people = [...new Set(found.map((a) => a.from))];
  return { title: `${found.length} new in your inbox`, body: `From ${people.join(", ")}`, conversationId: first.conversationId };
}

const KEY = "mentra.inbox.alerts";

/** The settings kept in this browser (not server state: they belong to this device). */
export function readAlertSettings(storage: Pick<Storage, "getItem"> | undefined): AlertSettings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return NO_ALERTS;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return NO_ALERTS;
    const { desktop, sound } = parsed as Record<string, unknown>;
    return { desktop: desktop === true, sound: sound === true };
  } catch {
    return NO_ALERTS;
  }
}

export function writeAlertSettings(storage: Pick<Storage, "setItem"> | undefined, settings: AlertSettings) {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // private mode or full: the choice lasts this visit only
  }
}
