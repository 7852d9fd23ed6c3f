import { ActivityIcon, BotIcon, ClipboardCheckIcon, UsersIcon, UsersRoundIcon } from "lucide-react";
import type { AreaTab } from "../AreaLayout";

/** The admin area's parts, in the order shown; each admin screen adds itself here and its route under `/admin`. */
export const ADMIN_SECTIONS: AreaTab[] = [
  { to: "/admin/applications", label: "Applications", icon: ClipboardCheckIcon },
  { to: "/admin/mentors", label: "Mentors", icon: UsersIcon },
  { to: "/admin/personas", label: "AI mentors", icon: BotIcon },
  { to: "/admin/councils", label: "Councils", icon: UsersRoundIcon },
  { to: "/admin/operations", label: "Operations", icon: ActivityIcon },
];
