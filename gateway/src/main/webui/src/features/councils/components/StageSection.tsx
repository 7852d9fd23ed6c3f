import * as React from "react";
import { Accordion } from "radix-ui";
import { ChevronDownIcon } from "lucide-react";
import type { StageKey, StageStatus } from "../model/sessions";
import { STAGE_TITLES, StageIcon } from "./SessionStepper";

/** One stage of a session, collapsible; a stage that has not started cannot be opened yet. */
export function StageSection({
  stage,
  index,
  status,
  summary,
  children,
}: {
  stage: StageKey;
  index: number;
  status: StageStatus;
  summary: string;
  children: React.ReactNode;
}) {
  return (
    <Accordion.Item value={stage} disabled={status === "waiting"} className="border-t first:border-t-0">
      <Accordion.Header>
        <Accordion.Trigger className="group flex w-full items-center gap-3 px-3 py-3 text-left text-sm outline-none hover:bg-accent/40 focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-default disabled:hover:bg-transparent sm:px-4">
          <StageIcon status={status} />
          <span className="font-medium">
            Stage {index + 1} · {STAGE_TITLES[stage]}
          </span>
          <span className="min-w-0 truncate text-xs text-muted-foreground">{summary}</span>
          <ChevronDownIcon
            className="ml-auto size-4 shrink-0 text-muted-foreground transition-transform group-disabled:opacity-0 group-data-[state=open]:rotate-180"
            aria-hidden="true"
          />
        </Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content className="overflow-hidden data-[state=closed]:animate-accordion-up data-[state=open]:animate-accordion-down">
        <div className="px-3 pb-4 sm:px-4">{children}</div>
      </Accordion.Content>
    </Accordion.Item>
  );
}
