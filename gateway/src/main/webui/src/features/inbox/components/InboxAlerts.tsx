import * as React from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { chatKeys, useUnreadCount, type Conversation } from "@/features/chat";
import { useAuth } from "@/lib/auth/AuthProvider";
import { alertsFor, arrivals, notificationText } from "../model/alerts";
import { titleWithUnread } from "../model/inbox";
import { alertSettings, notificationPermission } from "../hooks/useAlertSettings";
import { playChime } from "../hooks/chime";

const BASE_TITLE = "Mentra";

/**
 * Mounted for mentors on every screen: the unread count in the tab's title, and, while the tab is hidden, the
 * sound or desktop notification the mentor turned on when a mentee writes or books. It watches the conversation
 * list the live socket keeps in the query cache, so it needs no socket of its own.
 */
export default function InboxAlerts() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const unread = useUnreadCount();

  React.useEffect(() => {
    document.title = titleWithUnread(BASE_TITLE, unread);
  }, [unread]);
  React.useEffect(() => () => void (document.title = BASE_TITLE), []);

  React.useEffect(() => {
    const key = JSON.stringify(chatKeys.conversations());
    let previous = queryClient.getQueryData<Conversation[]>(chatKeys.conversations());
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "updated" || JSON.stringify(event.query.queryKey) !== key) return;
      const next = event.query.state.data as Conversation[] | undefined;
      if (next === previous) return;
      const found = arrivals(previous, next, me);
      previous = next;
      const hidden = document.visibilityState === "hidden";
      const how = alertsFor(alertSettings(), { hidden, permission: notificationPermission() }, found);
      if (how.sound) playChime();
      if (how.notify) {
        const text = notificationText(found);
        const notification = new Notification(text.title, { body: text.body, tag: text.conversationId, icon: "/favicon.svg" });
        notification.onclick = () => {
          window.focus();
          navigate(`/mentor/inbox/${text.conversationId}`);
          notification.close();
        };
      }
    });
  }, [queryClient, me, navigate]);

  return null;
}
