package org.fengqiao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.SignInFlow;
import org.fengqiao.identity.support.SignInFlow.Landing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form takes the person's id and the deployment's one password, and nothing else. */
class PasswordSignInIT {

    @TempDir
    Path dataDir;

    @Test
    void a_wrong_password_or_an_unknown_person_is_sent_back_to_the_form_without_a_code() {
        try (RunningIdentity identity = RunningIdentity.on(dataDir).start()) {
            Landing wrongPassword = SignInFlow.through(identity, "officer-app").signIn("CO-02", "not the password");
            Landing unknown = SignInFlow.through(identity, "officer-app").signIn("CO-99", RunningIdentity.PASSWORD);

            assertThat(wrongPassword.backAtSignInForm()).isTrue();
            assertThat(wrongPassword.parameters()).containsKey("error").doesNotContainKey("code");
            assertThat(unknown.backAtSignInForm()).isTrue();
        }
    }

    @Test
    void with_no_password_configured_nobody_signs_in() {
        try (RunningIdentity identity = RunningIdentity.on(dataDir).set("identity.people.password", "").start()) {
            assertThat(SignInFlow.through(identity, "officer-app").signIn("CO-02", "").backAtSignInForm()).isTrue();
            assertThat(SignInFlow.through(identity, "officer-app").signIn("CO-02", RunningIdentity.PASSWORD).backAtSignInForm()).isTrue();
            assertThat(SignInFlow.through(identity, "resident-app").signIn("CZ-30982", "demo").backAtSignInForm()).isTrue();
        }
    }
}
