package org.fengqiao.dispute.config;

import org.fengqiao.dispute.directory.application.DirectorySeed;
import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.dispute.dispute.application.RiskRules;
import org.fengqiao.dispute.dispute.application.WatchDeadlines;
import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(DisputeProperties.class)
class DisputeConfiguration {

    @Bean
    DeadlinePolicy deadlinePolicy(DisputeProperties properties) {
        DisputeProperties.Deadlines deadlines = properties.deadlines();
        return new DeadlinePolicy(deadlines.layers(), deadlines.riskFactors(), deadlines.approachingBefore());
    }

    @Bean
    WatchDeadlines.InvitationPolicy invitationPolicy(DisputeProperties properties) {
        return new WatchDeadlines.InvitationPolicy(properties.jointMediation().remindAfter(), properties.jointMediation().raiseAfter());
    }

    @Bean
    StationDirectory stationDirectory(GridDirectory grid) {
        return DirectorySeed.load(grid);
    }

    @Bean
    RiskRules riskRules(DisputeProperties properties) {
        return new RiskRules(properties.risk().rules());
    }
}
