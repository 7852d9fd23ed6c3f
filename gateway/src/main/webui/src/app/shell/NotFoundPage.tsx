import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/EmptyState";

export default function NotFoundPage() {
  return (
    <EmptyState title="Page not found" action={<Button asChild><Link to="/mentors">Find a mentor</Link></Button>}>
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </EmptyState>
  );
}
