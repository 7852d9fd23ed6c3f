import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Conversation } from "@/lib/live/frames";
import { chatKeys } from "../api/keys";
import { openConversation, type NewConversation } from "../api/conversations";

/** Opens a conversation (with an AI mentor, a council or a human mentor) and goes to it. */
export function useOpenConversation() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: NewConversation) => openConversation(body),
    onSuccess: (conversation) => {
      queryClient.setQueryData<Conversation>(chatKeys.conversation(conversation.id), conversation);
      queryClient.setQueryData<Conversation[]>(chatKeys.conversations(), (list) =>
        list && !list.some((c) => c.id === conversation.id) ? [conversation, ...list] : list,
      );
      navigate(`/conversations/${conversation.id}`);
    },
  });
}
