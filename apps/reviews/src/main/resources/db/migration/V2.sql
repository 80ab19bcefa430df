-- idempotency keys for retried posts, and an index for sorting by rating
ALTER TABLE reviews ADD COLUMN idempotency_key VARCHAR(128);
-- the SHA-256 of what was posted with the key, to tell a retry from a reused key
ALTER TABLE reviews ADD COLUMN request_fingerprint VARCHAR(64);
-- the unique index is what makes concurrent retries store one review
CREATE UNIQUE INDEX reviews_idempotency_key ON reviews (idempotency_key);
CREATE INDEX reviews_product_rating ON reviews (product_id, rating, created_at);
