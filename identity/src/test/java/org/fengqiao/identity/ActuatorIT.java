package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.identity.support.Http;
import org.fengqiao.identity.support.RunningIdentity;
import org.junit.jupiter.api.Test;

/** Orchestrators may probe health without a token; nothing else of the actuator is public. */
class ActuatorIT {

    static final RunningIdentity identity = RunningIdentity.shared();

    @Test
    void health_and_its_probes_are_public_and_say_no_more_than_up() {
        var health = new Http().get(identity.url("/actuator/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.json(health.body())).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        assertThat(new Http().get(identity.url("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        assertThat(new Http().get(identity.url("/actuator/health/readiness")).statusCode()).isEqualTo(200);
    }

    @Test
    void other_actuator_endpoints_are_not_reachable() {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(new Http().get(identity.url(path)).statusCode()).as(path).isIn(401, 403, 404);
        }
    }
}
