/** Query keys of the chat feature: every cache entry the live socket writes into is named here. */
export const chatKeys = {
  all: ["chat"] as const,
  conversations: () => ["chat", "conversations"] as const,
  conversation: (id: string) => ["chat", "conversation", id] as const,
  thread: (id: string) => ["chat", "thread", id] as const,
  presence: () => ["chat", "presence"] as const,
};
