-- Shared by every service (deploy/platform). Versions 0.x belong to the platform, 1 and up to the service.

-- The inbox's key for a delivery whose id is not a UUID (a Svix message id): its name-based UUID, version 3, the
-- same as Java's UUID.nameUUIDFromBytes (InboxKey.of). Lets a service move its own record of applied deliveries
-- into mentra_inbox in a migration.
CREATE OR REPLACE FUNCTION mentra_inbox_key(key TEXT) RETURNS UUID
    LANGUAGE SQL IMMUTABLE STRICT AS
$$
SELECT CASE
           WHEN key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN key::uuid
           ELSE (SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3)
                             || to_hex(((('x' || substr(h, 17, 1))::bit(4)::int) & 3) | 8)
                             || substr(h, 18, 15))::uuid
                 FROM md5(convert_to(key, 'UTF8')) AS h)
           END
$$;
