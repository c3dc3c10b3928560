package id.kompeten.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language a reader reads: the one asked for ({@code ?lang=en|id}), else the one chosen in this browser
 * (the cookie {@value #COOKIE}, which Tasklist's config.js sets from its ?lang= choice, and which email links of
 * English-reading employees make "en"), else Indonesian.
 */
public final class ReaderLanguage {

    public static final String COOKIE = "kompeten-lang";
    public static final String ENGLISH = "en";
    public static final String INDONESIAN = "id";

    private ReaderLanguage() {
    }

    /** "en" or "id" for this request, {@code asked} (a ?lang= value, may be null) first. */
    public static String of(HttpServletRequest request, String asked) {
        if (ENGLISH.equals(asked) || INDONESIAN.equals(asked)) {
            return asked;
        }
        return request == null ? INDONESIAN : chosen(request);
    }

    /** As {@link #of(HttpServletRequest, String)} for the request being served, if any. */
    public static String of(String asked) {
        var attributes = RequestContextHolder.getRequestAttributes();
        return of(attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null, asked);
    }

    /** The browser's choice only (never reads a request body, unlike getParameter on a form POST). */
    public static String chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && ENGLISH.equals(cookie.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return INDONESIAN;
    }
}
