package id.kompeten.security;

import java.util.function.Supplier;

/**
 * The client address of the login being checked, handed from whoever knows it (Spring Security's request
 * details) to the identity provider inside Camunda's command, which does not.
 */
final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {}

    static <T> T during(String address, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(address);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    static String current() {
        return CURRENT.get();
    }
}
