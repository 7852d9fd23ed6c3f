import { Badge } from "@/components/ui/badge";
import type { BookingStatus } from "../api/bookings";
import { STATUS_LABEL } from "../model/bookings";

const VARIANT = {
  CONFIRMED: "success",
  PENDING: "secondary",
  CANCELLED: "outline",
  COMPLETED: "secondary",
  NO_SHOW: "outline",
} as const;

export function StatusBadge({ status }: { status: BookingStatus }) {
  return (
    <Badge variant={VARIANT[status] ?? "outline"} className={status === "NO_SHOW" ? "text-destructive" : undefined}>
      {STATUS_LABEL[status] ?? status}
    </Badge>
  );
}
