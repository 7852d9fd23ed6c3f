-- Clerk webhook deliveries are recorded in the platform inbox (consumer clerk-webhooks, keyed by svix-id through
-- mentra_inbox_key, platform migration V0_5), like every event a service applies: clerk_delivery goes, its rows
-- move so that a redelivery of an already applied message still has no effect.
INSERT INTO mentra_inbox (consumer, event_id, event_type, processed_at)
SELECT 'clerk-webhooks', mentra_inbox_key(svix_id), event_type, received_at
FROM clerk_delivery
ON CONFLICT DO NOTHING;

DROP TABLE clerk_delivery;
