package org.fengqiao.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.SignInFlow;
import org.fengqiao.identity.support.SignInFlow.Landing;
import org.junit.jupiter.api.Test;

/** Each app signs in only the people it is for; anybody else is sent back to the app refused, with no code. */
class ClientAdmissionIT {

    static final RunningIdentity identity = RunningIdentity.shared();

    private static Landing signIn(String clientId, String personId) {
        return SignInFlow.through(identity, clientId).signIn(personId, RunningIdentity.PASSWORD);
    }

    @Test
    void a_resident_is_refused_by_the_officer_app() {
        Landing landing = signIn("officer-app", "CZ-30982");

        assertThat(landing.atApp("http://127.0.0.1:8090/callback")).isTrue();
        assertThat(landing.parameters()).containsEntry("error", "access_denied").containsEntry("state", landing.state())
                .doesNotContainKey("code");
    }

    @Test
    void an_officer_is_refused_by_the_residents_app() {
        Landing landing = signIn("resident-app", "CO-02");

        assertThat(landing.parameters()).containsEntry("error", "access_denied").doesNotContainKey("code");
        assertThat(landing.parameters().get("error_description")).contains("only residents");
    }

    @Test
    void a_resident_signs_in_through_the_residents_app() {
        Landing landing = signIn("resident-app", "CZ-90001");

        assertThat(landing.parameters()).containsKey("code").doesNotContainKey("error");
    }

    @Test
    void the_operations_console_signs_in_only_operators() {
        assertThat(signIn("ops-console", "OP-01").parameters()).containsKey("code");
        assertThat(signIn("ops-console", "CO-02").parameters()).containsEntry("error", "access_denied").doesNotContainKey("code");
    }

    @Test
    void swagger_ui_signs_in_anybody() {
        assertThat(signIn("swagger-ui", "CZ-90002").parameters()).containsKey("code");
        assertThat(signIn("swagger-ui", "SU-0101").parameters()).containsKey("code");
    }
}
