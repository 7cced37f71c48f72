package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnownNumbersTest {

    @Test
    void outsideABulkImportEveryNumberMayExist() {
        AtomicInteger loads = new AtomicInteger();
        assertThat(KnownNumbers.mayExist("case", 1, "X-1", org -> {
            loads.incrementAndGet();
            return List.of();
        })).isTrue();
        assertThat(loads).hasValue(0);
    }

    @Test
    void duringABulkImportEachOrganisationIsLoadedOnceAndCreatedNumbersAreKnown() {
        AtomicInteger loads = new AtomicInteger();
        KnownNumbers.collectedDuring(() -> {
            assertThat(KnownNumbers.mayExist("case", 1, "东执罚〔2024〕1号", org -> {
                loads.incrementAndGet();
                return List.of("东执罚〔2024〕1号", "AB-7");
            })).isTrue();
            assertThat(KnownNumbers.mayExist("case", 1, "东执罚〔2024〕2号", org -> List.of("never asked"))).isFalse();
            assertThat(KnownNumbers.mayExist("case", 1, "ab-7 ", org -> List.of())).as("as MySQL's _ci collation compares").isTrue();
            assertThat(KnownNumbers.mayExist("inspection", 1, "AB-7", org -> List.of())).as("another kind").isFalse();
            assertThat(KnownNumbers.mayExist("case", 2, "AB-7", org -> List.of())).as("another organisation").isFalse();

            KnownNumbers.created("case", 1, "东执罚〔2024〕2号");
            assertThat(KnownNumbers.mayExist("case", 1, "东执罚〔2024〕2号", org -> List.of())).isTrue();
            return null;
        });
        assertThat(loads).hasValue(1);
        assertThat(KnownNumbers.mayExist("case", 1, "东执罚〔2024〕2号", org -> List.of())).as("forgotten after the import").isTrue();
    }
}
