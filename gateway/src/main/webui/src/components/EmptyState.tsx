import * as React from "react";
import { cn } from "@/lib/utils";

/** Nothing here yet: says so, and what to do next. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  className,
}: {
  icon?: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col items-center gap-3 rounded-xl border border-dashed px-6 py-10 text-center", className)}>
      {icon && <div className="text-muted-foreground [&_svg]:size-8" aria-hidden="true">{icon}</div>}
      <h2 className="text-lg font-medium">{title}</h2>
      {children && <div className="max-w-md text-sm text-muted-foreground">{children}</div>}
      {action}
    </div>
  );
}
