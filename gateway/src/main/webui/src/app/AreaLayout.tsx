import type * as React from "react";
import { NavLink, Outlet } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { cn } from "@/lib/utils";

export type AreaTab = { to: string; label: string; icon: React.ComponentType<{ className?: string }>; end?: boolean };

/** The frame of a role's area (mentor, admin): its title and a row of tabs, scrollable on phones. */
export function AreaLayout({ title, description, label, tabs }: { title: string; description: string; label: string; tabs: AreaTab[] }) {
  return (
    <div>
      <PageHeader title={title} description={description} className="mb-4" />
      {tabs.length > 1 && (
      <nav aria-label={label} className="-mx-4 mb-6 overflow-x-auto border-b px-4">
        <ul className="flex min-w-max gap-1">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end={tab.end}
                className={({ isActive }) =>
                  cn(
                    "-mb-px inline-flex items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:rounded-md focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
                    isActive && "border-primary text-foreground",
                  )
                }
              >
                <tab.icon className="size-4" aria-hidden="true" />
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      )}
      <Outlet />
    </div>
  );
}
