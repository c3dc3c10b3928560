-- Issue 13: the webapps' HTTP sessions (the Tasklist login, its CSRF token, the report pages reading it) in the
-- database that every node shares, so a login made on one node holds on the others (Spring Session JDBC). The
-- tables as Spring Session 3.5 ships them for PostgreSQL (org/springframework/session/jdbc/schema-postgresql.sql),
-- valid on H2 as they are: H2 takes BYTEA as BINARY VARYING, what its own script's LONGVARBINARY is.
-- An attribute is a serialized Java object (Camunda's Authentications, the CSRF token), written and read only by
-- the application itself. Expired sessions are deleted every minute by each node (spring.session.jdbc.cleanup-cron).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);
