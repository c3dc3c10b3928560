package id.kompeten.process;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} before the engine starts. The engine makes a new one for every
 * duration it reads (each timer's due date, each job's retry cycle), and without the property every
 * {@code DatatypeFactory.newInstance()} searches all jars of the classpath for a provider: about 4% of the CPU of a
 * whole case in the benchmark. No jar of ours provides one, so the factory is the one the search ended with; a
 * property given on the command line wins.
 */
@Component
class DatatypeFactoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        System.getProperties().putIfAbsent(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
}
