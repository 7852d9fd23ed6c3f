import type * as React from "react";
import { CalendarDaysIcon, MessagesSquareIcon, UserRoundIcon } from "lucide-react";

/** A part of the mentor area: a tab in its navigation and a card on its home. */
export type AreaSection = {
  to: string;
  label: string;
  description: string;
  icon: React.ComponentType<{ className?: string }>;
};

/**
 * The mentor area's parts, in the order shown. Each screen a mentor works in adds itself here (its route goes
 * under `/mentor` in the router); until then the area points to the screens mentors already share with mentees.
 */
export const MENTOR_SECTIONS: AreaSection[] = [
  {
    to: "/conversations",
    label: "Messages",
    description: "Your session rooms and conversations with mentees, live.",
    icon: MessagesSquareIcon,
  },
  {
    to: "/bookings",
    label: "Sessions",
    description: "Sessions booked with you.",
    icon: CalendarDaysIcon,
  },
  {
    to: "/profile",
    label: "Profile",
    description: "Your account and how your application went.",
    icon: UserRoundIcon,
  },
];
