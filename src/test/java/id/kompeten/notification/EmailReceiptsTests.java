package id.kompeten.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * A delivery receipt survives a connection the database closed under it (a restart of PostgreSQL): written on a fresh
 * connection, once; a receipt the database had already committed when the answer was lost is not an error; anything
 * else about the insert is not tried again; and while the database stays away, it gives up after its patience.
 * On H2 in memory, with connections that die as a restarted PostgreSQL's do (SQLState 08006).
 */
class EmailReceiptsTests {

    static final Instant SENT = Instant.parse("2026-03-02T01:00:00Z");

    JdbcDataSource h2;
    JdbcTemplate db;
    /** What each try of the insert meets: "dead" (a closed connection), "lost" (the answer lost after it ran), "ok". */
    final List<String> connections = new ArrayList<>();
    final AtomicInteger handedOut = new AtomicInteger();
    final List<Duration> pauses = new ArrayList<>();
    MovingClock clock;

    @BeforeEach
    void database() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:receipts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db = new JdbcTemplate(h2);
        db.execute("create table email_delivery (idempotency_key varchar(300) primary key,"
                + " message_id varchar(300) not null, delivered_at timestamp not null)");
        clock = new MovingClock();
    }

    EmailReceipts receipts() {
        return new EmailReceipts(db, new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connection();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }
        }, pause -> {
            pauses.add(pause);
            clock.now = clock.now.plus(pause);
        }, clock);
    }

    @Test
    void writesTheReceiptOnAFreshConnectionInsideTheJobsTransactionToo() {
        // the email job records its receipt inside the engine's transaction (Spring's synchronization active): a
        // connection taken through JdbcTemplate there would stay bound to the thread, and each retry would reuse it;
        // here the first connection stays dead for good, as Hikari's closed stand-in for a broken one does
        AtomicInteger taken = new AtomicInteger();
        javax.sql.DataSource receiptPool = new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                boolean dead = taken.getAndIncrement() == 0;
                Connection real = h2.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (dead && method.getName().equals("prepareStatement")) {
                                throw new SQLException("Connection is closed", "08003");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }
        };
        EmailReceipts receipts = new EmailReceipts(db, receiptPool, pause -> {
            pauses.add(pause);
            clock.now = clock.now.plus(pause);
        }, clock);
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(h2))
                .executeWithoutResult(status -> receipts.record("KMP-2026-000001/t", "<t@kompeten.example>", SENT));

        assertThat(receipts.deliveredAt("KMP-2026-000001/t")).contains(SENT);
        assertThat(taken).as("a fresh connection for the second try").hasValue(2);
    }

    @Test
    void writesTheReceiptOnAFreshConnectionWhenTheFirstIsDead() {
        connections.add("dead");
        receipts().record("KMP-2026-000001/a", "<a@kompeten.example>", SENT);

        assertThat(receipts().deliveredAt("KMP-2026-000001/a")).contains(SENT);
        assertThat(db.queryForObject("select count(*) from email_delivery", Integer.class)).isOne();
        assertThat(handedOut).hasValue(2);
        assertThat(pauses).as("the fresh connection at once").isEmpty();
    }

    @Test
    void aReceiptCommittedBeforeItsAnswerWasLostIsNotWrittenTwiceNorAnError() {
        connections.add("lost");
        receipts().record("KMP-2026-000002/a", "<b@kompeten.example>", SENT);

        assertThat(db.queryForList("select message_id from email_delivery", String.class))
                .containsExactly("<b@kompeten.example>");
        assertThat(handedOut).hasValue(2);
    }

    @Test
    void waitsForTheDatabaseToComeBackWithinItsPatience() {
        connections.addAll(List.of("dead", "dead", "dead", "dead"));
        receipts().record("KMP-2026-000003/a", "<c@kompeten.example>", SENT);

        assertThat(receipts().deliveredAt("KMP-2026-000003/a")).contains(SENT);
        assertThat(pauses).containsExactly(EmailReceipts.PAUSE, EmailReceipts.PAUSE, EmailReceipts.PAUSE);
    }

    @Test
    void givesUpWhenTheDatabaseStaysAwayLongerThanItsPatience() {
        for (int i = 0; i < 100; i++) {
            connections.add("dead");
        }
        assertThatThrownBy(() -> receipts().record("KMP-2026-000004/a", "<d@kompeten.example>", SENT))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(db.queryForObject("select count(*) from email_delivery", Integer.class)).isZero();
        // tries one second apart, for the patience (30 s) and one more
        assertThat(pauses).hasSize((int) EmailReceipts.PATIENCE.dividedBy(EmailReceipts.PAUSE) + 1);
    }

    @Test
    void aSecondReceiptOfTheSameEmailIsRefusedAtOnce() {
        EmailReceipts receipts = receipts();
        receipts.record("KMP-2026-000005/a", "<e@kompeten.example>", SENT);

        assertThatThrownBy(() -> receipts.record("KMP-2026-000005/a", "<e@kompeten.example>", SENT))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(handedOut).as("not tried again").hasValue(2);
    }

    /**
     * An H2 connection whose statement meets the next fate (counted per statement, as Spring also asks a connection
     * for the database's name): "dead" refuses it, "lost" runs it and then fails as a dropped connection does.
     */
    Connection connection() throws SQLException {
        Connection real = h2.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String fate = "ok";
                    if (method.getName().equals("prepareStatement")) {
                        int n = handedOut.getAndIncrement();
                        fate = n < connections.size() ? connections.get(n) : "ok";
                    }
                    if (fate.equals("dead")) {
                        throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (method.getName().equals("prepareStatement") && fate.equals("lost")) {
                            java.sql.PreparedStatement statement = (java.sql.PreparedStatement) result;
                            return Proxy.newProxyInstance(getClass().getClassLoader(),
                                    new Class<?>[] {java.sql.PreparedStatement.class}, (p, m, a) -> {
                                        Object r = m.invoke(statement, a);
                                        if (m.getName().equals("executeUpdate")) {
                                            throw new SQLException("An I/O error occurred while sending to the backend.",
                                                    "08006");
                                        }
                                        return r;
                                    });
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static final class MovingClock extends Clock {
        Instant now = SENT;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
