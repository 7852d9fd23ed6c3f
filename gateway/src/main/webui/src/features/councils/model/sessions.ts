import type { ChatMessage, Draft, PendingMessage, Thread } from "@/features/chat";
import { aiMetadata, type AiMetadata, type AnswerMode } from "@/features/ai";
import { labelsIn, responseLabels } from "./labels";

export type CouncilMember = { id: string; name: string };

export const STAGES = ["answers", "rankings", "synthesis"] as const;
export type StageKey = (typeof STAGES)[number];
export type StageStatus = "waiting" | "running" | "done" | "failed";

export type MemberAnswer = {
  mentorId: string;
  name: string;
  /** thinking: nothing yet; streaming: a draft growing; answered: stored; missing: did not answer in time. */
  status: "thinking" | "streaming" | "answered" | "missing";
  text: string;
  mode?: AnswerMode;
};

/** A member's ranking of the others' answers, which it saw anonymised as "Response A", "Response B", … */
export type MemberRanking = { mentorId: string; name: string; order: string[]; text: string; streaming: boolean };

export type CouncilSession = {
  /** The question's message id. */
  id: string;
  /** Absent when the question lies before the loaded page of messages. */
  question?: ChatMessage;
  answers: MemberAnswer[];
  rankings: MemberRanking[];
  /** The aggregate ranking: mentor ids, best first. */
  aggregate?: { order: string[]; text: string; streaming: boolean };
  synthesis?: { mentorId?: string; name: string; text: string; streaming: boolean; mode?: AnswerMode };
  failure?: ChatMessage;
  /** "Response A" → the mentor id whose answer it was. */
  labels: Record<string, string>;
  stages: Record<StageKey, StageStatus>;
  /** interrupted: nothing came for so long that the session must have stopped (the server always stores a failure). */
  state: "running" | "done" | "failed" | "interrupted";
};

export type CouncilItem =
  | { kind: "session"; key: string; session: CouncilSession }
  /** My question on its way; once the server has it, its session shows (members thinking, or already streaming). */
  | { kind: "pending"; key: string; pending: PendingMessage; session?: CouncilSession }
  | { kind: "notice"; key: string; message: ChatMessage };

/** Well past chat-service's own AI timeout (120 s), with room for a browser clock that runs ahead. */
export const STALE_AFTER_MS = 10 * 60_000;

type Collected = { id: string; question?: ChatMessage; stored: { message: ChatMessage; metadata: AiMetadata }[]; drafts: Draft[] };

/**
 * Groups a council conversation into sessions, one per question (messages and drafts carry the question's id in
 * `replyTo`), each showing which members answered, which are missing, which are still streaming or thinking,
 * and which stage runs. Stored messages for a question not held (on an earlier page) form a session without its
 * question where they first appear. Drafts can overtake the question's own frame: a session of drafts alone
 * belongs to my question still on its way, shown under it.
 *
 * Keys follow a question from "on its way" to stored (its clientId), so its session keeps its state.
 */
export function councilTimeline(
  thread: Thread,
  members: readonly CouncilMember[] | undefined,
  now: number,
): CouncilItem[] {
  const collected = new Map<string, Collected>();
  type Slot = { kind: "session"; id: string } | { kind: "pending"; pending: PendingMessage } | Extract<CouncilItem, { kind: "notice" }>;
  const order: Slot[] = [];
  const sessionFor = (id: string) => {
    let found = collected.get(id);
    if (!found) {
      found = { id, stored: [], drafts: [] };
      collected.set(id, found);
      order.push({ kind: "session", id });
    }
    return found;
  };

  for (const message of thread.messages) {
    if (message.author.kind === "USER") {
      sessionFor(message.id).question = message;
      continue;
    }
    const metadata = aiMetadata(message);
    if (metadata.replyTo) sessionFor(metadata.replyTo).stored.push({ message, metadata });
    else order.push({ kind: "notice", key: message.id, message });
  }
  for (const pending of thread.pending) order.push({ kind: "pending", pending });
  for (const draft of thread.drafts) sessionFor(draft.replyTo).drafts.push(draft);

  const unclaimed = [...collected.values()].filter((c) => !c.question && c.stored.length === 0).map((c) => c.id);
  const claimed = new Set<string>();
  const items: CouncilItem[] = [];
  for (const slot of order) {
    if (slot.kind === "notice") {
      items.push(slot);
    } else if (slot.kind === "pending") {
      const { pending } = slot;
      const key = `q:${pending.clientId}`;
      const orphan = pending.state === "failed" ? undefined : unclaimed.shift();
      if (orphan) claimed.add(orphan);
      const session =
        orphan !== undefined
          ? buildSession(collected.get(orphan)!, members, now)
          : pending.state === "sent"
            ? buildSession({ id: key, stored: [], drafts: [] }, members, now)
            : undefined;
      items.push({ kind: "pending", key, pending, session });
    } else if (!claimed.has(slot.id)) {
      const c = collected.get(slot.id)!;
      const key = c.question ? `q:${c.question.clientId ?? c.question.id}` : `session:${c.id}`;
      items.push({ kind: "session", key, session: buildSession(c, members, now) });
    }
  }
  return items;
}

