package id.kompeten.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * /engine-rest answers races with 409 instead of 500 (a running job executed by hand, a concurrent update), an
 * unreadable body with a plain 400, and the database being gone with 503 and Retry-After.
 */
@Configuration
class EngineRestConflicts {

    /** Camunda's REST resources, plus our mapper; replaces the starter's default (it backs off for this bean). */
    @Bean
    CamundaJerseyResourceConfig engineRestResources() {
        return new EngineRestResources();
    }

    public static class EngineRestResources extends CamundaJerseyResourceConfig {
        @Override
        protected void registerAdditionalResources() {
            register(ConcurrentChangeMapper.class);
            register(UnreadableJsonMapper.Parse.class);
            register(UnreadableJsonMapper.Mapping.class);
            register(DatabaseUnavailableMapper.Engine.class);
            register(DatabaseUnavailableMapper.Any.class);
        }
    }

    /** After the engine knows the user (Camunda's filter has order LOWEST_PRECEDENCE - 1). */
    @Bean
    FilterRegistrationBean<RunningJobFilter> runningJobs() {
        FilterRegistrationBean<RunningJobFilter> registration = new FilterRegistrationBean<>(new RunningJobFilter());
        registration.addUrlPatterns("/engine-rest/job/*");
        registration.setName("engine-rest-running-job");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
