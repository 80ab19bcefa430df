package dev.collage.shell.web;

/**
 * What every page the shell serves has around its content: the shop's name, its stylesheet,
 * the CSP nonce of this response, and the message bus script.
 *
 * @param busScript trusted script from the SDK, inlined so the bus exists before any app's
 *     script runs
 */
public record Chrome(String siteName, String stylesheet, String nonce, String busScript) {}
