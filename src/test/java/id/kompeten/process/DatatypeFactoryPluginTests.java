package id.kompeten.process;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The factory the plugin names is the one the classpath's search finds; a property already given stays. */
class DatatypeFactoryPluginTests {

    private String given;

    @BeforeEach
    void withoutTheProperty() {
        given = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (given == null) {
            System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        } else {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, given);
        }
    }

    @Test
    void namesTheFactoryTheSearchFinds() throws Exception {
        Class<?> searched = DatatypeFactory.newInstance().getClass(); // the property unset: the search of every jar
        new DatatypeFactoryPlugin().preInit(new StandaloneInMemProcessEngineConfiguration());
        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(searched.getName());
        assertThat(DatatypeFactory.newInstance()).isExactlyInstanceOf(searched);
    }

    @Test
    void aPropertyGivenOnTheCommandLineWins() {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.TheirFactory");
        new DatatypeFactoryPlugin().preInit(new StandaloneInMemProcessEngineConfiguration());
        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("org.example.TheirFactory");
    }
}
