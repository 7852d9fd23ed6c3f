// The booking feature's public face: my sessions, for other features' screens (e.g. a session room's header).
export { useMyBookings, useBooking } from "./hooks/useMyBookings";
export { bookingKeys } from "./api/keys";
export type { Booking, BookingStatus, BookingRole } from "./api/bookings";
