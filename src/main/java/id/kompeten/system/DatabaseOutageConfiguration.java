package id.kompeten.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class DatabaseOutageConfiguration {

    /**
     * Right after security's path-parameter filter (HIGHEST_PRECEDENCE), so before Spring Session's filter
     * (HIGHEST_PRECEDENCE + 50) and Spring Security's (-100), which read the session and the login from the database.
     */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailable(MessageSource messages) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(messages));
        registration.addUrlPatterns("/*");
        registration.setName("database-unavailable");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
