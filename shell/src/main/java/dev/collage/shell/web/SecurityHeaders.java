package dev.collage.shell.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Headers every HTML page carries. The Content Security Policy allows scripts from the shop's
 * own origin (apps' scripts arrive through the proxy) and inline scripts only with this
 * response's nonce: a fragment that smuggles a {@code <script>} into the page does not run.
 */
public final class SecurityHeaders {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /** Sets the headers on {@code ctx} and returns the nonce the page's inline scripts must carry. */
    public static String apply(Context ctx) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        return nonce;
    }
}
