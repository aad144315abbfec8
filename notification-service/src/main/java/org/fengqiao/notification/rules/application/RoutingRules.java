package org.fengqiao.notification.rules.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.rules.model.RoutingRule;

/** The routing rules in force. */
public interface RoutingRules {

    List<RoutingRule> all();

    Optional<RoutingRule> find(String id);

    RoutingRule save(RoutingRule rule);

    boolean delete(String id);
}
