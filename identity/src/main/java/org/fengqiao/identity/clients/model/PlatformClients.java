package org.fengqiao.identity.clients.model;

import java.util.List;
import java.util.Optional;

import org.fengqiao.events.access.Scopes;
import org.fengqiao.identity.clients.model.PlatformClient.App;
import org.fengqiao.identity.clients.model.PlatformClient.OutsideSystem;
import org.fengqiao.identity.people.model.Person;

/**
 * Every client of the platform. The default redirect URIs are those of one machine: the command-line
 * apps' loopback callback, and the gateway on port 8080 for the operations console and Swagger UI.
 */
public final class PlatformClients {

    public static final App OFFICER_APP = new App("officer-app", AdmittedPeople.EVERYONE_BUT_RESIDENTS,
            List.of("http://127.0.0.1:8090/callback"));
    public static final App RESIDENT_APP = new App("resident-app", AdmittedPeople.RESIDENTS,
            List.of("http://127.0.0.1:8090/callback"));
    public static final App OPS_CONSOLE = new App("ops-console", AdmittedPeople.OPERATORS,
            List.of("http://localhost:8080/ops/login/oauth2/code/ops-console"));
    /** Swagger UI behind the gateway, for trying the APIs out as any made-up person. */
    public static final App SWAGGER_UI = new App("swagger-ui", AdmittedPeople.EVERYONE,
            List.of("http://localhost:8080/swagger-ui/oauth2-redirect.html"));

    /** A city hotline system that reads disputes and reports new ones on behalf of a reporter. */
    public static final OutsideSystem CITY_HOTLINE = new OutsideSystem("city-hotline",
            List.of(Scopes.DISPUTES_READ, Scopes.DISPUTES_REPORT));
    /** The statistics bureau, reading the station's figures. */
    public static final OutsideSystem STATISTICS_BUREAU = new OutsideSystem("statistics-bureau", List.of(Scopes.KPIS_READ));
    /** Prometheus, scraping the services' metrics. */
    public static final OutsideSystem PROMETHEUS = new OutsideSystem("prometheus", List.of(Scopes.METRICS_READ));

    public static final List<PlatformClient> ALL = List.of(OFFICER_APP, RESIDENT_APP, OPS_CONSOLE, SWAGGER_UI, CITY_HOTLINE,
            STATISTICS_BUREAU, PROMETHEUS);

    private PlatformClients() {
    }

    public static Optional<App> app(String id) {
        return ALL.stream().filter(App.class::isInstance).map(App.class::cast).filter(app -> app.id().equals(id)).findFirst();
    }

    /** The app a person signs in through unless they name another: residents' app or officers' app. */
    public static App usualAppFor(Person person) {
        return person.isResident() ? RESIDENT_APP : OFFICER_APP;
    }
}
