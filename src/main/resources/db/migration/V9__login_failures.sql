-- Issue 10: failed logins, counted in the database so that every node sees the same counts (security.LoginThrottle).
-- A key is a user from one client address (p:), a client address (a:) or a user from everywhere (u:).
create table login_failure (
    throttle_key varchar(400) not null primary key,
    user_id      varchar(255),
    failures     integer      not null,
    last_failure timestamp    not null
);
create index login_failure_user on login_failure (user_id);
