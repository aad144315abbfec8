package org.fengqiao.notification.recipients.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fengqiao.events.notification.Channel;

/**
 * Someone the platform notifies: a person, a desk, a patrol team or a department, with where they
 * can be reached and what they prefer.
 *
 * @param language   zh-CN or en; templates are chosen by it
 * @param email      for EMAIL, or null
 * @param webhookUrl for WEBHOOK (a chat-group robot, an SMS gateway), or null
 */
public record Recipient(String id, String name, Kind kind, String language, String email, String webhookUrl,
                        Preferences preferences) {

    /** Someone known by id only, as the directory does not know them: they can still be told in the in-app inbox. */
    public static Recipient knownById(String id) {
        return new Recipient(id, id, Kind.PERSON, null, null, null, null);
    }


    /** CITIZEN: a resident, by their citizen-service reference (e.g. CZ-30981). */
    public enum Kind {
        PERSON, DESK, TEAM, DEPARTMENT, CITIZEN
    }

    /**
     * @param mutedChannels channels on which this recipient does not want ROUTINE items
     * @param quietHours    when ROUTINE items wait, or null
     * @param digest        whether ROUTINE items of digest rules come once a day in one message
     */
    public record Preferences(List<Channel> mutedChannels, QuietHours quietHours, boolean digest) {

        public static final Preferences NONE = new Preferences(List.of(), null, false);

        public Preferences {
            mutedChannels = mutedChannels == null ? List.of() : List.copyOf(mutedChannels);
        }
    }

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? id : name;
        language = language == null ? "zh-CN" : language;
        preferences = preferences == null ? Preferences.NONE : preferences;
    }

    /** The channels this recipient can be reached on at all. */
    public Set<Channel> reachableOn() {
        Set<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (email != null && !email.isBlank()) {
            channels.add(Channel.EMAIL);
        }
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            channels.add(Channel.WEBHOOK);
        }
        return channels;
    }

    public Recipient withPreferences(Preferences changed) {
        return new Recipient(id, name, kind, language, email, webhookUrl, changed);
    }
}
