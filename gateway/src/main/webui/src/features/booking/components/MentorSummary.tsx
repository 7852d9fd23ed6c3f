import { Link } from "react-router";
import { ClockIcon, GlobeIcon, WalletIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import type { Mentor } from "@/features/catalog";
import { zoneName } from "../model/slots";

/** Who is being booked: name, headline, session length, price and zone. */
export function MentorSummary({ mentor, sessionMinutes }: { mentor: Mentor; sessionMinutes?: number }) {
  const name = mentor.displayName ?? "Mentor";
  const minutes = sessionMinutes ?? mentor.sessionMinutes;
  return (
    <div className="flex items-start gap-4 rounded-xl border bg-card p-4 sm:p-5">
      <PersonAvatar name={name} className="size-12" />
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">
          <Link to={`/mentors/${mentor.id}`} className="hover:underline">
            {name}
          </Link>
        </p>
        {mentor.headline && <p className="text-sm text-muted-foreground">{mentor.headline}</p>}
        <ul className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-sm text-muted-foreground">
          {minutes ? (
            <li className="inline-flex items-center gap-1.5">
              <ClockIcon className="size-4" aria-hidden="true" /> {minutes}-minute sessions
            </li>
          ) : null}
          <li className="inline-flex items-center gap-1.5">
            <WalletIcon className="size-4" aria-hidden="true" /> {priceText(mentor.price)}
          </li>
          {mentor.timeZone && (
            <li className="inline-flex items-center gap-1.5">
              <GlobeIcon className="size-4" aria-hidden="true" /> Based in {zoneName(mentor.timeZone)}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}

export function priceText(price: Mentor["price"]): string {
  if (!price || price.amountCents === undefined || price.amountCents === null) return "No price listed";
  if (price.amountCents === 0) return "Free";
  const amount = price.amountCents / 100;
  const text = price.currency
    ? new Intl.NumberFormat("en-GB", { style: "currency", currency: price.currency }).format(amount)
    : amount.toFixed(2);
  return `${text} per session`;
}
