import { Badge } from "@/components/ui/badge";
import type { BookingStatus } from "../api/bookings";
import { STATUS_LABEL } from "../model/bookings";

const VARIANT: Record<BookingStatus, "success" | "secondary" | "outline" | "destructive"> = {
  CONFIRMED: "success",
  PENDING: "secondary",
  CANCELLED: "outline",
  COMPLETED: "secondary",
  NO_SHOW: "outline",
  FAILED: "destructive",
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  return (
    <Badge variant={VARIANT[status]} className={status === "NO_SHOW" ? "text-destructive" : undefined}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
