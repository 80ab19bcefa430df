package dev.collage.shell.compose;

/** A late slot as it is streamed: its fragment, and the nonce its moving script must carry. */
public record LateSlotView(SlotView slot, String nonce) {}
