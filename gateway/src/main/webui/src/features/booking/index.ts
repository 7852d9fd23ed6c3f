// The booking feature's public face: my sessions, for other features' screens (e.g. a session room's header).
export { useMyBookings, useBooking } from "./hooks/useMyBookings";
export { bookingKeys } from "./api/keys";
export type { Booking, BookingStatus, BookingRole } from "./api/bookings";
// what a mentor's own sessions screen reuses: the same dialogs (same rules, same cache updates) and labels
export { CancelDialog } from "./components/CancelDialog";
export { NoShowDialog } from "./components/NoShowDialog";
export { StatusBadge } from "./components/StatusBadge";
export { sessionChanged } from "./hooks/bookingCache";
export { sessionWhen } from "./model/bookings";
export { zoneCaption } from "./model/slots";
