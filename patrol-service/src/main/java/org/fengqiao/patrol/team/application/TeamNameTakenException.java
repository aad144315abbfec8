package org.fengqiao.patrol.team.application;

import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * A patrol team with the same name (case and spacing ignored) is already registered. The request
 * is well-formed; the rule that names are unique forbids it (HTTP 409, rule violated, field
 * {@code name}).
 */
public class TeamNameTakenException extends RuleViolatedException {

    public TeamNameTakenException(String name) {
        super("name", "a patrol team named '" + name + "' is already registered");
    }
}
