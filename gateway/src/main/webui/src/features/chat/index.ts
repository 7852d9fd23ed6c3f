// The chat feature's public face: the live socket's provider and the hooks other features use for their own
// conversation screens (AI mentors and councils are conversations too).
export { LiveProvider, useLive } from "./live/LiveProvider";
export { useConversations, useConversation, useUnreadCount } from "./hooks/useConversations";
export { useThread, useLoadOlder } from "./hooks/useThread";
export { useChatActions, usePresence, useNow } from "./hooks/useChatActions";
export { useOpenConversation } from "./hooks/useOpenConversation";
export { chatKeys } from "./api/keys";
export type { ConversationKind } from "./api/conversations";
export type { Thread, PendingMessage, Draft } from "./model/thread";
export { lastSeq, typingNow, threadVersion } from "./model/thread";
export type { ChatMessage, Conversation } from "@/lib/live/frames";
export { LiveConversation } from "./components/LiveConversation";
export { Composer, MAX_MESSAGE_LENGTH } from "./components/Composer";
