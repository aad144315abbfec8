package org.fengqiao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The passwords of the broker's principals on one local stack ({@link BrokerAccess#PRINCIPALS} and
 * {@link BrokerAccess#ADMIN}), made up at random when the data directory is first used and kept in
 * {@code broker-logins.properties} there (readable by its owner only), so a stack started again
 * on the same directory, and anything outside it that was given a login, goes on working.
 *
 * <p>The services get theirs as {@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD}; an outside
 * subscriber on this machine reads the {@code subscriber} line of the file.
 */
public final class BrokerLogins {

    public static final String FILE_NAME = "broker-logins.properties";

    private static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;
    /** Where they are kept; null for logins kept nowhere. */
    private final Path file;
    private boolean kept;

    private BrokerLogins(Map<String, String> passwords, Path file, boolean kept) {
        this.passwords = Map.copyOf(passwords);
        this.file = file;
        this.kept = kept;
    }

    /**
     * The logins kept in {@code dataDir}, with a new password for every principal not there yet;
     * nothing is written until {@link #keep()}.
     */
    public static BrokerLogins in(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties stored = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                stored.load(in);
            } catch (IOException e) {
                throw new LocalStackException("Cannot read the broker logins in " + file, e);
            }
        }
        Map<String, String> passwords = new TreeMap<>();
        boolean added = false;
        for (String principal : BrokerAccess.allPrincipals()) {
            String password = stored.getProperty(principal);
            if (password == null || password.isBlank()) {
                password = newPassword();
                added = true;
            }
            passwords.put(principal, password);
        }
        return new BrokerLogins(passwords, file, !added);
    }

    /** Writes the logins to their file unless they are there already (the local stack, as it starts). */
    public synchronized void keep() {
        if (file != null && !kept) {
            write(file, passwords);
            kept = true;
        }
    }

    /** Logins made up for a broker that keeps nothing (tests). */
    public static BrokerLogins madeUp() {
        Map<String, String> passwords = new LinkedHashMap<>();
        BrokerAccess.allPrincipals().forEach(principal -> passwords.put(principal, newPassword()));
        return new BrokerLogins(passwords, null, true);
    }

    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no broker login for '" + principal + "'; principals: " + passwords.keySet());
        }
        return password;
    }

    /**
     * What a Kafka client needs besides {@code bootstrap.servers} to sign in as {@code principal}:
     * SCRAM-SHA-256 for the platform's principals, PLAIN for the broker's own administrator (whose
     * password is in the broker's configuration rather than in its metadata).
     */
    public Map<String, Object> clientProperties(String principal) {
        boolean admin = BrokerAccess.ADMIN.equals(principal);
        String module = admin ? PLAIN : "org.apache.kafka.common.security.scram.ScramLoginModule";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", admin ? "PLAIN" : BrokerAccess.SCRAM_MECHANISM);
        properties.put("sasl.jaas.config", jaas(module, principal, password(principal)));
        return properties;
    }

    /** {@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD} for a service's process. */
    public Map<String, String> environment(String principal) {
        return Map.of("KAFKA_USERNAME", principal, "KAFKA_PASSWORD", password(principal));
    }

    static String jaas(String module, String username, String password) {
        return module + " required " + credentials(username, password) + ";";
    }

    /**
     * The broker's side of PLAIN: the administrator is the one user it knows ({@code user_admin}),
     * and the broker and its controller sign in to each other as it.
     */
    String adminServerJaas() {
        String password = password(BrokerAccess.ADMIN);
        return PLAIN + " required " + credentials(BrokerAccess.ADMIN, password) + " user_" + BrokerAccess.ADMIN + "=\"" + password + "\";";
    }

    private static String credentials(String username, String password) {
        return "username=\"" + username + "\" password=\"" + password + "\"";
    }

    private static String newPassword() {
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void write(Path file, Map<String, String> passwords) {
        Properties properties = new Properties();
        properties.putAll(passwords);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the data directory's own protection applies
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "the local stack's broker logins (SASL/SCRAM; admin: PLAIN); made up at random");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalStackException("Cannot write the broker logins to " + file, e);
        }
    }
}
