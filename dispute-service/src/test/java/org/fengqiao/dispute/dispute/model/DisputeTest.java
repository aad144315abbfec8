package org.fengqiao.dispute.dispute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30Z");
    private static final Reporter INVESTIGATOR = new Reporter("IV-0007", ReporterRole.INFORMATION_INVESTIGATOR);

    @Test
    void a_reported_dispute_waits_in_the_information_layer_and_raises_dispute_reported() {
        Dispute dispute = Dispute.report("d-1", "GC-103", DisputeCategory.WAGE_ARREARS,
                List.of(new Party("Northgate Builders", "general contractor")), "wages unpaid", 40, INVESTIGATOR, NOW);

        assertThat(dispute.status()).isEqualTo(DisputeStatus.REPORTED);
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.INFORMATION);
        assertThat(dispute.raisedEvents()).containsExactly(new DisputeReported("d-1", "GC-103", DisputeCategory.WAGE_ARREARS,
                List.of(new Party("Northgate Builders", "general contractor")), "wages unpaid", 40, INVESTIGATOR, NOW));
    }

    @Test
    void a_restored_dispute_raises_nothing() {
        Dispute dispute = Dispute.restore("d-1", "GC-103", DisputeCategory.NEIGHBOUR, List.of(new Party("Flat 2-301", null)),
                "noise", 2, INVESTIGATOR, NOW, DisputeStatus.REPORTED, DisputeLayer.INFORMATION, 3L);

        assertThat(dispute.raisedEvents()).isEmpty();
        assertThat(dispute.version()).isEqualTo(3L);
    }

    @Test
    void a_dispute_needs_a_party_and_someone_involved() {
        assertThatThrownBy(() -> Dispute.report("d-1", "GC-103", DisputeCategory.NEIGHBOUR, List.of(), "noise", 2, INVESTIGATOR, NOW))
                .hasMessageContaining("party");
        assertThatThrownBy(() -> Dispute.report("d-1", "GC-103", DisputeCategory.NEIGHBOUR, List.of(new Party("A", null)),
                "noise", 0, INVESTIGATOR, NOW)).hasMessageContaining("one person");
    }
}
