import { Link } from "react-router";
import { ArrowRightIcon, BotIcon, SparklesIcon, UsersRoundIcon, VideoIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** The first thing a visitor reads: what Mentra is, and where to go next. */
export function LandingHero({ signedIn }: { signedIn: boolean }) {
  return (
    <section
      aria-labelledby="landing-title"
      className="relative overflow-hidden rounded-3xl border bg-gradient-to-br from-primary/10 via-card to-ai/10 px-6 py-10 sm:px-10 sm:py-14"
    >
      <div className="grid items-center gap-10 lg:grid-cols-[1.25fr_1fr]">
        <div className="space-y-6">
          <Badge variant="outline" className="bg-background/60 py-1 backdrop-blur">
            <SparklesIcon aria-hidden="true" className="text-ai" /> Mentoring, three ways
          </Badge>
          <h1 id="landing-title" className="text-[2rem] leading-tight font-semibold tracking-tight text-balance sm:text-5xl">
            Good advice for your next step, whenever you need it.
          </h1>
          <p className="max-w-xl text-lg text-pretty text-muted-foreground">
            Ask an AI mentor one question at a time, put a big decision to a council of AI mentors who answer
            together, or book a live session with a human mentor and chat with them in real time.
          </p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link to="/mentors">
                Browse mentors <ArrowRightIcon aria-hidden="true" />
              </Link>
            </Button>
            {signedIn ? (
              <Button asChild size="lg" variant="outline" className="bg-background/60">
                <Link to="/conversations">Your conversations</Link>
              </Button>
            ) : (
              <Button asChild size="lg" variant="outline" className="bg-background/60">
                <Link to="/sign-up">Get started — it's free</Link>
              </Button>
            )}
          </div>
        </div>
        <HeroIllustration />
      </div>
    </section>
  );
}

/** A sketch of the three ways, drawn with the app's own pieces (no stock images); decorative only. */
function HeroIllustration() {
  return (
    <div aria-hidden="true" className="relative mx-auto hidden w-full max-w-sm sm:block">
      <div className="space-y-3">
        <IllustrationRow icon={<BotIcon />} tone="ai" title="Meera · AI mentor" text="Three steps to your promotion case…" />
        <div className="ml-8 rounded-2xl border bg-card p-4 shadow-lg">
          <div className="mb-2 flex items-center gap-2 text-sm font-medium">
            <UsersRoundIcon className="size-4 text-ai" /> Career Crossroads Council
          </div>
          <div className="flex -space-x-2">
            {["Hana", "Meera", "Daniel", "Leila"].map((name) => (
              <span key={name} className="rounded-full ring-2 ring-card">
                <PersonAvatar name={name} className="size-8 bg-card text-xs" />
              </span>
            ))}
          </div>
          <p className="mt-3 text-sm text-muted-foreground">4 mentors answered · the chair sums up</p>
        </div>
        <IllustrationRow icon={<VideoIcon />} tone="primary" title="Oscar · live at 14:00" text="45 min session booked" />
      </div>
    </div>
  );
}

function IllustrationRow({
  icon,
  tone,
  title,
  text,
}: {
  icon: React.ReactNode;
  tone: "ai" | "primary";
  title: string;
  text: string;
}) {
  return (
    <div className="flex items-center gap-3 rounded-2xl border bg-card p-4 shadow-md">
      <span
        className={
          tone === "ai"
            ? "grid size-10 place-items-center rounded-full bg-ai/15 text-ai [&_svg]:size-5"
            : "grid size-10 place-items-center rounded-full bg-primary/10 text-primary [&_svg]:size-5"
        }
      >
        {icon}
      </span>
      <div className="min-w-0">
        <p className="text-sm font-medium">{title}</p>
        <p className="truncate text-sm text-muted-foreground">{text}</p>
      </div>
    </div>
  );
}
