package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the demo data resource in line with what the services accept. */
class DemoDataTest {

    private static final Set<String> GRID_CELLS = Set.copyOf(Stream.of(1, 2, 3)
            .flatMap(d -> IntStream.rangeClosed(1, 4).mapToObj(c -> "GC-" + d + "0" + c)).toList());
    private static final Set<String> CATEGORIES = Set.of("WAGE_ARREARS", "DEMOLITION_COMPENSATION", "NEIGHBOUR",
            "TENANCY", "FAMILY", "CONSUMER", "TRAFFIC", "OTHER");
    private static final Set<String> REPORTER_ROLES = Set.of("GRID_WORKER", "INFORMATION_INVESTIGATOR",
            "COMMUNITY_OFFICER", "RESIDENT");
    private static final Set<String> TEAM_TYPES = Set.of("RED_BUTLER", "BLUE_SHIELD", "VILLAGE_SECURITY",
            "CAMPUS_GUARD", "OTHER");

    private final Map<String, DemoData.Batch> batches = DemoData.batches();

    @Test
    void coversThreeServicesWithTheDocumentedPaths() {
        assertThat(batches.keySet()).as("citizen-service seeds its own service points and demo year").containsExactly("dispute-service", "patrol-service");
        assertThat(batches.get("dispute-service").path()).isEqualTo("/api/v1/disputes");
        assertThat(batches.get("patrol-service").path()).isEqualTo("/api/v1/patrol-teams");
    }

    @Test
    void disputesAreVariedAndValid() {
        List<JsonNode> disputes = batches.get("dispute-service").items();
        assertThat(disputes).hasSizeGreaterThanOrEqualTo(12);
        Set<String> categories = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (JsonNode d : disputes) {
            assertThat(GRID_CELLS).contains(d.get("gridCellId").asText());
            assertThat(CATEGORIES).contains(d.get("category").asText());
            assertThat(d.get("parties").size()).isGreaterThanOrEqualTo(2);
            d.get("parties").forEach(p -> {
                assertThat(p.get("name").asText()).isNotBlank();
                assertThat(p.get("role").asText()).isNotBlank();
            });
            assertThat(d.get("description").asText()).hasSizeGreaterThan(20);
            assertThat(d.get("peopleInvolved").isInt()).isTrue();
            assertThat(d.get("peopleInvolved").asInt()).isPositive();
            assertThat(d.get("reporter").get("personId").asText()).matches("[A-Z]{2}-\\d{2,5}");
            assertThat(REPORTER_ROLES).contains(d.get("reporter").get("role").asText());
            categories.add(d.get("category").asText());
            roles.add(d.get("reporter").get("role").asText());
        }
        assertThat(categories).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        assertThat(roles).containsExactlyInAnyOrderElementsOf(REPORTER_ROLES);
    }

    @Test
    void patrolTeamsAreValid() {
        List<JsonNode> teams = batches.get("patrol-service").items();
        assertThat(teams).hasSizeGreaterThanOrEqualTo(6);
        for (JsonNode t : teams) {
            assertThat(t.get("name").asText()).isNotBlank();
            assertThat(TEAM_TYPES).contains(t.get("type").asText());
            assertThat(t.get("gridBlockIds").size()).isPositive();
            t.get("gridBlockIds").forEach(b -> assertThat(b.asText()).matches("GB-[1-3][1-4][1-6]"));
            assertThat(t.get("memberCount").asInt()).isPositive();
        }
    }
}
