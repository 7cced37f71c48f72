package org.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Change records are written in one batch per flush, on the transaction's connection: they appear with
 * the changes they describe, once each, and go with them when the transaction rolls back.
 */
@SpringBootTest
@ActiveProfiles("test")
class EntityChangeAuditorTest {

    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyChangeOfACommittedTransactionIsRecordedOnceInOrder() {
        String code = code();
        OrgRef org = tx.execute(s -> {
            OrgRef created = create(code, "批量审计中队");
            orgs.update(created.id(), command(code, "批量审计中队（一）", created.parentId()));
            em.flush();
            orgs.update(created.id(), command(code, "批量审计中队（二）", created.parentId()));
            return created;
        });

        assertThat(rows(org.id())).containsExactly(
                "admin 新增 name: 批量审计中队",
                "admin 修改 treePath: / → " + org.treePath(),
                "admin 修改 name: 批量审计中队 → 批量审计中队（一）",
                "admin 修改 name: 批量审计中队（一） → 批量审计中队（二）");
    }

    @Test
    void rowsAppearWithTheFlushAndGoWithARollback() {
        long[] id = new long[1];
        tx.executeWithoutResult(s -> {
            id[0] = create(code(), "回滚审计中队").id();
            em.flush();
            assertThat(rows(id[0])).contains("admin 新增 name: 回滚审计中队");
            s.setRollbackOnly();
        });

        assertThat(rows(id[0])).isEmpty();
    }

    @Test
    void aFailedCommandLeavesNoRow() {
        String code = code();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            create(code, "失败审计中队");
            throw new IllegalStateException("中途失败");
        })).hasMessage("中途失败");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?", Integer.class, "%" + code + "%"))
                .isZero();
    }

    private OrgRef create(String code, String name) {
        return orgs.create(command(code, name, orgs.requireByCode("320599").id()));
    }

    private static OrgCommand command(String code, String name, Long parentId) {
        return new OrgCommand(code, name, parentId, OrgType.SQUAD, null, null, true);
    }

    private static String code() {
        return "AB-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The rows of one org unit as "user action detail", without the fields every insert lists. */
    private List<String> rows(long orgId) {
        return jdbc.query("SELECT username, action, detail FROM audit_log WHERE entity_type = 'OrgUnit' AND entity_id = ?"
                        + " ORDER BY id",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + nameOf(rs.getString(3)), String.valueOf(orgId));
    }

    private static String nameOf(String detail) {
        return java.util.Arrays.stream(detail.split("; ")).filter(d -> d.startsWith("name: ")).findFirst().orElse(detail);
    }
}
