import { Link } from "react-router";
import { ArrowRightIcon } from "lucide-react";
import { Card, CardDescription, CardHeader } from "@/components/ui/card";
import { useAuth } from "@/lib/auth/AuthProvider";
import { MENTOR_SECTIONS } from "./sections";

/** `/mentor`: where a mentor starts, one card per part of the mentor area. */
export default function MentorHome() {
  const auth = useAuth();
  const firstName = auth.status === "signed-in" ? auth.user.name.split(" ")[0] : "";
  return (
    <section aria-labelledby="mentor-home-title" className="space-y-4">
      <h2 id="mentor-home-title" className="text-lg font-semibold">
        Welcome{firstName ? `, ${firstName}` : ""}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {MENTOR_SECTIONS.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className="group block h-full rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
            >
              <Card className="h-full transition-colors group-hover:border-primary/50">
                <CardHeader className="gap-2">
                  <span className="flex items-center gap-2 font-semibold">
                    <section.icon className="size-5 text-primary" aria-hidden="true" />
                    {section.label}
                    <ArrowRightIcon
                      className="ml-auto size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5"
                      aria-hidden="true"
                    />
                  </span>
                  <CardDescription>{section.description}</CardDescription>
                </CardHeader>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
