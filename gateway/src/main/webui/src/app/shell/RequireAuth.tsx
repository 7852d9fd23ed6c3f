import { Navigate, Outlet, useLocation } from "react-router";
import { useAuth } from "@/lib/auth/AuthProvider";
import { PageFallback } from "@/components/PageFallback";

/** Screens for signed-in people: anyone else goes to sign-in and comes back to the same page afterwards. */
export function RequireAuth() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <PageFallback />;
  if (auth.status === "signed-out") {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?returnTo=${returnTo}${auth.expired ? "&expired=1" : ""}`} replace />;
  }
  return <Outlet />;
}
