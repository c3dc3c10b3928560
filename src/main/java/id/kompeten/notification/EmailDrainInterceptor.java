package id.kompeten.notification;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Outside the engine's transaction interceptor: once a command (a job, a task's completion) is over, committed
 * and its connection given back, sends the emails its steps recorded ({@link EmailDrain}), on the same thread.
 * So an email costs no job, and a send never waits for a connection while holding one. Only the outermost command
 * of a thread with no transaction of its own around it: inside a transaction the emails wait for its commit.
 */
class EmailDrainInterceptor extends CommandInterceptor {

    private final Supplier<EmailDrain> drain;

    EmailDrainInterceptor(Supplier<EmailDrain> drain) {
        this.drain = drain;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null || TransactionSynchronizationManager.isActualTransactionActive()
                || !EmailDrain.open()) {
            return next.execute(command);
        }
        List<Long> committed = null;
        try {
            T result = next.execute(command);
            committed = EmailDrain.close();
            return result;
        } finally {
            if (committed == null) {
                committed = EmailDrain.close(); // the command failed: what committed before still goes
            }
            if (!committed.isEmpty()) {
                drain.get().sendAll(committed);
            }
        }
    }
}
