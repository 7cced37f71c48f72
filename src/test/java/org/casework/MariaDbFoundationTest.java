package org.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.testsupport.MariaDbTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation on a real MariaDB/MySQL server (the suite starts from a freshly created, empty
 * database): Flyway migrates from empty, Camunda starts under READ COMMITTED, our utf8mb4 tables keep
 * a four-byte character, and such characters are kept out of Camunda's utf8mb3 columns.
 */
@MariaDbTest
class MariaDbFoundationTest {

    /** 𠮷 (U+20BB7, CJK Extension B): four bytes in UTF-8, beyond MySQL's utf8mb3. */
    static final String YOSHI = "\uD842\uDFB7";

    @Autowired Flyway flyway;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    @Autowired OrgService orgs;

    private Deployment probe;

    @AfterEach
    void removeProbeProcess() {
        if (probe != null) {
            engine.getRepositoryService().deleteDeployment(probe.getId(), true);
        }
    }

    @Test
    void runsOnMariaDbOrMySql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).startsWith("jdbc:mysql:");
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MySQL"); // MariaDB via Connector/J, stack.md P7
        }
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).isNotBlank();
    }

    @Test
    void flywayMigratedOurSchemaFromEmpty() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        // migrated, not baselined: the schema was empty when Flyway ran (before Camunda's tables existed)
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(Arrays.stream(applied).map(MigrationInfo::getType).map(Object::toString)).doesNotContain("BASELINE");
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).allMatch(s -> s == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();

        // our tables are utf8mb4; Camunda's are its own business (utf8mb3, stack.md P9)
        List<Map<String, Object>> tables = jdbc.queryForList(
                "SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('org_unit', 'app_user', 'audit_log', 'calendar_day')");
        assertThat(tables).hasSize(4);
        assertThat(tables).allSatisfy(t -> assertThat(String.valueOf(t.get("table_collation"))).startsWith("utf8mb4"));
    }

    @Test
    void camundaStartedUnderReadCommitted() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("mysql");
        assertThat(engine.getManagementService().getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_GE_PROPERTY");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isGreaterThanOrEqualTo(0);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("OFFICER@320599001").count()).isZero();

        // a process round trip through the engine's tables on this server
        probe = deployProbeProcess();
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("mariaDbProbe", "东执罚〔2024〕1号");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getName()).isEqualTo("审核");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("东执罚〔2024〕1号").count()).isOne();
    }

    @Test
    void demoDataWithChineseNamesLoaded() {
        assertThat(orgs.requireByCode("320599001").name()).isEqualTo("滨湖新区东湖街道办事处");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void fourByteNameRoundTripsInOurTable() {
        String name = YOSHI + "野家社区人民调解委员会😀";
        OrgRef created = orgs.create(new OrgCommand("MDB-4BYTE", name, null, OrgType.OTHER, null, null, true));

        assertThat(orgs.get(created.id()).name()).isEqualTo(name);
        // straight from the table, past any JPA cache
        assertThat(jdbc.queryForObject("SELECT name FROM org_unit WHERE code = 'MDB-4BYTE'", String.class)).isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT CHAR_LENGTH(name) FROM org_unit WHERE code = 'MDB-4BYTE'", Integer.class))
                .isEqualTo(name.codePointCount(0, name.length()));
    }

    @Test
    void fourByteTextNeverReachesCamundasColumns() {
        probe = deployProbeProcess();
        String key = "案-" + YOSHI + "-001";

        // the guard refuses it with a Chinese message, before the engine is called
        assertThatThrownBy(() -> engine.getRuntimeService()
                .startProcessInstanceByKey("mariaDbProbe", EngineText.requireBmp("businessKey", "案号", key)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("不能包含生僻字或表情符号等四字节字符（流程引擎不支持）");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mariaDbProbe").count()).isZero();

        // the engine-safe form fits and round-trips
        String safe = EngineText.toEngineSafe(key);
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("mariaDbProbe", safe,
                Map.of("partyLabel", EngineText.toEngineSafe(YOSHI + "野家")));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo("案-\uFFFD-001");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "partyLabel")).isEqualTo("\uFFFD野家");
    }

    @Test
    void camundasColumnsReallyCannotHoldFourByteText() {
        // why the guard exists (stack.md P9): the raw key is refused by the server (strict mode) or mangled
        probe = deployProbeProcess();
        String key = "案-" + YOSHI + "-002";
        String stored;
        try {
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("mariaDbProbe", key);
            stored = jdbc.queryForObject("SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ = ?", String.class, pi.getId());
        } catch (RuntimeException refused) {
            assertThat(rootCause(refused).getMessage()).containsIgnoringCase("Incorrect string value");
            return;
        }
        assertThat(stored).isNotEqualTo(key);
    }

    private Deployment deployProbeProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("mariaDbProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Review").name("审核").camundaCandidateGroups("OFFICER@320599001")
                .endEvent()
                .done();
        return engine.getRepositoryService().createDeployment().name("mariadb-probe")
                .addModelInstance("mariaDbProbe.bpmn", model).deploy();
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
