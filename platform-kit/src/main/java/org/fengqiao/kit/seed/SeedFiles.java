package org.fengqiao.kit.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.fengqiao.events.EventJson;
import tools.jackson.core.type.TypeReference;

/** Reads a service's seed data (made-up directories, rules, templates) from a JSON file on the class path. */
public final class SeedFiles {

    private SeedFiles() {
    }

    /** @throws IllegalStateException when the resource is missing, so a service without its seed does not start */
    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + resource, e);
        }
    }

    public static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = open(resource)) {
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SeedFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing seed " + resource);
        }
        return in;
    }
}
