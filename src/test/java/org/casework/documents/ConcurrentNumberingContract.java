package org.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers stay gapless and unique when many officers issue at once: 8 threads issue 200 documents of
 * one type for one new organisation, starting together (so they also race to create the sequence
 * row), and 20 more issues roll back and must give their numbers back. Database-neutral: the H2 test
 * extends it, and a MariaDB/MySQL test can extend it unchanged with the project's MariaDB test setup
 * (the mysql profile on a real server).
 */
abstract class ConcurrentNumberingContract {

    static final int THREADS = 8;
    static final int DOCUMENTS = 200;

    @Autowired
    DocumentService documents;
    @Autowired
    OrgService orgs;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentNumbering numbering;

    /**
     * The first two documents of a new (org, year, type) race to create its sequence row: the second
     * waits for the first transaction (3 seconds here, longer than one lock wait on H2) and then takes
     * number 2, or number 1 if the first rolled back.
     */
    @Test
    void theSecondIssuerWaitsForTheFirstWhileTheRowIsCreated() throws Exception {
        for (boolean firstCommits : new boolean[] {true, false}) {
            OrgRef squad = orgs.create(new OrgCommand("DOC-R-" + Long.toString(System.nanoTime(), 36), "编号竞争测试中队",
                    orgs.requireByCode("320599001").id(), OrgType.SQUAD, null, null, true));
            CountDownLatch firstHasNumber = new CountDownLatch(1);
            CountDownLatch firstMayEnd = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = pool.submit(() -> tx.execute(status -> {
                    int n = numbering.next(squad.id(), 2024, DocumentType.HEARING_NOTICE);
                    firstHasNumber.countDown();
                    await(firstMayEnd);
                    if (!firstCommits) {
                        status.setRollbackOnly();
                    }
                    return n;
                }));
                await(firstHasNumber);
                Future<Integer> second = pool.submit(() -> tx.execute(status ->
                        numbering.next(squad.id(), 2024, DocumentType.HEARING_NOTICE)));
                Thread.sleep(300);
                assertThat(second.isDone()).as("second issuer waits for the first transaction").isFalse();
                Thread.sleep(2_700); // longer than H2's lock timeout of 2 s: the waiting statement is tried again
                if (second.isDone()) {
                    second.get(); // shows why it ended early
                }
                assertThat(second.isDone()).as("second issuer still waits").isFalse();
                firstMayEnd.countDown();

                assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(1);
                assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo(firstCommits ? 2 : 1);
            } finally {
                firstMayEnd.countDown();
                pool.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eightIssuersTwoHundredDocumentsNoGapsNoDuplicates() throws Exception {
        String code = "DOC-C-" + Long.toString(System.nanoTime(), 36);
        OrgRef squad = orgs.create(new OrgCommand(code, "并发编号测试中队", orgs.requireByCode("320599001").id(), OrgType.SQUAD,
                null, "并队", true));
        UserDetails officer = users.loadUserByUsername("officer");
        long caseId = System.nanoTime() % 1_000_000_000L;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger rolledBack = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<Integer>> issuer = () -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
                    try {
                        start.await();
                        List<Integer> mine = new ArrayList<>();
                        for (int i = 0; i < DOCUMENTS / THREADS; i++) {
                            if ((thread + i) % 10 == 3) {
                                tx.executeWithoutResult(status -> {
                                    documents.issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice().form());
                                    status.setRollbackOnly();
                                });
                                rolledBack.incrementAndGet();
                            }
                            mine.add(documents.issue(squad.id(), CaseKind.PENALTY_CASE, caseId,
                                    DocumentSamples.priorNotice().form()).seqNo());
                        }
                        return mine;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(issuer));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<Integer>> f : results) {
                numbers.addAll(f.get(5, TimeUnit.MINUTES));
            }

            assertThat(rolledBack.get()).isEqualTo(20);
            assertThat(numbers).hasSize(DOCUMENTS).doesNotHaveDuplicates();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, DOCUMENTS).boxed().toList());
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT doc_no) FROM case_document WHERE org_id = ?", Integer.class,
                    squad.id())).isEqualTo(DOCUMENTS);
            assertThat(jdbc.queryForObject("SELECT next_no FROM document_sequence WHERE org_id = ?", Integer.class, squad.id()))
                    .isEqualTo(DOCUMENTS + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
