package org.casework.remedies;

import org.casework.testsupport.SignIn;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.casework.ApiCalls;
import org.casework.org.OrgService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class RemediesApiTest {

    static Long reconsideration;
    static Long litigation;

    @Autowired WebApplicationContext context;
    @Autowired ReconsiderationService reconsiderations;
    @Autowired LitigationService litigations;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    ApiCalls api;

    @BeforeEach
    void records() {
        api = new ApiCalls(context);
        if (reconsideration == null) {
            SignIn.as(users, "head");
            long jd1 = orgs.requireByCode("320599001").id();
            reconsideration = reconsiderations.create(new ReconsiderationForm(jd1, "API复〔2021〕1号", "申请人甲",
                    LocalDate.of(2021, 3, 1), null, LocalDate.of(2021, 4, 1), ReconsiderationOutcome.REVOKED, true, null,
                    null, null)).id();
            litigation = litigations.create(new LitigationForm(jd1, "API(2021)行初1号", InstanceLevel.FIRST, "原告乙", null,
                    LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1), true, "刘洋", HeadRole.PRINCIPAL, null, null, null)).id();
            SignIn.out();
        }
    }

    @Test
    void listsAndGetsWithinTheScope() throws Exception {
        api.get("head", "/api/reconsiderations", "year", "2021", "outcome", "撤销", "text", "API复")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseNo").value("API复〔2021〕1号"))
                .andExpect(jsonPath("$.items[0].outcome").value("REVOKED"))
                .andExpect(jsonPath("$.items[0].receivedDate").value("2021-03-01"));
        api.get("leader", "/api/reconsiderations/" + reconsideration).andExpect(status().isOk())
                .andExpect(jsonPath("$.redoOrdered").value(true));
        api.get("head", "/api/litigations", "org", "320599001", "level", "一审", "text", "API(2021)")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[0].headRole").value("PRINCIPAL"));
        api.get("head", "/api/litigations/" + litigation).andExpect(status().isOk())
                .andExpect(jsonPath("$.courtCaseNo").value("API(2021)行初1号"));
    }

    @Test
    void outsideTheScopeIs403AndAnUnknownRecord404() throws Exception {
        api.get("jd2leader", "/api/reconsiderations/" + reconsideration).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("该记录不在您的机构范围内"));
        api.get("jd2leader", "/api/litigations/" + litigation).andExpect(status().isForbidden());
        api.get("head", "/api/reconsiderations", "org", "320599002").andExpect(status().isForbidden());
        api.get("mediator", "/api/reconsiderations").andExpect(status().isForbidden());
        api.get("head", "/api/reconsiderations/99999999").andExpect(status().isNotFound());
        api.get("head", "/api/litigations/99999999").andExpect(status().isNotFound());
        api.get("head", "/api/litigations", "org", "NOPE").andExpect(status().isNotFound());
        api.get("head", "/api/reconsiderations", "outcome", "胜诉").andExpect(status().isUnprocessableEntity());
        api.get(null, "/api/reconsiderations").andExpect(status().isUnauthorized());
    }
}
