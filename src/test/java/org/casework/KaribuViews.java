package org.casework;

import org.casework.testsupport.SignIn;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless Vaadin for view tests (Karibu 2.5, stack.md §3): a mocked UI with a signed-in demo user. */
public final class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.casework");

    private KaribuViews() {
    }

    /** Sets up the mocked UI and signs the demo user in, with the roles from the database. */
    public static void start(ApplicationContext ctx, String username) {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        UserDetails user = SignIn.as(ctx.getBean(UserDetailsService.class), username);
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    public static void stop() {
        SignIn.out();
        MockVaadin.tearDown();
    }
}
