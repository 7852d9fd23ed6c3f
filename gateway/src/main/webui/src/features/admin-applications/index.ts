// The admin area loads this feature's page (pages/ApplicationsReviewPage); nothing else is shared.
export {};
