import type * as React from "react";
import { CalendarClockIcon, CalendarDaysIcon, InboxIcon, UserRoundIcon } from "lucide-react";

/** A part of the mentor area: a tab in its navigation and a card on its home. */
export type AreaSection = {
  to: string;
  label: string;
  description: string;
  icon: React.ComponentType<{ className?: string }>;
};

/**
 * The mentor area's parts, in the order shown. Each screen a mentor works in adds itself here (its route goes
 * under `/mentor` in the router).
 */
export const MENTOR_SECTIONS: AreaSection[] = [
  {
    to: "/mentor/inbox",
    label: "Inbox",
    description: "Every conversation with your mentees, live, with unread counts and their next session.",
    icon: InboxIcon,
  },
  {
    to: "/mentor/sessions",
    label: "Sessions",
    description: "The sessions you give, in your time zone: complete, no-show or cancel with a reason.",
    icon: CalendarDaysIcon,
  },
  {
    to: "/mentor/availability",
    label: "Availability",
    description: "Weekly hours, days off and booking rules, with a preview of the times mentees get.",
    icon: CalendarClockIcon,
  },
  {
    to: "/mentor/profile",
    label: "Mentor profile",
    description: "Your public page as mentees see it.",
    icon: UserRoundIcon,
  },
];
