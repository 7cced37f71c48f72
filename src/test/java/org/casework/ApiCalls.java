package org.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Calls the JSON API as a demo user (HTTP Basic, password = user name), through the real security chains. */
public final class ApiCalls {

    private final MockMvc mvc;

    public ApiCalls(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** GET as the user; {@code params} are name, value pairs. */
    public ResultActions get(String user, String path, String... params) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (user != null) {
            request.with(httpBasic(user, user));
        }
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }
}
