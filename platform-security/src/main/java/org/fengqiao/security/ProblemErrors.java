package org.fengqiao.security;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any controller could answer them are answered as RFC 9457
 * problem+json too, never as an HTML page or Spring's default error JSON:
 * <ul>
 *   <li>those the servlet container forwards to its error page ({@code /error}), such as a path
 *       the firewall rejects (an encoded {@code %} or {@code ;}), by {@link ErrorPage};</li>
 *   <li>those Tomcat refuses itself before the application sees them (a path with an encoded
 *       slash or a NUL, a request line or headers over the size limit), by {@link ReportValve} in
 *       place of Tomcat's HTML error report.</li>
 * </ul>
 */
public final class ProblemErrors {

    /** The request itself is broken: its path, its line or its headers. */
    public static final URI MALFORMED_REQUEST = URI.create("urn:fengqiao:problem:malformed-request");
    public static final URI NOT_FOUND = URI.create("urn:fengqiao:problem:not-found");
    public static final URI INTERNAL_ERROR = URI.create("urn:fengqiao:problem:internal-error");
    /** Any other refusal the container made on its own (405, 413, 414, ...). */
    public static final URI REQUEST_REFUSED = URI.create("urn:fengqiao:problem:request-refused");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, Object> problem(int status, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        URI type = status == 400 ? MALFORMED_REQUEST : status == 404 ? NOT_FOUND : status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        HttpStatus known = HttpStatus.resolve(status);
        body.put("type", type.toString());
        body.put("title", known == null ? "Request refused" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", status == 400 ? "The request's path, line or headers are malformed or too large; nothing was done."
                : status >= 500 ? "The request could not be handled; nothing more is said here."
                : "The request was refused before it reached the service; nothing was done.");
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    /** {@code /error}: what the container forwards there, as a problem. */
    @RestController
    @io.swagger.v3.oas.annotations.Hidden
    public static class ErrorPage implements ErrorController {

        @RequestMapping("${server.error.path:/error}")
        ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer number ? number : 500;
            // the path the client sent is not echoed: it may be what was refused
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status, null));
        }
    }

    /** Tomcat's error report, for what it refuses before the application: a problem instead of HTML. */
    public static class ReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(problem(status, null)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response committed: nothing more can be said
            }
        }
    }

    /** Puts {@link ReportValve} in place of Tomcat's HTML error report. */
    public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ReportValve.class.getName());
            }
        });
    }

    private ProblemErrors() {
    }
}
