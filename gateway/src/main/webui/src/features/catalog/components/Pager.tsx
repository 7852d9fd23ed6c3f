import { Link } from "react-router";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Previous / "Page X of Y" / Next; the links are real URLs, so a page can be opened in a new tab. */
export function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3">
      <PagerLink to={page > 1 ? hrefFor(page - 1) : null} label="Previous" rel="prev">
        <ChevronLeftIcon aria-hidden="true" /> Previous
      </PagerLink>
      <p className="text-sm text-muted-foreground">
        Page {page} of {pages}
      </p>
      <PagerLink to={page < pages ? hrefFor(page + 1) : null} label="Next" rel="next">
        Next <ChevronRightIcon aria-hidden="true" />
      </PagerLink>
    </nav>
  );
}

function PagerLink({ to, label, rel, children }: { to: string | null; label: string; rel: string; children: React.ReactNode }) {
  if (!to) {
    return (
      <Button variant="outline" size="sm" disabled aria-label={`${label} page`}>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link to={to} rel={rel} aria-label={`${label} page`}>
        {children}
      </Link>
    </Button>
  );
}
