package dev.collage.shell.web;

/**
 * What every page the shell serves has around its content: the shop's name, its stylesheet,
 * the CSP nonce of this response, and two trusted scripts inlined at the top of the page.
 *
 * @param busScript the SDK's message bus, so it exists before any app's script runs
 * @param streamScript the shell's own, which moves late fragments into their slots
 */
public record Chrome(String siteName, String stylesheet, String nonce, String busScript, String streamScript) {}
