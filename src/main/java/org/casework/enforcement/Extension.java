package org.casework.enforcement;

import java.time.LocalDate;

/** An approved extension of the decision period: how many days, how and by whom. */
public record Extension(int days, ExtensionVia via, LocalDate approvedOn, String approvedBy, String approverName,
                        String reason) {
}
