package org.fengqiao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.identity.people.application.PeopleSeed;
import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.people.model.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people who may sign in are the people the services already know, with the same ids and names
 * and claims that say what their directories say: read from the sibling modules' directory files,
 * so a change on either side that is not made on the other fails the build.
 */
class PeopleMatchTheDirectoriesTest {

    private static final Path GRID = Path.of("../platform-kit/src/main/resources/org/fengqiao/kit/directory/grid-directory.json");
    private static final Path RECIPIENTS = Path.of("../notification-service/src/main/resources/org/fengqiao/notification/seed/recipients.json");
    private static final Path STATION = Path.of("../dispute-service/src/main/resources/org/fengqiao/dispute/directory/station-directory.json");
    private static final Path PATROL = Path.of("../patrol-service/src/main/resources/org/fengqiao/patrol/directory/patrol-directory.json");

    private static final Set<PersonKind> NOT_IN_ANY_DIRECTORY = Set.of(PersonKind.STAFF, PersonKind.RESIDENT);

    static People people;
    static Map<String, Person> fromDirectories;

    @BeforeAll
    static void read() throws IOException {
        people = PeopleSeed.load();
        fromDirectories = new LinkedHashMap<>();
        communityOfficers(json(GRID));
        policeOnDuty(json(RECIPIENTS));
        stationDirectory(json(STATION));
        patrolTeams(json(PATROL));
    }

    @Test
    void everybody_in_the_directories_signs_in_with_the_same_id_name_and_claims() {
        assertThat(fromDirectories).hasSizeGreaterThan(1000);
        List<String> drifted = new ArrayList<>();
        fromDirectories.forEach((id, expected) -> {
            Person seeded = people.find(id).orElse(null);
            if (!expected.equals(seeded)) {
                drifted.add("directories say " + expected + " but people.json says " + seeded);
            }
        });
        assertThat(drifted).isEmpty();
    }

    @Test
    void nobody_signs_in_who_the_directories_do_not_have_except_staff_and_residents() {
        assertThat(people.all())
                .filteredOn(person -> !NOT_IN_ANY_DIRECTORY.contains(person.kind()))
                .extracting(Person::id)
                .allSatisfy(id -> assertThat(fromDirectories).containsKey(id));
    }

    @Test
    void the_station_staff_and_the_residents_are_there() {
        assertThat(people.find("RD-01")).hasValueSatisfying(person -> assertThat(person.roles()).containsExactly(Role.REGISTRATION_DESK));
        assertThat(people.find("RD-02")).hasValueSatisfying(person -> assertThat(person.roles()).containsExactly(Role.REGISTRATION_DESK));
        assertThat(people.find("AF-01")).hasValueSatisfying(person -> assertThat(person.roles()).containsExactly(Role.ANTI_FRAUD_DESK));
        assertThat(people.find("OP-01")).hasValueSatisfying(person -> assertThat(person.roles()).containsExactly(Role.OPERATOR));
        assertThat(people.find("OP-02")).hasValueSatisfying(person -> assertThat(person.kind()).isEqualTo(PersonKind.STAFF));
        assertThat(people.all()).filteredOn(Person::isResident).extracting(Person::id)
                .containsExactlyInAnyOrder("CZ-90001", "CZ-90002", "CZ-90003", "CZ-90004", "CZ-90005", "CZ-90006", "CZ-90007",
                        "CZ-90008", "CZ-90009", "CZ-90010", "CZ-90011", "CZ-90012", "CZ-30982");
        assertThat(people.all()).filteredOn(Person::isResident).allSatisfy(resident -> {
            assertThat(resident.roles()).containsExactly(Role.RESIDENT);
            assertThat(resident.gridCells()).isEmpty();
        });
    }

    private static void communityOfficers(JsonNode grid) {
        for (JsonNode officer : grid.get("communityOfficers")) {
            String id = officer.get("id").asString();
            List<String> cells = stream(grid.get("gridCells"))
                    .filter(cell -> cell.get("communityOfficerId").asString().equals(id))
                    .map(cell -> cell.get("id").asString())
                    .toList();
            expect(new Person(id, officer.get("name").asString(), PersonKind.POLICE, List.of(Role.COMMUNITY_OFFICER), cells, null, null));
        }
    }

    /** Only the police on duty: the file's PM-.. entries are notification placeholders, the station directory names the mediators. */
    private static void policeOnDuty(JsonNode recipients) {
        stream(recipients.get("recipients"))
                .filter(recipient -> recipient.get("id").asString().startsWith("PO-"))
                .forEach(police -> expect(new Person(police.get("id").asString(), police.get("name").asString(), PersonKind.POLICE,
                        List.of(Role.POLICE_OFFICER), List.of(), null, null)));
    }

    private static void stationDirectory(JsonNode station) {
        for (JsonNode investigator : station.get("informationInvestigators")) {
            expect(new Person(investigator.get("id").asString(), investigator.get("name").asString(), PersonKind.INFORMATION_INVESTIGATOR,
                    List.of(Role.INFORMATION_INVESTIGATOR), List.of(investigator.get("gridCellId").asString()), null, null));
        }
        for (JsonNode mediator : station.get("mediationTeam")) {
            expect(new Person(mediator.get("id").asString(), mediator.get("name").asString(), PersonKind.MEDIATOR,
                    List.of(Role.MEDIATOR), List.of(), null, null));
        }
        for (JsonNode unit : station.get("units")) {
            expect(new Person(unit.get("id").asString(), unit.get("name").asString(), PersonKind.UNIT,
                    List.of(Role.UNIT_MEDIATOR), List.of(unit.get("gridCellId").asString()), null, null));
        }
        for (JsonNode department : station.get("departments")) {
            String id = department.get("id").asString() + "-LIAISON";
            // the liaison's name is made up in people.json; the directory only names the department
            String name = people.find(id).map(Person::name).orElse("(missing)");
            expect(new Person(id, name, PersonKind.DEPARTMENT_LIAISON, List.of(Role.DEPARTMENT_LIAISON), List.of(), null,
                    department.get("id").asString()));
        }
    }

    private static void patrolTeams(JsonNode patrol) {
        for (JsonNode team : patrol.get("teams")) {
            for (JsonNode member : team.get("members")) {
                Role role = switch (member.get("role").asString()) {
                    case "LEADER" -> Role.PATROL_LEADER;
                    case "MEMBER" -> Role.PATROL_MEMBER;
                    default -> throw new IllegalStateException("unknown patrol role of " + member);
                };
                expect(new Person(member.get("id").asString(), member.get("name").asString(), PersonKind.PATROL_VOLUNTEER,
                        List.of(role), List.of(), team.get("id").asString(), null));
            }
        }
    }

    private static void expect(Person person) {
        if (fromDirectories.putIfAbsent(person.id(), person) != null) {
            throw new IllegalStateException("two directories name " + person.id());
        }
    }

    private static JsonNode json(Path file) throws IOException {
        assertThat(file).as("run from the identity module's directory; the sibling module's file").exists();
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
