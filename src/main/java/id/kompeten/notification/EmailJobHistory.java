package id.kompeten.notification;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The job log of an email job, removed with its case's history. Camunda gives a job log entry its root process
 * instance (by which the end of the root instance sets the removal time of all its history) and its removal time
 * only from the job's execution; an email job has none (see {@link EmailJobHandler#schedule}), and often runs after
 * its case has ended. Without this, its log (created, sent, failed with the stack trace) would outlive the history
 * cleanup for good. Wraps whichever producer the engine has, changing nothing else.
 */
final class EmailJobHistory {

    private EmailJobHistory() {}

    static HistoryEventProducer around(HistoryEventProducer producer) {
        return (HistoryEventProducer) Proxy.newProxyInstance(HistoryEventProducer.class.getClassLoader(),
                new Class<?>[] {HistoryEventProducer.class}, (proxy, method, args) -> {
                    Object event = invoke(producer, method, args);
                    if (event instanceof HistoricJobLogEvent log && args != null && args[0] instanceof JobEntity job) {
                        ofTheCase(log, job);
                    }
                    return event;
                });
    }

    /** A job without an execution that names its case's root instance: the log entry joins that instance's history. */
    private static void ofTheCase(HistoricJobLogEvent log, JobEntity job) {
        String root = job.getRootProcessInstanceId();
        if (log.getRootProcessInstanceId() != null || job.getExecutionId() != null || root == null) {
            return;
        }
        DbEntityManager db = Context.getCommandContext().getDbEntityManager();
        log.setRootProcessInstanceId(root);
        // null while the root instance runs: its end then sets it on every row of the root, this one included
        HistoricProcessInstanceEventEntity rootInstance = db.selectById(HistoricProcessInstanceEventEntity.class, root);
        log.setRemovalTime(rootInstance == null ? null : rootInstance.getRemovalTime());
        if (log.getExceptionByteArrayId() != null) {
            ByteArrayEntity stackTrace = db.getCachedEntity(ByteArrayEntity.class, log.getExceptionByteArrayId());
            if (stackTrace != null) {
                stackTrace.setRootProcessInstanceId(root);
                stackTrace.setRemovalTime(log.getRemovalTime());
            }
        }
    }

    private static Object invoke(HistoryEventProducer producer, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(producer, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
