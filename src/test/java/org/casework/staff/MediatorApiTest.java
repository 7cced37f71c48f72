package org.casework.staff;

import org.casework.testsupport.SignIn;

import org.casework.org.OrgService;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
class MediatorApiTest {

    static Long mediator;

    @Autowired WebApplicationContext context;
    @Autowired MediatorService mediators;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    ApiCalls api;

    @BeforeEach
    void records() {
        api = new ApiCalls(context);
        if (mediator == null) {
            SignIn.as(users, "admin");
            mediator = mediators.create(new MediatorForm(orgs.requireByCode("320599002-CW").id(), "API调解员", true,
                    LocalDate.of(2020, 1, 1), null)).id();
            SignIn.out();
        }
    }

    @Test
    void theRosterIsReadWithinTheScope() throws Exception {
        api.get("jd2leader", "/api/mediators", "body", "320599002-CW", "active", "true", "text", "API")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("API调解员"));
        api.get("jd2leader", "/api/mediators/" + mediator).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullTime").value(true));
        api.get("mediator", "/api/mediators/" + mediator).andExpect(status().isForbidden());
        api.get("mediator", "/api/mediators", "body", "320599002-CW").andExpect(status().isForbidden());
        api.get("clerk", "/api/mediators").andExpect(status().isForbidden());
        api.get("admin", "/api/mediators/99999999").andExpect(status().isNotFound());
    }
}
