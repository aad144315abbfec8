package org.fengqiao.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-03-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void the_first_start_generates_a_2048_bit_rs256_key_and_keeps_it_in_a_file_of_its_own() throws Exception {
        SigningKeys keys = SigningKeys.open(dataDir, false, MONDAY);

        RSAKey key = keys.signing();
        assertThat(keys.all()).containsExactly(key);
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).startsWith("20260302T080000Z-");
        assertThat(dataDir.resolve("keys").resolve(key.getKeyID() + ".json")).exists();
    }

    @Test
    void the_key_file_is_for_the_owner_only() throws IOException {
        SigningKeys keys = SigningKeys.open(dataDir, false, MONDAY);

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path file = dataDir.resolve("keys").resolve(keys.signing().getKeyID() + ".json");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void a_restart_signs_with_the_same_key() {
        RSAKey first = SigningKeys.open(dataDir, false, MONDAY).signing();

        SigningKeys again = SigningKeys.open(dataDir, false, TUESDAY);

        assertThat(again.signing()).isEqualTo(first);
        assertThat(again.all()).hasSize(1);
    }

    @Test
    void rotating_adds_a_newer_key_that_signs_while_the_older_stays() {
        RSAKey first = SigningKeys.open(dataDir, false, MONDAY).signing();

        SigningKeys rotated = SigningKeys.open(dataDir, true, TUESDAY);
        SigningKeys restarted = SigningKeys.open(dataDir, false, TUESDAY);

        assertThat(rotated.all()).hasSize(2).element(1).isEqualTo(first);
        assertThat(rotated.signing().getKeyID()).startsWith("20260303T080000Z-");
        assertThat(restarted.signing()).isEqualTo(rotated.signing());
    }

    @Test
    void retiring_a_key_is_deleting_its_file() throws IOException {
        RSAKey first = SigningKeys.open(dataDir, false, MONDAY).signing();
        RSAKey second = SigningKeys.open(dataDir, true, TUESDAY).signing();

        Files.delete(dataDir.resolve("keys").resolve(first.getKeyID() + ".json"));

        assertThat(SigningKeys.open(dataDir, false, TUESDAY).all()).containsExactly(second);
    }

    @Test
    void a_damaged_key_file_stops_the_start_instead_of_being_replaced() throws IOException {
        Files.createDirectories(dataDir.resolve("keys"));
        Files.writeString(dataDir.resolve("keys").resolve("broken.json"), "{not a key");

        assertThatThrownBy(() -> SigningKeys.open(dataDir, false, MONDAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken.json");
    }
}
