-- An Acuity calendar, and the appointment type its sessions are booked as, belong to one active mentor: bookings
-- made with a mentor land in that calendar, and sync imports that calendar's appointments (clients' names, emails,
-- notes) for that mentor. Only admins connect them (PUT /api/mentors/{id}/acuity).
--
-- Ids several active mentors claimed before this rule are taken from all of them (an admin connects the right
-- mentor again); those mentors are announced again on mentors.v1, so booking-service stops using the calendar.
UPDATE mentor
SET acuity_calendar_id = NULL, acuity_appointment_type_id = NULL, announced = false, updated_at = now()
WHERE active
  AND (acuity_calendar_id IN (SELECT acuity_calendar_id FROM mentor
                              WHERE active AND acuity_calendar_id IS NOT NULL
                              GROUP BY acuity_calendar_id HAVING count(*) > 1)
    OR acuity_appointment_type_id IN (SELECT acuity_appointment_type_id FROM mentor
                                      WHERE active AND acuity_appointment_type_id IS NOT NULL
                                      GROUP BY acuity_appointment_type_id HAVING count(*) > 1));

CREATE UNIQUE INDEX mentor_acuity_calendar ON mentor (acuity_calendar_id)
    WHERE active AND acuity_calendar_id IS NOT NULL;
CREATE UNIQUE INDEX mentor_acuity_appointment_type ON mentor (acuity_appointment_type_id)
    WHERE active AND acuity_appointment_type_id IS NOT NULL;
