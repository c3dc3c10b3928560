package id.kompeten.employee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 18-digit NIP of an ASN: birth date (yyyyMMdd), appointment month (yyyyMM), sex (1 male, 2 female)
 * and a 3-digit sequence, e.g. 199001012015031001.
 */
public final class Nip {

    private Nip() {}

    /** @return null when valid, else the reason in a short English phrase (for logs and tests) */
    public static String problemOf(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return "must be exactly 18 digits";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)),
                    Integer.parseInt(nip.substring(4, 6)), Integer.parseInt(nip.substring(6, 8)));
            YearMonth appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)),
                    Integer.parseInt(nip.substring(12, 14)));
            if (!appointed.isAfter(YearMonth.from(birth))) {
                return "appointment month must come after the birth date";
            }
        } catch (DateTimeException e) {
            return "birth date or appointment month is not a real date";
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return "15th digit (sex) must be 1 or 2";
        }
        return null;
    }

    public static boolean isValid(String nip) {
        return problemOf(nip) == null;
    }
}
