-- reviews of products
CREATE TABLE reviews (
    id VARCHAR(32) PRIMARY KEY,
    product_id VARCHAR(64) NOT NULL,
    rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title VARCHAR(120) NOT NULL,
    body TEXT NOT NULL,
    author VARCHAR(60) NOT NULL,
    -- epoch milliseconds, UTC: one type that sorts the same on every backend
    created_at BIGINT NOT NULL
);
CREATE INDEX reviews_product_newest ON reviews (product_id, created_at);
