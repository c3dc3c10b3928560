package id.kompeten.system;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once as the context starts, in the order of its phase: before the web server opens (Spring Boot
 * opens it at lifecycle phase {@code Integer.MAX_VALUE - 2048}) and before the job executor starts (on
 * ApplicationReadyEvent), so no request and no job meets a half-prepared application.
 */
public abstract class StartupStep implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    protected StartupStep(int phase) {
        this.phase = phase;
    }

    /** The step's work; a failure stops the start. */
    protected abstract void run();

    @Override
    public final void start() {
        run();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
