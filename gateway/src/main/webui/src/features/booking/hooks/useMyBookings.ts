import { useQuery } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { getBooking, listMyBookings } from "../api/bookings";
import { bookingKeys } from "../api/keys";

/** My sessions, as mentee and as mentor (each says which as `role`), in start order. */
export function useMyBookings() {
  const auth = useAuth();
  return useQuery({
    queryKey: bookingKeys.mine(),
    queryFn: ({ signal }) => listMyBookings(signal),
    enabled: auth.status === "signed-in",
  });
}

/** One of my sessions. */
export function useBooking(id: string | undefined) {
  return useQuery({
    queryKey: bookingKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getBooking(id!, signal),
    enabled: Boolean(id),
  });
}
