package org.fengqiao.identity.people.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.people.model.Person;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the made-up people from their seed file. The file was generated once from the directories
 * the services hold and is kept in step with them by a test; a deployment with real people replaces
 * this provider by its own (or federates to an existing one) rather than editing the file.
 */
public final class PeopleSeed {

    public static final String RESOURCE = "/org/fengqiao/identity/seed/people.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Seed(List<Person> people) {
    }

    private PeopleSeed() {
    }

    public static People load() {
        try (InputStream in = PeopleSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + RESOURCE);
            }
            return new People(JsonMapper.builder().build().readValue(in, Seed.class).people());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
