package org.casework.base.web;

import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Our business errors as JSON with a Chinese message: 403, 404, 422. */
@RestControllerAdvice(basePackages = "org.casework")
public class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> deniedBySpring(org.springframework.security.access.AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", "您没有访问此资源的权限", null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Map<String, Object>> rule(BusinessRuleException e) {
        return body(HttpStatus.UNPROCESSABLE_ENTITY, "rule_violated", e.getMessage(), e.field());
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message, String field) {
        Map<String, Object> body = field == null
                ? Map.of("status", status.value(), "error", error, "message", message)
                : Map.of("status", status.value(), "error", error, "message", message, "field", field);
        return ResponseEntity.status(status).body(body);
    }
}
