package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Every query method of our repositories says its query in JPQL ({@code @Query}), none is derived from its name.
 * Spring Data JPA 3.5 runs a derived query as a criteria query, and Hibernate 6.6 translates a criteria query to SQL
 * on every call (it caches the translation of a query string only): half of the time our steps spent in their queries
 * went to that translation (README, Measured). The test profile makes every repository at start, so a JPQL string
 * that does not parse fails every test run.
 */
class RepositoryQueriesTests {

    @Test
    void everyQueryMethodOfOurRepositoriesDeclaresItsQuery() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        List<String> repositories = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("id.kompeten")) {
            Class<?> repository = Class.forName(definition.getBeanClassName());
            repositories.add(repository.getSimpleName());
            for (Method method : repository.getDeclaredMethods()) {
                if (!method.isDefault() && !method.isSynthetic() && !method.isAnnotationPresent(Query.class)) {
                    derived.add(repository.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertThat(repositories).as("the repositories found").contains("CaseRepository", "EnrollmentRepository");
        assertThat(derived).as("query methods without @Query").isEmpty();
    }
}
