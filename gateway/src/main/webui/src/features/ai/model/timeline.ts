import type { ChatMessage, Draft, PendingMessage, Thread } from "@/features/chat";
import { aiMetadata, type AiMetadata } from "./metadata";

/** One row of a conversation with an AI mentor, in the order it is shown. */
export type AiItem =
  | { kind: "person"; key: string; message: ChatMessage }
  | { kind: "pending"; key: string; pending: PendingMessage }
  | { kind: "answer"; key: string; message: ChatMessage; metadata: AiMetadata }
  | { kind: "draft"; key: string; draft: Draft }
  | { kind: "notice"; key: string; message: ChatMessage; failed: boolean; retryText?: string };

/**
 * A person's message keeps one key from "sending" to stored (its clientId), so React keeps the same element and
 * only its status line changes.
 */
export function personKey(message: Pick<ChatMessage, "clientId" | "id">): string {
  return `person:${message.clientId ?? message.id}`;
}

export function draftKey(draft: Draft): string {
  return `draft:${draft.replyTo}:${draft.mentorId ?? ""}:${draft.stage}`;
}

/**
 * The rows of an AI conversation: stored messages in seq order; answers still streaming below them, where they
 * will be stored (after everything stored so far, even when a later question was asked meanwhile), so an answer
 * settles in place; my messages on their way at the end. A draft whose question is not stored yet (deltas can
 * overtake the question's own `message` frame) goes after my pending message, which is where the question will
 * appear. A failure notice offers to ask again only while it is the last word on the conversation.
 */
export function aiTimeline(thread: Thread): AiItem[] {
  const items: AiItem[] = [];
  const questionAt = new Map<string, number>();
  const lastPersonSeq = Math.max(0, ...thread.messages.filter(isPerson).map((m) => m.seq));
  for (const message of thread.messages) {
    if (isPerson(message)) {
      questionAt.set(message.id, items.length);
      items.push({ kind: "person", key: personKey(message), message });
    } else if (message.author.kind === "AI") {
      items.push({ kind: "answer", key: message.id, message, metadata: aiMetadata(message) });
    } else {
      const metadata = aiMetadata(message);
      const question = metadata.replyTo ? thread.messages.find((m) => m.id === metadata.replyTo) : undefined;
      const retryable =
        metadata.failed && question !== undefined && message.seq > lastPersonSeq && thread.pending.length === 0;
      items.push({
        kind: "notice",
        key: message.id,
        message,
        failed: metadata.failed,
        retryText: retryable ? question.text : undefined,
      });
    }
  }
  const asked = thread.drafts.filter((d) => questionAt.has(d.replyTo));
  // several at once (a question asked before the last was answered): the earlier question's first
  asked.sort((a, b) => questionAt.get(a.replyTo)! - questionAt.get(b.replyTo)!);
  for (const draft of asked) items.push({ kind: "draft", key: draftKey(draft), draft });
  for (const pending of thread.pending) {
    items.push({ kind: "pending", key: `person:${pending.clientId}`, pending });
  }
  for (const draft of thread.drafts) {
    if (!questionAt.has(draft.replyTo)) items.push({ kind: "draft", key: draftKey(draft), draft });
  }
  return items;
}

function isPerson(message: ChatMessage): boolean {
  return message.author.kind === "USER";
}
