package id.kompeten.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Nothing without logging in, one user base (Camunda's identity):
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic, no session, no CSRF (no cookies to forge with).
 *       Matchers are built on the request path, so they see Jersey's /engine-rest too (plain MVC matchers
 *       silently don't). The engine then knows the user: Camunda's filter (container-based) on /engine-rest,
 *       ours on /api.</li>
 *   <li>Camunda's webapps ({@code /camunda/**}): their own session login and CSRF protection, untouched.</li>
 *   <li>The report pages {@code /laporan/**} and the files they and Tasklist's forms link to ({@code /berkas/**}, a
 *       claim's certificate): the webapps' session or HTTP Basic.</li>
 *   <li>Public: {@code /actuator/health}, the email task links (signed), the root redirect. Everything else:
 *       refused.</li>
 * </ul>
 */
@Configuration
class SecurityConfiguration {

    static final String PROBLEM_401 = "{\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Silakan masuk dengan nama pengguna dan kata sandi / Please log in\"}";
    static final String PROBLEM_403 = "{\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"Anda tidak berwenang / You are not allowed to do this\"}";

    static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(java.util.Arrays.stream(patterns).map(path::matcher)
                .toArray(RequestMatcher[]::new));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, CamundaIdentityAuthentication users, IdentityService identity)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kompeten\", charset=\"UTF-8\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, PROBLEM_401);
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problem(response, HttpServletResponse.SC_FORBIDDEN, PROBLEM_403);
        return http
                .securityMatcher(paths("/engine-rest/**", "/api/**"))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        // every agency's supervisors at once: administrators only (a timer does it each July)
                        .requestMatchers(paths("/api/jp/reminders")).hasAuthority(Roles.ADMIN)
                        // HR's work: opening cases, listing them, changing enrolments and sessions, starting
                        // activities, the agency's plans and the reviews of its answers
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/cases"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/activities"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/agency-plans"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/answer-reviews"),
                                paths("/api/cases/*/enrollment/**", "/api/cases/*/corrections", "/api/sessions/**", "/api/jp/agencies",
                                        "/api/jp/siasn", "/api/reports/**", "/api/programmes/**"))
                        .hasAnyAuthority(Roles.HR_STAFF, Roles.ADMIN)
                        // the rest: logged in; which case a caller may read is CaseAccess's rule, what they may
                        // do in the engine Camunda's authorizations
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The report pages: the Camunda webapp session of the browser (see {@link TasklistSession}) or HTTP Basic;
     * which programme a user may read is the page's own rule (HR of the agency, or its heads once published), which
     * claim's certificate the claim's (learning.LearningClaims).
     * Their script and Chart.js are public.
     */
    @Bean
    @Order(2)
    SecurityFilterChain reportPages(HttpSecurity http, CamundaIdentityAuthentication users) throws Exception {
        return http
                .securityMatcher(paths("/laporan/**", "/berkas/**", "/assets/**", "/webjars/**"))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/assets/**", "/webjars/**")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Kompeten"))
                // nobody logs in here: the Tasklist session is only read, so its id must not change (a new id on
                // every page logged Tasklist's own requests of the same moment out)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterBefore(new TasklistSession(), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http, CamundaIdentityAuthentication users) throws Exception {
        return http
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        // Camunda's webapps: their own login, session and CSRF filter guard them and /camunda/api
                        .requestMatchers(paths("/camunda/**")).permitAll()
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/tugas/**", "/", "/error", "/favicon.ico")).permitAll()
                        .anyRequest().denyAll())
                // the webapps send their own X-XSRF-TOKEN; Spring's token would refuse their requests
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/camunda/**")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpServletResponse.SC_UNAUTHORIZED, PROBLEM_401)))
                .build();
    }

    /** Camunda's own filter on /engine-rest, fed by Spring Security's authenticated principal. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    /**
     * After the engine knows the user: the one door to the engine's generic API for non-administrators, on
     * /engine-rest and on Tasklist's own copy of it (see {@link EngineApiGuard}).
     */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(TaskCompletionCheck completions) {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard(completions));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-api-guard");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** On Tasklist's (and Cockpit's, Admin's) login, within the session in the database (Spring Session's filter). */
    @Bean
    FilterRegistrationBean<LoginCsrfToken> loginCsrfToken(CamundaBpmProperties camunda) throws ServletException {
        String webapps = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<LoginCsrfToken> registration = new FilterRegistrationBean<>(
                new LoginCsrfToken(webapps, camunda.getWebapp().getCsrf().getInitParams()));
        registration.addUrlPatterns(webapps + "/api/admin/auth/user/*");
        registration.setName("login-csrf-token");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /** Before anything else, Spring Security's firewall included. */
    @Bean
    FilterRegistrationBean<PathParameterFilter> pathParameters() {
        FilterRegistrationBean<PathParameterFilter> registration = new FilterRegistrationBean<>(new PathParameterFilter());
        registration.addUrlPatterns("/*");
        registration.setName("path-parameters");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void problem(HttpServletResponse response, int status, String body) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(body);
    }
}
