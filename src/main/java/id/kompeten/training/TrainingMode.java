package id.kompeten.training;

/** How a session is delivered. */
public enum TrainingMode {
    KLASIKAL("Klasikal (tatap muka)"),
    E_LEARNING("E-learning"),
    BLENDED("Blended");

    private final String label;

    TrainingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
