-- Credentials (issue 11): private signing keys are stored sealed under a key-encryption key that is not in the
-- database (private_jwk is emptied at first start); every certificate gets a place in the revocation status
-- list; the signed status-list credential is kept so that every node serves the same one.
alter table signing_key add column private_jwk_sealed varchar(8000);
alter table signing_key alter column private_jwk drop not null;

alter table certificate add column status_index integer;
create unique index ux_certificate_status_index on certificate (status_index);

create table status_list (
    id          integer                  primary key,
    credential  varchar(20000)           not null,
    revoked     integer                  not null,
    updated_at  timestamp with time zone not null
);
