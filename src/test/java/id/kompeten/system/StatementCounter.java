package id.kompeten.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application's data source runs (the engine's and ours: every execute, and every
 * statement added to a batch), so the benchmark can say how many a case costs. Wraps the data source bean; the
 * email receipts' own small pool (notification.EmailReceipts) is not counted.
 */
final class StatementCounter implements BeanPostProcessor {

    final AtomicLong statements = new AtomicLong();
    /** With -Dkompeten.benchmark.sql=true: how often each statement ran (its text as prepared). */
    final java.util.Map<String, java.util.concurrent.atomic.LongAdder> bySql = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean bySqlOn = Boolean.getBoolean("kompeten.benchmark.sql");

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(method, target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(method, target, args);
            if (result instanceof Statement statement) {
                Class<? extends Statement> type = result instanceof java.sql.CallableStatement
                        ? java.sql.CallableStatement.class
                        : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return statement(type, statement, sql);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, Statement statement, String prepared) {
        return proxy(type, type.cast(statement), (target, method, args) -> {
            String called = method.getName();
            if (called.equals("addBatch") || (called.startsWith("execute") && !called.equals("executeBatch"))) {
                statements.incrementAndGet();
                if (bySqlOn) {
                    String sql = prepared != null ? prepared
                            : args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                    bySql.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(),
                            k -> new java.util.concurrent.atomic.LongAdder()).increment();
                }
            }
            return invoke(method, target, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(method, target, args); // Hikari and Spring look for the pool behind the proxy
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
