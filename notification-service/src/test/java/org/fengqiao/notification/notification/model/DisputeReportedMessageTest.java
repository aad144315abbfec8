package org.fengqiao.notification.notification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.junit.jupiter.api.Test;

class DisputeReportedMessageTest {

    private final DisputeReported event = new DisputeReported("d-1", "GC-103", DisputeCategory.WAGE_ARREARS,
            List.of(new Party("Northgate Builders", "general contractor")), "Three months of wages unpaid.", 40,
            new Reporter("IV-0007", ReporterRole.INFORMATION_INVESTIGATOR), Instant.parse("2026-03-02T08:15:30Z"));

    @Test
    void an_officer_reading_chinese_gets_the_grid_cell_the_people_involved_and_the_reporter() {
        DisputeReportedMessage.Text text = DisputeReportedMessage.render(event, "Riverside building sites", "zh-CN");

        assertThat(text.title()).isEqualTo("网格Riverside building sites（GC-103）新报矛盾纠纷");
        assertThat(text.body()).contains("涉及40人", "Three months of wages unpaid.", "IV-0007");
    }

    @Test
    void an_officer_reading_english_gets_it_in_english() {
        DisputeReportedMessage.Text text = DisputeReportedMessage.render(event, "Riverside building sites", "en");

        assertThat(text.title()).isEqualTo("New dispute in Riverside building sites (GC-103)");
        assertThat(text.body()).contains("40 people involved", "IV-0007");
    }
}
