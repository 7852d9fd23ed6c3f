import * as React from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import {
  CalendarClockIcon,
  CalendarDaysIcon,
  GraduationCapIcon,
  InboxIcon,
  MessagesSquareIcon,
  ShieldCheckIcon,
  UsersIcon,
  UsersRoundIcon,
} from "lucide-react";
import { Button } from "@/components/ui/button";
import { PersonAvatar } from "@/components/Initials";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import { cn } from "@/lib/utils";
import { useUnreadCount } from "@/features/chat";
import { MentorApprovalWatcher } from "@/features/profile";
import { ConnectionBanner } from "./ConnectionBanner";
import { RouteErrorBoundary } from "./RouteError";
import { ScrollToTop } from "./ScrollToTop";
import { PageFallback } from "@/components/PageFallback";

// the menu (Radix's dropdown and its positioning) loads once someone is signed in, not with the first page
const AccountMenu = React.lazy(() => import("./AccountMenu"));
// a mentor's tab title and background alerts: loaded only for mentors
const InboxAlerts = React.lazy(() => import("@/features/inbox/components/InboxAlerts"));

type NavItem = {
  to: string;
  label: string;
  icon: React.ComponentType<{ className?: string }>;
  badge?: number;
  /** Left out of the phone's tab bar (reached from another screen there). */
  desktopOnly?: boolean;
};

/** The frame of every screen: header, navigation (a tab bar on phones), the connection banner, the page. */
export function AppShell() {
  const auth = useAuth();
  const location = useLocation();
  const unread = useUnreadCount();
  const mentorUnread = useUnreadCount(MENTOR_KINDS);
  const signedIn = auth.status === "signed-in";
  const mentor = hasRole(auth, "mentor");
  const items: NavItem[] = [
    { to: "/mentors", label: "Mentors", icon: UsersIcon },
    { to: "/councils", label: "Councils", icon: UsersRoundIcon },
    ...(signedIn
      ? [
          { to: "/conversations", label: "Messages", icon: MessagesSquareIcon, badge: unread },
          { to: "/bookings", label: "Bookings", icon: CalendarDaysIcon },
        ]
      : []),
    ...(mentor
      ? [
          { to: "/mentor/inbox", label: "Inbox", icon: InboxIcon, badge: mentorUnread },
          { to: "/mentor/sessions", label: "Sessions", icon: CalendarClockIcon, desktopOnly: true },
        ]
      : []),
    // the role areas, for those who have the role in their session (a new mentor's appears on approval)
    ...(hasRole(auth, "mentor") ? [{ to: "/mentor", label: "Mentor", icon: GraduationCapIcon }] : []),
    ...(hasRole(auth, "admin") ? [{ to: "/admin", label: "Admin", icon: ShieldCheckIcon }] : []),
  ];

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/70">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
          <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight" aria-label="Mentra home">
            <img src="/favicon.svg" alt="" className="size-7" />
            <span className="text-lg">Mentra</span>
          </Link>
          <nav aria-label="Main" className="hidden flex-1 items-center gap-1 md:flex">
            {items.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                className={({ isActive }) =>
                  cn(
                    "inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                    isActive && "bg-accent text-accent-foreground",
                  )
                }
              >
                <item.icon className="size-4" aria-hidden="true" />
                {item.label}
                <UnreadBadge count={item.badge} />
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <Account />
          </div>
        </div>
        <ConnectionBanner />
      </header>

      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-6 pb-24 outline-none md:pb-10">
        <RouteErrorBoundary resetKey={location.pathname}>
          <React.Suspense fallback={<PageFallback />}>
            <Outlet />
          </React.Suspense>
        </RouteErrorBoundary>
      </main>

      <nav
        aria-label="Main"
        className="fixed inset-x-0 bottom-0 z-40 border-t bg-background/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
      >
        <ul className="mx-auto flex max-w-md justify-around">
          {items.filter((item) => !item.desktopOnly).map((item) => (
            <li key={item.to} className="flex-1">
              <NavLink
                to={item.to}
                className={({ isActive }) =>
                  cn(
                    "relative flex flex-col items-center gap-0.5 px-2 py-2 text-xs font-medium text-muted-foreground",
                    isActive && "text-primary",
                  )
                }
              >
                <item.icon className="size-5" aria-hidden="true" />
                {item.label}
                {item.badge ? (
                  <span className="absolute top-1 right-[calc(50%-1.25rem)]">
                    <UnreadBadge count={item.badge} />
                  </span>
                ) : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ScrollToTop />
      {mentor && (
        <React.Suspense fallback={null}>
          <InboxAlerts />
        </React.Suspense>
      )}
      {signedIn && (
        <React.Suspense fallback={null}>
          <MentorApprovalWatcher />
        </React.Suspense>
      )}
    </div>
  );
}

const MENTOR_KINDS = ["SESSION", "DIRECT"];

function UnreadBadge({ count }: { count?: number }) {
  if (!count) return null;
  return (
    <span
      data-testid="unread-badge"
      className="inline-flex min-w-5 items-center justify-center rounded-full bg-primary px-1.5 text-[0.7rem] leading-5 font-semibold text-primary-foreground"
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> unread</span>
    </span>
  );
}

function Account() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <div className="size-9" aria-hidden="true" />;
  if (auth.status === "signed-out") {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return (
      <div className="flex items-center gap-2">
        <Button asChild variant="ghost" size="sm">
          <Link to={`/sign-in?returnTo=${returnTo}`}>Sign in</Link>
        </Button>
        <Button asChild size="sm" className="hidden sm:inline-flex">
          <Link to={`/sign-up?returnTo=${returnTo}`}>Get started</Link>
        </Button>
      </div>
    );
  }
  const placeholder = (
    <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account: ${auth.user.name}`} disabled>
      <PersonAvatar name={auth.user.name} className="size-8" />
    </Button>
  );
  return (
    <React.Suspense fallback={placeholder}>
      <AccountMenu name={auth.user.name} email={auth.user.email} />
    </React.Suspense>
  );
}
