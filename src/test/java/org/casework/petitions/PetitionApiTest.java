package org.casework.petitions;

import org.casework.testsupport.SignIn;

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
class PetitionApiTest {

    static Long petition;

    @Autowired WebApplicationContext context;
    @Autowired PetitionService petitions;
    @Autowired UserDetailsService users;
    ApiCalls api;

    @BeforeEach
    void records() {
        api = new ApiCalls(context);
        if (petition == null) {
            SignIn.as(users, "clerk");
            petitions.importPetition(new PetitionImport("320599001", "API-12345-1", "12345", LocalDate.of(2021, 8, 2), null,
                    LocalDate.of(2021, 8, 20), Rating.SATISFIED, false, false));
            petition = petitions.search(new PetitionFilter(null, null, null, null, "API-12345-1"), 0, 1).get(0).id();
            SignIn.out();
        }
    }

    @Test
    void petitionsAreReadWithinTheScope() throws Exception {
        api.get("clerk", "/api/petitions", "org", "320599001", "year", "2021", "channel", "12345", "status", "已办结",
                "text", "API-12345")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].channelName").value("12345政务服务便民热线"));
        api.get("leader", "/api/petitions/" + petition).andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("SATISFIED"));
        api.get("jd2leader", "/api/petitions/" + petition).andExpect(status().isForbidden());
        api.get("mediator", "/api/petitions").andExpect(status().isForbidden());
        api.get("clerk", "/api/petitions/99999999").andExpect(status().isNotFound());
        api.get("clerk", "/api/petition-channels").andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value("来访"));
    }
}
