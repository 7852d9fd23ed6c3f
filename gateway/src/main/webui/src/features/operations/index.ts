// The admin area loads this feature's page (pages/OperationsPage); nothing else is shared.
export {};
