package org.casework.tasks;

import java.time.LocalDate;
import java.util.List;
import org.casework.security.UserContext;

/**
 * A feature's deadlines that need the user's attention on the 工作台 (amber: due within 3 working
 * days; red: overdue), beside the user's tasks. Implemented by a Spring bean of the feature.
 */
public interface DeadlineSource {

    List<DeadlineWarning> warningsFor(UserContext user);

    /**
     * One period that needs attention: which case, which period, its due date and legal source, and
     * where to open the case.
     */
    record DeadlineWarning(String caseNumber, String subject, String period, LocalDate due, boolean overdue, String source,
                           String route) {
    }
}
