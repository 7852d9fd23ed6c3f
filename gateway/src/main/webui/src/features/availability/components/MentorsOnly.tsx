import { Link } from "react-router";
import { GraduationCapIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { Button } from "@/components/ui/button";

/** A mentor's screen opened by someone who is not one (yet): where to become one. */
export function MentorsOnly({ title }: { title: string }) {
  return (
    <div className="space-y-6">
      <h1 className="sr-only">{title}</h1>
      <EmptyState
        icon={<GraduationCapIcon />}
        title="This page is for mentors"
        action={
          <Button asChild>
            <Link to="/profile">Become a mentor</Link>
          </Button>
        }
      >
        Mentors set their hours and public profile here. Apply from your profile; an admin reviews every application.
      </EmptyState>
    </div>
  );
}
