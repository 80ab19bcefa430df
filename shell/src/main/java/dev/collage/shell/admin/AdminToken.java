package dev.collage.shell.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The bearer token that opens the admin API and dashboard, from {@code COLLAGE_ADMIN_TOKEN}.
 * Without one, admin is off (its paths answer 404), not open. A token is compared in constant
 * time, as digests, so neither its content nor its length leaks through timing.
 */
public final class AdminToken {

    /** Shorter tokens are guessable; the shell refuses them rather than run with one. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * The token, if one is configured.
     *
     * @throws IllegalArgumentException for a token too short to be safe
     */
    public static Optional<AdminToken> of(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        if (configured.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("COLLAGE_ADMIN_TOKEN must be at least " + MIN_LENGTH
                    + " characters (a random one: openssl rand -hex 24)");
        }
        return Optional.of(new AdminToken(configured.strip()));
    }

    /** Whether an {@code Authorization} header carries this token. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[****]";
    }
}
