package dev.collage.recommendations;

/** Reads the configuration, builds the app and starts it. */
public final class RecommendationsMain {

    static final int DEFAULT_PORT = 7103;

    private RecommendationsMain() {}

    public static void main(String[] args) {
        var config = RecommendationsConfig.fromEnvironment(System.getenv());
        RecommendationsApp.assemble(config).run(DEFAULT_PORT);
    }
}
