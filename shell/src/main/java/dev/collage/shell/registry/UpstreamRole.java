package dev.collage.shell.registry;

/**
 * What a release is in a rollout besides its weight: a canary (rolled back by itself when it
 * fails) and whether it is being drained (no new visitors, then removed).
 */
public record UpstreamRole(boolean canary, boolean draining) {

    public static final UpstreamRole LIVE = new UpstreamRole(false, false);
}
