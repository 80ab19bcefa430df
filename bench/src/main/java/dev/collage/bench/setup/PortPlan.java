package dev.collage.bench.setup;

/**
 * Where everything of one run listens, all on loopback, counted from one base port so a run can
 * be moved out of the way of anything else on the machine ({@code BENCH_PORT_BASE}).
 */
public record PortPlan(int base) {

    public int fragment(int index) {
        return base + 1 + index;
    }

    public int shell() {
        return base + 10;
    }

    public int nginx() {
        return base + 11;
    }

    /** The shells started and stopped to time start-up. */
    public int startupShell() {
        return base + 12;
    }

    public int weather() {
        return base + 21;
    }

    public int reviews() {
        return base + 22;
    }

    public int recommendations() {
        return base + 23;
    }

    /** A shell over the three real apps, for their APIs through its proxy. */
    public int shopShell() {
        return base + 24;
    }
}
