package id.kompeten.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JP rules of every kind, as configured (kompeten.jp), for whoever credits JP. */
@Configuration(proxyBeanMethods = false)
class JpRulesConfiguration {

    @Bean
    JpRules jpRules(JpSettings settings) {
        return settings.rules();
    }
}
