package dev.collage.reviews.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for one test run: a new cluster in a temporary folder, made
 * with the installed binaries, listening on a free port of 127.0.0.1 only. PostgreSQL refuses
 * to run as root, so as root it runs as the {@code postgres} OS user.
 */
public final class PostgresCluster implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dataDir;
    private final List<String> runAs;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean stopped;

    private PostgresCluster(Path bin, Path dataDir, List<String> runAs, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.runAs = runAs;
        this.port = port;
    }

    /** The {@code bin} folder of the newest installed PostgreSQL with initdb and pg_ctl. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(INSTALLS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir ->
                            Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresCluster::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean hasSuperuserAccount() {
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static PostgresCluster start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("reviews-pg-");
        List<String> runAs = new ArrayList<>();
        if (isRoot()) {
            var postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
            Files.setOwner(dir, postgres);
            runAs.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        var cluster = new PostgresCluster(bin, dir, runAs, freePort());
        try {
            cluster.run(
                    "initdb",
                    List.of(
                            "-D",
                            dir.toString(),
                            "-A",
                            "trust",
                            "-U",
                            SUPERUSER,
                            "--no-sync",
                            "-E",
                            "UTF8",
                            "--locale=C"));
            cluster.run(
                    "pg_ctl",
                    List.of(
                            "-D",
                            dir.toString(),
                            "-l",
                            dir.resolve("server.log").toString(),
                            "-w",
                            "-t",
                            "60",
                            "-o",
                            "-p " + cluster.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c synchronous_commit=off -c full_page_writes=off",
                            "start"));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "postgres-cluster-stop"));
        return cluster;
    }

    /** A new, empty database on the cluster, so tests never see each other's rows. */
    public String newDatabase() {
        String name = "reviews_" + databases.incrementAndGet();
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                run("pg_ctl", List.of("-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL in " + dataDir + ": " + e.getMessage());
        } finally {
            delete(dataDir);
        }
    }

    private void run(String tool, List<String> args) throws IOException, InterruptedException {
        var command = new ArrayList<>(runAs);
        command.add(bin.resolve(tool).toString());
        command.addAll(args);
        Path output = Files.createTempFile("reviews-pg-" + tool, ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed with exit code " + process.exitValue() + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        Path log = dataDir.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
