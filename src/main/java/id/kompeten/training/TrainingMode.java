package id.kompeten.training;

/** How a session is delivered; its label is the Indonesian {@code training.mode.<CODE>} of messages.properties. */
public enum TrainingMode {
    KLASIKAL("Klasikal (tatap muka)"),
    E_LEARNING("E-learning"),
    BLENDED("Blended (tatap muka dan daring)");

    private final String label;

    TrainingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
