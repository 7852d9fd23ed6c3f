import { NavLink, Outlet } from "react-router";
import { BotIcon, UsersRoundIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/** The admin area's own navigation (each admin screen adds its entry here), above the screen. */
const SECTIONS = [
  { to: "/admin/personas", label: "AI mentors", icon: BotIcon },
  { to: "/admin/councils", label: "Councils", icon: UsersRoundIcon },
];

export function AdminLayout() {
  return (
    <div className="grid gap-6">
      <nav aria-label="Admin" className="-mx-4 overflow-x-auto border-b px-4">
        <ul className="flex gap-1">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                className={({ isActive }) =>
                  cn(
                    "-mb-px inline-flex items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground",
                    isActive && "border-primary text-foreground",
                  )
                }
              >
                <section.icon className="size-4" aria-hidden="true" />
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
