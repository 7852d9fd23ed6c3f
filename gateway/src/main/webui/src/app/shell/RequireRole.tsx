import { Link, Outlet } from "react-router";
import { ShieldAlertIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { Button } from "@/components/ui/button";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";

const AREA: Record<string, string> = { admin: "admins", mentor: "mentors" };

/**
 * Screens for one role (inside {@link RequireAuth}). This only spares people a screen they cannot use: every
 * service refuses the calls behind it to anyone without the role, whatever the browser shows.
 */
export function RequireRole({ role }: { role: string }) {
  const auth = useAuth();
  if (hasRole(auth, role)) return <Outlet />;
  return (
    <EmptyState
      className="mx-auto mt-10 max-w-lg"
      icon={<ShieldAlertIcon />}
      title={`This area is for ${AREA[role] ?? role}`}
      action={
        <Button asChild variant="outline">
          <Link to="/">Go to the home page</Link>
        </Button>
      }
    >
      Your account doesn't have access to it.
      {role === "mentor" && " To mentor on Mentra, apply from your profile."}
    </EmptyState>
  );
}
