package org.casework.mediation;

import org.casework.testsupport.SignIn;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.casework.ApiCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class DisputeApiTest {

    static Long dispute;

    @Autowired WebApplicationContext context;
    @Autowired DisputeService disputes;
    @Autowired UserDetailsService users;
    ApiCalls api;

    @BeforeEach
    void records() {
        api = new ApiCalls(context);
        if (dispute == null) {
            SignIn.as(users, "centre");
            disputes.importDispute(new DisputeImport("320599-MT", "API矛调-1", MediationKind.CENTRE, IntakeSource.REFERRED,
                    "劳动争议", List.of("庚七", "某厂"), LocalDate.of(2021, 5, 6), null, null, null, null, List.of(), true, 30, false));
            dispute = disputes.search(new DisputeFilter(null, null, null, null, null, "API矛调-1"), 0, 1).get(0).id();
            SignIn.out();
        }
    }

    @Test
    void disputesAreReadWithinTheScope() throws Exception {
        api.get("leader", "/api/disputes", "body", "320599-MT", "year", "2021", "kind", "矛调中心", "category", "劳动争议",
                "status", "ACCEPTED", "text", "API矛调")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].parties[1]").value("某厂"));
        api.get("centre", "/api/disputes/" + dispute).andExpect(status().isOk())
                .andExpect(jsonPath("$.personsInvolved").value(30));
        api.get("mediator", "/api/disputes/" + dispute).andExpect(status().isForbidden());
        api.get("jd2leader", "/api/disputes", "body", "320599-MT").andExpect(status().isForbidden());
        api.get("clerk", "/api/disputes").andExpect(status().isForbidden());
        api.get("leader", "/api/disputes/99999999").andExpect(status().isNotFound());
    }
}
