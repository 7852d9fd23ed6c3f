import { useNavigate } from "react-router";
import { CalendarClockIcon, IdCardIcon, LogOutIcon, MonitorIcon, MoonIcon, SunIcon, UserIcon } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { PersonAvatar } from "@/components/Initials";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import { session } from "@/lib/auth/session";
import { useTheme } from "@/lib/theme";

/** The signed-in person's menu: profile, theme, sign out. */
export default function AccountMenu({ name, email }: { name: string; email?: string }) {
  const { choice, setChoice } = useTheme();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mentor = hasRole(useAuth(), "mentor");
  const nextTheme = choice === "light" ? "dark" : choice === "dark" ? "system" : "light";
  const ThemeIcon = choice === "light" ? SunIcon : choice === "dark" ? MoonIcon : MonitorIcon;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account: ${name}`}>
          <PersonAvatar name={name} className="size-8" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel className="truncate">
          {name}
          {email && <span className="block truncate text-xs font-normal text-muted-foreground">{email}</span>}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => navigate("/profile")}>
          <UserIcon aria-hidden="true" /> Profile
        </DropdownMenuItem>
        {mentor && (
          <>
            <DropdownMenuItem onSelect={() => navigate("/mentor/availability")}>
              <CalendarClockIcon aria-hidden="true" /> Availability
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => navigate("/mentor/profile")}>
              <IdCardIcon aria-hidden="true" /> Mentor profile
            </DropdownMenuItem>
          </>
        )}
        <DropdownMenuItem
          onSelect={(event) => {
            event.preventDefault();
            setChoice(nextTheme);
          }}
        >
          <ThemeIcon aria-hidden="true" /> Theme: {choice}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          onSelect={async () => {
            await session.signOut();
            queryClient.clear();
            navigate("/");
          }}
        >
          <LogOutIcon aria-hidden="true" /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
