import type { AiItem } from "../model/timeline";
import { AnswerBubble } from "./AnswerBubble";
import { PersonBubble } from "./PersonBubble";
import { SystemNotice } from "./SystemNotice";

/** The rows of an AI conversation. */
export function AiTimeline({
  items,
  mentorName,
  onRetry,
  onAskAgain,
}: {
  items: AiItem[];
  mentorName: string;
  onRetry: (clientId: string) => void;
  onAskAgain: (text: string) => void;
}) {
  return (
    <div className="space-y-4">
      {items.map((item) => {
        switch (item.kind) {
          case "person":
            return (
              <PersonBubble key={item.key} text={item.message.text} createdAt={item.message.createdAt} status="stored" />
            );
          case "pending":
            return (
              <PersonBubble
                key={item.key}
                text={item.pending.text}
                status={item.pending.state}
                error={item.pending.error}
                onRetry={() => onRetry(item.pending.clientId)}
              />
            );
          case "answer":
            return (
              <AnswerBubble
                key={item.key}
                mentorName={item.message.author.name ?? mentorName}
                text={item.message.text}
                streaming={false}
                mode={item.metadata.mode}
                createdAt={item.message.createdAt}
                suggestedMentorId={item.metadata.suggestedMentorId}
              />
            );
          case "draft":
            return <AnswerBubble key={item.key} mentorName={mentorName} text={item.draft.text} streaming />;
          case "notice": {
            const retryText = item.retryText;
            return (
              <SystemNotice
                key={item.key}
                text={item.message.text}
                failed={item.failed}
                onAskAgain={retryText ? () => onAskAgain(retryText) : undefined}
              />
            );
          }
        }
      })}
    </div>
  );
}
