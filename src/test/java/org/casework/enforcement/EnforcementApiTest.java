package org.casework.enforcement;

import org.casework.testsupport.SignIn;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.casework.staff.OfficerForm;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.org.OrgService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The read-only JSON API: the same role and scope checks as the screens; 401, 403, 404 as JSON. */
@SpringBootTest
@ActiveProfiles("test")
class EnforcementApiTest {

    @Autowired WebApplicationContext context;
    @Autowired PenaltyCaseService cases;
    @Autowired InspectionService inspections;
    @Autowired OfficerService officers;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    MockMvc mvc;
    PenaltyCaseDetail jd1Case;
    InspectionRef jd1Inspection;
    OfficerRef jd1Officer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long jd1 = orgs.requireByCode(CaseRow.JD1).id();
        SignIn.as(users, "officer");
        jd1Case = cases.create(CaseRow.fine().toForm(jd1));
        jd1Inspection = inspections.create(new InspectionForm(jd1, "API-" + jd1Case.id(), LocalDate.of(2024, 5, 6), "商铺", "消防", null));
        SignIn.as(users, "admin");
        jd1Officer = officers.create(new OfficerForm(jd1, "接口测试" + jd1Case.id(), null, null, LocalDate.of(2020, 1, 1), null, false));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOfficerReadsHisOrganisationsCases() throws Exception {
        mvc.perform(get("/api/penalty-cases/" + jd1Case.id()).with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.caseNo").value(jd1Case.form().caseNo()))
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.heaviestType").value("FINE"));
        mvc.perform(get("/api/penalty-cases").param("org", CaseRow.JD1).param("year", "2024")
                        .param("q", jd1Case.form().caseNo()).param("status", "已决定").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(jd1Case.id()));
    }

    @Test
    void outsideTheScopeIsForbidden() throws Exception {
        mvc.perform(get("/api/penalty-cases/" + jd1Case.id()).with(as("officer3")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("该记录不在您的机构范围内"));
        mvc.perform(get("/api/penalty-cases").param("org", CaseRow.JD1).with(as("officer3"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/inspections/" + jd1Inspection.id()).with(as("officer3"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/inspections").param("org", CaseRow.JD1).with(as("officer3"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/officers/" + jd1Officer.id()).with(as("officer3"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/officers").param("org", CaseRow.JD1).with(as("officer3"))).andExpect(status().isForbidden());
    }

    @Test
    void rolesWithoutEnforcementWorkAreForbidden() throws Exception {
        mvc.perform(get("/api/penalty-cases").with(as("mediator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/inspections").with(as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/officers").with(as("mediator"))).andExpect(status().isForbidden());
    }

    @Test
    void unknownRecordsAndCodesAreNotFound() throws Exception {
        mvc.perform(get("/api/penalty-cases/987654321").with(as("officer"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("处罚案件不存在：987654321"));
        mvc.perform(get("/api/inspections/987654321").with(as("officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/officers/987654321").with(as("officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/penalty-cases").param("org", "NOPE").with(as("officer"))).andExpect(status().isNotFound());
    }

    @Test
    void aBadFilterIsExplained() throws Exception {
        mvc.perform(get("/api/penalty-cases").param("status", "DONE").with(as("officer")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void anonymousCallsAreUnauthorised() throws Exception {
        mvc.perform(get("/api/penalty-cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void leadersAndAdministratorsReadAcrossTheirScope() throws Exception {
        mvc.perform(get("/api/inspections/" + jd1Inspection.id()).with(as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.inspectionNo").value(jd1Inspection.inspectionNo()));
        mvc.perform(get("/api/officers/" + jd1Officer.id()).with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.orgCode").value(CaseRow.JD1));
        mvc.perform(get("/api/officers").param("org", CaseRow.JD1).param("q", jd1Officer.name()).with(as("jd1leader")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, user);
    }
}
