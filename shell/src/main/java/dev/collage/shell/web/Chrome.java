package dev.collage.shell.web;

import dev.collage.shell.config.SiteConfig;
import java.util.List;

/**
 * What every page the shell serves has around its content: the shop's name and links, its stylesheet,
 * the CSP nonce of this response, and two trusted scripts inlined at the top of the page.
 *
 * @param busScript the SDK's message bus, so it exists before any app's script runs
 * @param streamScript the shell's own, which moves late fragments into their slots
 */
public record Chrome(
        String siteName,
        List<SiteConfig.NavLink> nav,
        String stylesheet,
        String nonce,
        String busScript,
        String streamScript) {}
