package dev.collage.reviews.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a real PostgreSQL: one {@link PostgresCluster} for the whole test run,
 * started on first use, stopped and deleted when the run ends. Without PostgreSQL binaries
 * the classes are skipped, except in CI ({@code CI=true}), where they fail: CI installs
 * PostgreSQL, so its absence there is a broken build, not a reason to test less.
 */
public final class TemporaryPostgres implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TemporaryPostgres.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    private static PostgresCluster cluster(ExtensionContext context) {
        Optional<Path> bin = PostgresCluster.binaries();
        if (bin.isEmpty()) {
            unavailable("no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin;"
                    + " install PostgreSQL (Debian: apt-get install postgresql) to run these tests");
        }
        if (PostgresCluster.isRoot() && !PostgresCluster.hasSuperuserAccount()) {
            unavailable("running as root, and PostgreSQL refuses root: there is no 'postgres' OS user to run it as");
        }
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "cluster",
                        key -> {
                            try {
                                return PostgresCluster.start(bin.get());
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "cannot start a test PostgreSQL with " + bin.get() + ": " + e.getMessage(), e);
                            }
                        },
                        PostgresCluster.class);
    }

    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("PostgreSQL tests cannot run in CI: " + why);
        }
        Assumptions.abort("PostgreSQL tests skipped: " + why);
    }
}
