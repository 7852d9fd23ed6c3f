import { Navigate, Outlet, useLocation } from "react-router";
import { ShieldAlertIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { PageFallback } from "@/components/PageFallback";
import { useAuth } from "@/lib/auth/AuthProvider";

/**
 * Screens for one role (the admin's): signed-out people go to sign-in, anyone without the role is told so. Hiding
 * the screens is a courtesy: the services refuse every admin call from anyone else whatever the client shows.
 */
export function RequireRole({ role }: { role: string }) {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <PageFallback />;
  if (auth.status === "signed-out") {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?returnTo=${returnTo}${auth.expired ? "&expired=1" : ""}`} replace />;
  }
  if (!auth.user.roles.includes(role)) {
    return (
      <EmptyState icon={<ShieldAlertIcon />} title="This page is for admins">
        You are signed in as {auth.user.name}, who cannot manage Mentra.
      </EmptyState>
    );
  }
  return <Outlet />;
}
