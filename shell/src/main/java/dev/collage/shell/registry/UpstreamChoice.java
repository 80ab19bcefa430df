package dev.collage.shell.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Which upstream of an app serves one visitor. Weighted rendezvous hashing on the visitor's id:
 * each visitor scores every upstream and takes the best, so a visitor sees one release
 * consistently, and when weights change only the visitors who must move do.
 */
final class UpstreamChoice {

    private UpstreamChoice() {}

    static Optional<Upstream> of(List<Upstream> upstreams, String visitorId) {
        if (upstreams.size() == 1) {
            // the usual case, one release: no hashing on the page's way
            return upstreams.get(0).takesNewVisitors() ? Optional.of(upstreams.get(0)) : Optional.empty();
        }
        Upstream best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Upstream upstream : upstreams) {
            if (!upstream.takesNewVisitors()) {
                continue;
            }
            double score =
                    upstream.weight() / -Math.log(unitHash(visitorId + '\n' + upstream.app() + '\n' + upstream.id()));
            if (score > bestScore) {
                best = upstream;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A hash of {@code key} as a number strictly between 0 and 1. */
    private static double unitHash(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        return (bits + 1.0) / ((1L << 56) + 2.0);
    }
}
