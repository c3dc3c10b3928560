package id.kompeten.language;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Outside the engine API's guard and authentication: it changes only the texts of what they let through. */
    @Bean
    FilterRegistrationBean<TasklistInEnglish> tasklistInEnglish(ModelTexts texts, RepositoryService repository) {
        FilterRegistrationBean<TasklistInEnglish> registration =
                new FilterRegistrationBean<>(new TasklistInEnglish(texts, repository));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setName("tasklist-in-english");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
