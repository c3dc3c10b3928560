package id.kompeten.notification;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email as HTML and as plain text from the Thymeleaf templates in {@code templates/mail/}. Every
 * text is escaped (th:text), so an answer typed with markup shows as text, never as markup.
 */
@Component
class EmailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    record Rendered(String html, String text) {}

    Rendered render(ComposedEmail email) {
        Context context = new Context(email.recipient().locale(), Map.of(
                "lang", email.recipient().locale().getLanguage(),
                "email", email));
        return new Rendered(html.process("notification", context), text.process("notification", context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
