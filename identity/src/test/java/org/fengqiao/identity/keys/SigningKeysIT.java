package org.fengqiao.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import org.fengqiao.identity.support.Http;
import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.VerifiedTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing keys outlive a restart, and rotation adds a key that signs while the old one stays published. */
class SigningKeysIT {

    @TempDir
    Path dataDir;

    @Test
    void a_second_start_on_the_same_data_directory_publishes_the_same_key_and_rotation_adds_one_that_signs() {
        String first;
        String tokenOfTheFirstKey;
        try (RunningIdentity identity = RunningIdentity.on(dataDir).profile("local").start()) {
            first = onlyKey(identity);
            tokenOfTheFirstKey = new Http().post(identity.url("/dev/tokens/CO-01")).body();
        }

        try (RunningIdentity identity = RunningIdentity.on(dataDir).profile("local").start()) {
            assertThat(onlyKey(identity)).isEqualTo(first);
            assertThat(VerifiedTokens.verify(identity, tokenOfTheFirstKey).getSubject()).isEqualTo("CO-01");
        }

        try (RunningIdentity identity = RunningIdentity.on(dataDir).profile("local").set("identity.keys.rotate", "true").start()) {
            List<String> published = keyIds(identity);
            assertThat(published).hasSize(2).contains(first);
            String added = published.stream().filter(kid -> !kid.equals(first)).findFirst().orElseThrow();

            HttpResponse<String> response = new Http().post(identity.url("/dev/tokens/CO-01"));
            assertThat(VerifiedTokens.keyId(response.body())).isEqualTo(added);
            // a token of the old key stays valid until it expires
            assertThat(VerifiedTokens.verify(identity, tokenOfTheFirstKey).getSubject()).isEqualTo("CO-01");
        }
    }

    private static String onlyKey(RunningIdentity identity) {
        List<String> kids = keyIds(identity);
        assertThat(kids).hasSize(1);
        return kids.get(0);
    }

    private static List<String> keyIds(RunningIdentity identity) {
        List<JWK> keys = VerifiedTokens.publishedKeys(identity).getKeys();
        assertThat(keys).allSatisfy(key -> assertThat(key.isPrivate()).as("published keys are public only").isFalse());
        return keys.stream().map(JWK::getKeyID).toList();
    }
}
