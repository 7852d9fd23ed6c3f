import { Link } from "react-router";
import { ArrowRightIcon, BotIcon, CalendarClockIcon, UsersRoundIcon } from "lucide-react";
import { cn } from "@/lib/utils";

const WAYS = [
  {
    icon: BotIcon,
    title: "One AI mentor",
    text: "Pick a specialist in engineering careers, startups, product, money, leadership, wellbeing or career change, and ask anything, any time.",
    link: { to: "/mentors?kind=ai", label: "Meet the AI mentors" },
    tone: "bg-ai/15 text-ai",
  },
  {
    icon: UsersRoundIcon,
    title: "A council of AI mentors",
    text: "For the big decisions: several mentors answer the same question, weigh each other's answers, and a chair sums up the way forward.",
    link: { to: "/councils", label: "See the councils" },
    tone: "bg-ai/15 text-ai",
  },
  {
    icon: CalendarClockIcon,
    title: "Human mentors, live",
    text: "Book a session with an experienced person at a time that suits you, then chat in real time before, during and after it.",
    link: { to: "/mentors?kind=human", label: "Find a human mentor" },
    tone: "bg-primary/10 text-primary",
  },
] as const;

/** The three ways Mentra gives advice, each with its way in. */
export function WaysToGetAdvice() {
  return (
    <section aria-labelledby="ways-title" className="space-y-5">
      <h2 id="ways-title" className="text-2xl font-semibold tracking-tight">
        Three ways to get advice
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        {WAYS.map((way) => (
          <li key={way.title} className="flex flex-col gap-3 rounded-xl border bg-card p-5 shadow-sm">
            <span className={cn("grid size-11 place-items-center rounded-xl [&_svg]:size-5", way.tone)} aria-hidden="true">
              <way.icon />
            </span>
            <h3 className="font-semibold">{way.title}</h3>
            <p className="text-sm text-muted-foreground">{way.text}</p>
            <Link
              to={way.link.to}
              className="mt-auto inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              {way.link.label} <ArrowRightIcon className="size-4" aria-hidden="true" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
