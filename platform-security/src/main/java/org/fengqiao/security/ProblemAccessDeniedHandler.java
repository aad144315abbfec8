package org.fengqiao.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 for a valid token whose person (or system) has none of the roles or scopes the operation needs. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        SecurityProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, SecurityProblems.FORBIDDEN, "Not allowed",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".", Map.of());
    }
}
