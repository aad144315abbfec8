package org.fengqiao.console.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KpisControllerTest {

    @Test
    void coverage_by_block_averages_the_teams_that_patrol_a_block_per_time_band() {
        ApiAnswer assessment = new ApiAnswer(200, JsonMapper.builder().build().readTree("""
                [{"teamId":"PT-01","coverageByBlockAndBand":{"GB-111":{"DAY":1.0,"NIGHT":0.5}}},
                 {"teamId":"PT-02","coverageByBlockAndBand":{"GB-111":{"DAY":0.5},"GB-112":{"EVENING":0.25}}}]"""), null);

        Map<String, Map<String, Double>> coverage = KpisController.coverageByBlock(assessment);

        assertThat(coverage).containsOnlyKeys("GB-111", "GB-112");
        assertThat(coverage.get("GB-111")).containsEntry("DAY", 0.75).containsEntry("NIGHT", 0.5).containsEntry("EVENING", null);
        assertThat(coverage.get("GB-112")).containsEntry("EVENING", 0.25).containsEntry("DAY", null);
        assertThat(KpisController.coverageByBlock(new ApiAnswer(503, JsonMapper.builder().build().nullNode(), "away"))).isEmpty();
    }
}
