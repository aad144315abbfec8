package org.fengqiao.identity.people.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everyone who may sign in, by id. Fixed for the life of the process. */
public final class People {

    private final Map<String, Person> byId = new LinkedHashMap<>();

    public People(Collection<Person> people) {
        for (Person person : people) {
            if (byId.putIfAbsent(person.id(), person) != null) {
                throw new IllegalArgumentException("the people name " + person.id() + " twice");
            }
        }
    }

    public Optional<Person> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public List<Person> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
