package org.casework.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.casework.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Four filter chains, deny by default:
 * <ol>
 *   <li>{@code /engine-rest/**}: HTTP Basic, system administrators only (Camunda's REST is open otherwise).</li>
 *   <li>{@code /camunda/**}: the Camunda webapps, for system administrators signed in to casework; the
 *       webapps take the signed-in user through container-based authentication (no second login).</li>
 *   <li>{@code /api/**}: our JSON API, by session or HTTP Basic; 401/403 answered as JSON.</li>
 *   <li>everything else: the Vaadin UI with its login view.</li>
 * </ol>
 * String patterns would become MVC matchers that do not see Camunda's Jersey servlets (stack.md P3),
 * hence {@link PathPatternRequestMatcher}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        http.securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // the webapps protect themselves with their own CSRF token
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        http.securityMatcher(PATHS.matcher("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                // a request with its own Authorization header cannot be forged by another site;
                // a browser session posting to the API needs the CSRF token
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PATHS.matcher("/error")).permitAll()
                .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**")).permitAll()
                .requestMatchers(PATHS.matcher("/styles/**"), PATHS.matcher("/images/**")).permitAll()
                .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Role.ADMIN.name()));
        // the document preview shows a PDF from our own server in a frame; other sites still may not frame us
        http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
        http.with(VaadinSecurityConfigurer.vaadin(), v -> v.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /** Hands the signed-in casework administrator to the Camunda webapps (see {@link CamundaWebappUser}, {@link CamundaWebappSso}). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CamundaWebappSso());
        registration.setInitParameters(Map.of("authentication-provider", CamundaWebappUser.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }

}
