package org.fengqiao.identity.people.application;

import java.util.Optional;

import org.fengqiao.identity.people.model.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in of the made-up people: the username is the person's id and every one of them
 * shares one password from the deployment's environment, hashed once here so the plain value is
 * never kept. With no password configured nobody can sign in with a password: every person is
 * answered as unknown, which the login form reports like a wrong password.
 */
public final class PasswordSignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final People people;
    private final Optional<String> passwordHash;

    public PasswordSignIn(People people, Optional<String> password, PasswordEncoder encoder) {
        this.people = people;
        this.passwordHash = password.map(encoder::encode);
        if (passwordHash.isEmpty()) {
            log.warn("No sign-in password for the made-up people (identity.people.password / IDENTITY_PEOPLE_PASSWORD): "
                    + "password sign-in refuses everybody");
        } else {
            log.info("Password sign-in open to the {} made-up people", people.size());
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var person = people.find(username).orElseThrow(() -> new UsernameNotFoundException("no such person"));
        String hash = passwordHash.orElseThrow(() -> new UsernameNotFoundException("password sign-in is off"));
        return User.withUsername(person.id()).password(hash)
                .authorities(person.roles().stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new)).build();
    }
}
