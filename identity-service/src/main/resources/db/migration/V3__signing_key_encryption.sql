-- Signing keys' private halves are stored encrypted (AES-GCM) with a key encryption key from the environment
-- (MENTRA_KEY_ENCRYPTION_KEY). encrypted_with names that key (kek_…); NULL marks a key stored before encryption,
-- which the service encrypts at its next start.
ALTER TABLE signing_key ADD COLUMN encrypted_with TEXT;
