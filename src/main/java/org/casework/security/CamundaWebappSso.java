package org.casework.security;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based authentication filter, for users that live in our tables only.
 * <p>
 * Camunda's own {@code createAuthentication} looks the user up in its identity tables
 * ({@code ACT_ID_USER}); our administrators are not there, so it returned null and the filter failed
 * with a NullPointerException (HTTP 500 on {@code /camunda/app/cockpit/default/}). Here the webapp
 * authentication is built from what {@link CamundaWebappUser} says (user name, Camunda's admin group).
 * Its cache validation time lies in the far future because Camunda's periodic re-validation would look
 * for the user in {@code ACT_ID_USER} again and drop the authentication; our security chain checks
 * the ADMIN role on every {@code /camunda/**} request instead.
 */
class CamundaWebappSso extends ContainerBasedAuthenticationFilter {

    static final Set<String> APPS = Set.of("cockpit", "tasklist", "admin", "welcome");

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        UserAuthentication authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups == null ? List.of() : List.copyOf(groups));
        authentication.setTenantIds(tenants == null ? List.of() : List.copyOf(tenants));
        authentication.setAuthorizedApps(APPS);
        authentication.setCacheValidationTime(new Date(Long.MAX_VALUE));
        return authentication;
    }
}
