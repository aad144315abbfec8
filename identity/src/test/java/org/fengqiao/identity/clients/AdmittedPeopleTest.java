package org.fengqiao.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.identity.clients.model.PlatformClients;
import org.fengqiao.identity.people.model.Person;
import org.junit.jupiter.api.Test;

class AdmittedPeopleTest {

    private static final Person RESIDENT = new Person("CZ-30982", "Ling Zihao", PersonKind.RESIDENT, List.of(Role.RESIDENT), null, null, null);
    private static final Person OFFICER = new Person("CO-02", "Officer Mo Chen", PersonKind.POLICE, List.of(Role.COMMUNITY_OFFICER),
            List.of("GC-103"), null, null);
    private static final Person OPERATOR = new Person("OP-01", "Yan Zhuoqun", PersonKind.STAFF, List.of(Role.OPERATOR), null, null, null);

    @Test
    void the_residents_app_is_for_residents_and_the_officers_app_for_everybody_else() {
        assertThat(PlatformClients.RESIDENT_APP.admits().admits(RESIDENT)).isTrue();
        assertThat(PlatformClients.RESIDENT_APP.admits().admits(OFFICER)).isFalse();
        assertThat(PlatformClients.OFFICER_APP.admits().admits(OFFICER)).isTrue();
        assertThat(PlatformClients.OFFICER_APP.admits().admits(OPERATOR)).isTrue();
        assertThat(PlatformClients.OFFICER_APP.admits().admits(RESIDENT)).isFalse();
    }

    @Test
    void the_operations_console_is_for_operators_only() {
        assertThat(PlatformClients.OPS_CONSOLE.admits().admits(OPERATOR)).isTrue();
        assertThat(PlatformClients.OPS_CONSOLE.admits().admits(OFFICER)).isFalse();
        assertThat(PlatformClients.OPS_CONSOLE.admits().admits(RESIDENT)).isFalse();
    }

    @Test
    void a_person_gets_the_app_made_for_them_unless_they_name_another() {
        assertThat(PlatformClients.usualAppFor(RESIDENT)).isEqualTo(PlatformClients.RESIDENT_APP);
        assertThat(PlatformClients.usualAppFor(OPERATOR)).isEqualTo(PlatformClients.OFFICER_APP);
    }
}
