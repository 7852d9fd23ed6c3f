import { CrownIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { shortName } from "@/features/ai";
import type { CouncilMentor } from "../api/councils";

/** Who sits on a council, the chair first-class: small avatars with the names people call them by. */
export function CouncilMembers({ members, chairId }: { members: CouncilMentor[]; chairId: string }) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Members">
      {members.map((member) => {
        const chair = member.id === chairId;
        return (
          <li
            key={member.id}
            className="inline-flex items-center gap-1.5 rounded-full border bg-background py-0.5 pr-2.5 pl-0.5 text-sm"
            title={member.displayName}
          >
            <PersonAvatar name={member.displayName} className="size-6 text-[0.65rem]" />
            <span>{shortName(member.displayName)}</span>
            {chair && (
              <span className="inline-flex items-center gap-0.5 text-xs font-medium text-ai">
                <CrownIcon className="size-3" aria-hidden="true" /> chair
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
