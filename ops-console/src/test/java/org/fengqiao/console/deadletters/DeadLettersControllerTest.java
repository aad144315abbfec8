package org.fengqiao.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeadLettersControllerTest {

    @Test
    void a_dead_letter_topic_names_its_original_topic_and_the_group_whose_service_replays_it() {
        assertThat(DeadLettersController.originalTopic("dispute.events.dispute-service-kpis.dlt")).isEqualTo("dispute.events");
        assertThat(DeadLettersController.originalTopic("citizen.events.notification-service.dlt")).isEqualTo("citizen.events");
        assertThat(DeadLettersController.originalTopic("dispute.events")).isNull();
        assertThat(DeadLettersController.originalTopic("other.events.x.dlt")).isNull();

        assertThat(DeadLettersController.serviceOf("dispute-service-kpis")).contains("dispute-service");
        assertThat(DeadLettersController.serviceOf("notification-service")).contains("notification-service");
        assertThat(DeadLettersController.serviceOf("dispute-services")).isEqualTo(Optional.empty());
    }
}
