package org.fengqiao.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA keys (2048 bits, RS256) that sign every token, kept as one JWK file per key in
 * {@code <data-dir>/keys/<kid>.json}, readable by the owner only where the file system has POSIX
 * permissions. They are kept so that tokens stay valid across a restart: a provider that made up a
 * new key at every start would log everybody out and break every service until it fetched the new
 * key set.
 *
 * <p>At start every key file is loaded; when there is none, one is generated. The newest key (by its
 * issue time, {@code iat}) signs; all of them are published in the JWKS ({@code /oauth2/jwks}), so a
 * token signed with an older key is still accepted until it expires.
 *
 * <p>Rotation, in two steps:
 * <ol>
 * <li>Start once with {@code identity.keys.rotate=true} ({@code IDENTITY_KEYS_ROTATE=true}): a new
 * key is added and signs from then on. (Each start with the flag adds another key, so unset it
 * afterwards.)</li>
 * <li>Retire the old key once the tokens it signed have expired (the access token lifetime, 30
 * minutes by default, and the services' JWKS cache time): delete its file and restart. Until then
 * leave it: deleting it early rejects tokens still in use.</li>
 * </ol>
 * Several replicas of the provider must share the data directory (or the same key files), and only
 * one of them should start with the rotate flag.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Comparator<RSAKey> NEWEST_FIRST = Comparator
            .comparing((RSAKey key) -> key.getIssueTime() == null ? new Date(0) : key.getIssueTime())
            .thenComparing(RSAKey::getKeyID).reversed();

    private final List<RSAKey> newestFirst;

    private SigningKeys(List<RSAKey> newestFirst) {
        this.newestFirst = List.copyOf(newestFirst);
    }

    /**
     * Loads the keys under {@code dataDir}, adding a new one when there is none or when asked to
     * rotate.
     */
    public static SigningKeys open(Path dataDir, boolean rotate, Clock clock) {
        Path directory = dataDir.resolve("keys");
        List<RSAKey> keys = new ArrayList<>(load(directory));
        if (keys.isEmpty() || rotate) {
            RSAKey added = generate(clock.instant());
            write(directory, added);
            keys.add(added);
            log.info(keys.size() == 1 ? "Generated signing key {} in {}" : "Rotated: added signing key {} in {}",
                    added.getKeyID(), directory.toAbsolutePath());
        }
        keys.sort(NEWEST_FIRST);
        SigningKeys signingKeys = new SigningKeys(keys);
        log.info("Signing with key {}; publishing {} key(s): {}", signingKeys.signing().getKeyID(), keys.size(),
                keys.stream().map(RSAKey::getKeyID).toList());
        return signingKeys;
    }

    /** The key that signs new tokens: the newest. */
    public RSAKey signing() {
        return newestFirst.get(0);
    }

    /** Every key, newest first, with its private part; publish only {@link RSAKey#toPublicJWK()}. */
    public List<RSAKey> all() {
        return newestFirst;
    }

    private static List<RSAKey> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
                    .sorted()
                    .map(SigningKeys::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the signing keys in " + directory, e);
        }
    }

    /** A damaged key file stops the start: silently replacing it would invalidate every token it signed. */
    private static RSAKey read(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("signing key file " + file + " has no private key");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("signing key file " + file + " is not an RSA JWK", e);
        }
    }

    private static RSAKey generate(Instant now) {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        String kid = KID_TIME.format(now) + "-" + HexFormat.of().formatHex(random);
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(now))
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    /** Written to a temporary file first and moved in place, so a crash never leaves half a key. */
    private static void write(Path directory, RSAKey key) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
            Path temporary = posix
                    ? Files.createTempFile(directory, ".new-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".new-", ".tmp");
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Path target = directory.resolve(key.getKeyID() + ".json");
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write signing key " + key.getKeyID() + " to " + directory, e);
        }
    }
}