function buildSession(c: Collected, members: readonly CouncilMember[] | undefined, now: number): CouncilSession {
  const names = new Map<string, string>();
  for (const { message, metadata } of c.stored) {
    if (metadata.mentorId && message.author.kind === "AI" && message.author.name) names.set(metadata.mentorId, message.author.name);
  }
  for (const member of members ?? []) names.set(member.id, member.name);
  const nameOf = (id: string | undefined) => (id ? names.get(id) ?? id : "The council");

  const byStage = (stage: string) => c.stored.filter((s) => s.metadata.stage === stage && !s.metadata.failed);
  const draftsOf = (stage: string) => c.drafts.filter((d) => d.stage === stage);
  const answered = new Map(byStage("answer").map((s) => [s.metadata.mentorId ?? "", s]));
  const missing = new Map(byStage("missing").map((s) => [s.metadata.mentorId ?? "", s]));
  const answerDrafts = new Map(draftsOf("answer").map((d) => [d.mentorId ?? "", d]));
  const rankingsStored = byStage("ranking");
  const rankingDrafts = draftsOf("ranking").filter((d) => !rankingsStored.some((s) => s.metadata.mentorId === d.mentorId));
  const aggregateStored = byStage("aggregate").at(-1);
  const aggregateDraft = draftsOf("aggregate").at(-1);
  const synthesisStored = byStage("synthesis").at(-1);
  const synthesisDraft = draftsOf("synthesis").at(-1);
  const failure = c.stored.find((s) => s.metadata.failed)?.message;

  // who sits on the council: its members in order, then anyone else heard from (a council changed since)
  const seated = [...(members ?? []).map((m) => m.id)];
  for (const id of [...answered.keys(), ...missing.keys(), ...answerDrafts.keys()]) {
    if (id && !seated.includes(id)) seated.push(id);
  }

  const laterStageStarted =
    rankingsStored.length > 0 || rankingDrafts.length > 0 || !!aggregateStored || !!aggregateDraft || !!synthesisDraft || !!synthesisStored;
  const everyoneHeard = (members ?? []).length > 0 && (members ?? []).every((m) => answered.has(m.id) || missing.has(m.id));
  const answersDone = laterStageStarted || everyoneHeard;
  const rankingsDone = !!aggregateStored || !!synthesisDraft || !!synthesisStored;

  const lastActivity = Math.max(
    time(c.question?.createdAt),
    ...c.stored.map((s) => time(s.message.createdAt)),
  );
  const state: CouncilSession["state"] = synthesisStored
    ? "done"
    : failure
      ? "failed"
      : c.drafts.length === 0 && lastActivity > 0 && now - lastActivity > STALE_AFTER_MS
        ? "interrupted"
        : "running";
  const current: StageKey = !answersDone ? "answers" : !rankingsDone ? "rankings" : "synthesis";
  const stages = stageStatuses(state, current);

  const answers: MemberAnswer[] = [];
  for (const id of seated) {
    const stored = answered.get(id);
    const gone = missing.get(id);
    const draft = answerDrafts.get(id);
    const base = { mentorId: id, name: nameOf(id) };
    if (stored) answers.push({ ...base, status: "answered", text: stored.message.text, mode: stored.metadata.mode });
    else if (gone) answers.push({ ...base, status: "missing", text: gone.message.text });
    else if (draft) answers.push({ ...base, status: "streaming", text: draft.text });
    else if (stages.answers === "running") answers.push({ ...base, status: "thinking", text: "" });
  }

  const rankings: MemberRanking[] = [
    ...rankingsStored.map(({ message, metadata }) => ({
      mentorId: metadata.mentorId ?? "",
      name: nameOf(metadata.mentorId),
      order: metadata.ranking ?? labelsIn(message.text),
      text: message.text,
      streaming: false,
    })),
    ...rankingDrafts.map((d) => ({ mentorId: d.mentorId ?? "", name: nameOf(d.mentorId), order: labelsIn(d.text), text: d.text, streaming: true })),
  ].sort((a, b) => seatOf(seated, a.mentorId) - seatOf(seated, b.mentorId));

  const aggregate = aggregateStored
    ? { order: aggregateStored.metadata.ranking ?? [], text: aggregateStored.message.text, streaming: false }
    : aggregateDraft
      ? { order: [], text: aggregateDraft.text, streaming: true }
      : undefined;

  const synthesis = synthesisStored
    ? {
        mentorId: synthesisStored.metadata.mentorId,
        name: nameOf(synthesisStored.metadata.mentorId),
        text: synthesisStored.message.text,
        streaming: false,
        mode: synthesisStored.metadata.mode,
      }
    : synthesisDraft
      ? { mentorId: synthesisDraft.mentorId, name: nameOf(synthesisDraft.mentorId), text: synthesisDraft.text, streaming: true }
      : undefined;

  return {
    id: c.id,
    question: c.question,
    answers,
    rankings,
    aggregate,
    synthesis,
    failure,
    labels: responseLabels(aggregate, seated.filter((id) => answered.has(id))),
    stages,
    state,
  };
}

function stageStatuses(state: CouncilSession["state"], current: StageKey): Record<StageKey, StageStatus> {
  const at = STAGES.indexOf(current);
  const statusOf = (index: number): StageStatus => {
    if (state === "done" || index < at) return "done";
    if (index > at) return "waiting";
    return state === "running" ? "running" : "failed";
  };
  return { answers: statusOf(0), rankings: statusOf(1), synthesis: statusOf(2) };
}

function seatOf(seated: string[], id: string): number {
  const index = seated.indexOf(id);
  return index < 0 ? seated.length : index;
}

function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** What a screen reader hears when the latest session moves on (once per change, not per streamed word). */
export function sessionAnnouncement(session: CouncilSession | undefined): string {
  if (!session) return "";
  if (session.state === "done") return `The council's synthesis is ready, from ${session.synthesis?.name ?? "the chair"}.`;
  if (session.state === "failed") return session.failure?.text ?? "The council could not answer.";
  if (session.state === "interrupted") return "The council stopped before it finished. Ask again to retry.";
  if (session.stages.synthesis === "running") return "The rankings are in. The chair is writing the synthesis.";
  if (session.stages.rankings === "running") return "Every member has answered. The council is ranking the answers.";
  return "The council members are answering.";
}
