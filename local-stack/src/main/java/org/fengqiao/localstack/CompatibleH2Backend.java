package org.fengqiao.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server plus the {@code hello} command, which mongo-java-server
 * (1.47) does not know but Spring Boot 4's MongoDB health indicator sends ({@code { hello: 1 }}):
 * without it every service's {@code /actuator/health} would report DOWN. {@code hello} is the
 * modern name of {@code isMaster}, so it is answered the same way, plus {@code isWritablePrimary}.
 */
final class CompatibleH2Backend extends H2Backend {

    CompatibleH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
