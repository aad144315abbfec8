# One runtime-only image for the gateway and the four services: nothing is compiled here, and
# the module and its port come from docker-compose.yml (the build context is the module's
# directory, PORT a build argument). identity has its own Dockerfile: it also keeps its signing
# keys in a volume.
#
# The jars must be built with Maven first, from the repository root:
#   mvn clean -DskipTests package
# which leaves exactly one target/<module>-<version>-exec.jar in each module (Spring Boot
# repackage, classifier "exec"; "clean" so that a jar of an older version is not left beside it).
# Then: docker compose build. Each module's .dockerignore sends only that jar.
#
# The jar is unpacked into Spring Boot's layers (the libraries, the loader, the platform's own
# snapshot modules, the service's classes), each copied as an image layer of its own, least
# often changed first: after a code change only the last small layers are rebuilt and pushed.

FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY target/*-exec.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre

# the process's port: SERVER_PORT defaults to it in the module's application.yml
ARG PORT

# Run as an unprivileged system user, never as root.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app
# Left owned by root (world-readable): the app user can run the service but not modify it.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

USER app:app

EXPOSE ${PORT}

# Heap and other JVM flags come from JAVA_TOOL_OPTIONS (set in docker-compose.yml).
ENTRYPOINT ["java","org.springframework.boot.loader.launch.JarLauncher"]
