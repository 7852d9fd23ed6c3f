// The AI feature's public face: the conversation with an AI mentor, and the pieces a council's conversation
// shares with it (reading AI metadata, the person's messages, answers' text and engine badge, notices). The
// frame and scroller of a conversation are shared by every conversation, in src/components/conversation.
export { AiConversation } from "./components/AiConversation";
export { aiMetadata, shortName, roleOf, type AiMetadata, type AnswerMode } from "./model/metadata";
export { starterQuestions } from "./model/starters";
export { PersonBubble } from "./components/PersonBubble";
export { Thinking } from "./components/AnswerBubble";
export { StreamingText } from "./components/StreamingText";
export { ModeBadge } from "./components/ModeBadge";
export { SystemNotice } from "./components/SystemNotice";
export { ThreadSkeleton } from "./components/ThreadSkeleton";
