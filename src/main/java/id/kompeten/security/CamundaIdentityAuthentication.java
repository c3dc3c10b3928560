package id.kompeten.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One user base: Spring Security checks passwords against Camunda's identity (users and groups managed in
 * Camunda Admin), and each group becomes an authority of the same name. Failed logins slow down and lock for a
 * while ({@link LoginThrottle}), here as in Tasklist's login.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (user == null || user.isBlank() || password == null
                || !ClientAddress.during(address, () -> identity.checkPassword(user, password.toString()))) {
            throw new BadCredentialsException("wrong user name or password");
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).listPage(0, 1000).stream() // bounded, as the engine requires
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
