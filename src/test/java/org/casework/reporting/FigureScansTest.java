package org.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.enforcement.PenaltyType.FINE;
import static org.casework.enforcement.PenaltyType.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table scans of a figure set run side by side outside a writing transaction and one after the other
 * inside one; either way, and with many leaders asking at once (more than may scan side by side), every
 * figure comes out the same. Inside a writing transaction its own uncommitted records are counted.
 */
class FigureScansTest extends FigureTestBase {

    @Autowired
    TransactionTemplate tx;

    @Test
    void sideBySideOneAfterTheOtherAndManyAtOnceGiveTheSameFigures() throws Exception {
        fx.penaltyCase(tree.street()).filed("2021-01-04").penalty("2021-02-01", "3000", null, FINE).insert();
        fx.penaltyCase(tree.squad()).filed("2021-03-01").penalty("2021-03-20", null, null, WARNING).insert();
        fx.petition(tree.street(), "12345", "2021-02-01").insert();
        Map<String, FigureValue> sideBySide = year(2021).figures();
        Map<String, FigureValue> inWritingTransaction = tx.execute(s -> year(2021).figures());
        assertThat(inWritingTransaction).isEqualTo(sideBySide);
        assertThat(count(year(2021), "penalty.decisions")).isEqualTo(2);

        var auth = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService leaders = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Map<String, FigureValue>>> asks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                asks.add(() -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    try {
                        return year(2021).figures();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            for (Future<Map<String, FigureValue>> answer : leaders.invokeAll(asks)) {
                assertThat(answer.get()).isEqualTo(sideBySide);
            }
        } finally {
            leaders.shutdownNow();
        }
    }

    @Test
    void aWritingTransactionCountsItsOwnUncommittedRecords() {
        long before = count(year(2021), "penalty.decisions");
        Long inside = tx.execute(s -> {
            fx.penaltyCase(tree.street()).filed("2021-05-04").penalty("2021-06-01", "500", null, FINE).insert();
            long counted = count(year(2021), "penalty.decisions");
            s.setRollbackOnly();
            return counted;
        });
        assertThat(inside).isEqualTo(before + 1);
        assertThat(count(year(2021), "penalty.decisions")).isEqualTo(before);
    }
}
