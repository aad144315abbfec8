package org.fengqiao.identity.clients.model;

import org.fengqiao.events.access.Role;
import org.fengqiao.identity.people.model.Person;

/**
 * Who may sign in through an app. An app for residents never carries a station worker's token and
 * the other way round, so a leaked or mixed-up app session cannot act with the wrong kind of power.
 */
public enum AdmittedPeople {

    RESIDENTS("only residents") {
        @Override
        public boolean admits(Person person) {
            return person.isResident();
        }
    },
    EVERYONE_BUT_RESIDENTS("only the station's people, not residents") {
        @Override
        public boolean admits(Person person) {
            return !person.isResident();
        }
    },
    OPERATORS("only the operations team") {
        @Override
        public boolean admits(Person person) {
            return person.has(Role.OPERATOR);
        }
    },
    EVERYONE("everybody") {
        @Override
        public boolean admits(Person person) {
            return true;
        }
    };

    private final String inWords;

    AdmittedPeople(String inWords) {
        this.inWords = inWords;
    }

    public abstract boolean admits(Person person);

    /** Says who is admitted, for a refusal ("signs in only residents"). */
    public String inWords() {
        return inWords;
    }
}
