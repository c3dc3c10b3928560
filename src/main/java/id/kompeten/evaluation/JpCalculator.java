package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** JP (jam pelajaran) credited for attended training: minutes / minutes-per-JP, two decimals. Engine-free. */
public final class JpCalculator {

    private final int minutesPerJp;

    public JpCalculator(int minutesPerJp) {
        if (minutesPerJp <= 0) {
            throw new IllegalArgumentException("minutes per JP must be positive");
        }
        this.minutesPerJp = minutesPerJp;
    }

    public BigDecimal jpFor(int attendedMinutes) {
        if (attendedMinutes < 0) {
            throw new IllegalArgumentException("attended minutes must not be negative");
        }
        return BigDecimal.valueOf(attendedMinutes).divide(BigDecimal.valueOf(minutesPerJp), 2, RoundingMode.HALF_UP);
    }
}
