import { Link, Outlet } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/EmptyState";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";

/** Screens for mentors (inside RequireAuth): anyone else is told what they are and how to become one. */
export function RequireMentorRole() {
  const auth = useAuth();
  if (hasRole(auth, "mentor")) return <Outlet />;
  return (
    <EmptyState
      title="For mentors"
      action={
        <Button asChild>
          <Link to="/profile">Apply to mentor</Link>
        </Button>
      }
    >
      This part of Mentra is where mentors work. Apply from your profile; once an admin approves, it opens here.
    </EmptyState>
  );
}
