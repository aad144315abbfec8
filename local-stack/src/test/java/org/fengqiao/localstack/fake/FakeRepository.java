package org.fengqiao.localstack.fake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.fengqiao.localstack.LocalStack;
import org.fengqiao.localstack.ServiceDefinition;

/** Lays out a temporary "repository" whose service jars run {@link FakeService}. */
public final class FakeRepository {

    private FakeRepository() {
    }

    /** Creates {@code root/pom.xml} and {@code root/<service>/target/<service>-<version>-exec.jar} for each service. */
    public static Path create(Path root, String... services) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve("pom.xml"), "<project/>");
            for (String service : services) {
                Path jar = ServiceDefinition.require(service).jar(root, LocalStack.version());
                Files.createDirectories(jar.getParent());
                writeJar(jar);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = classesRoot();
        String packagePath = FakeService.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path cls : files.filter(p -> p.getFileName().toString().startsWith("FakeService")).toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + cls.getFileName()));
                out.write(Files.readAllBytes(cls));
                out.closeEntry();
            }
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
