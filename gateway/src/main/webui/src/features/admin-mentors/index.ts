// The admin area loads this feature's page (pages/MentorRosterPage); nothing else is shared.
export {};
