-- dots: the dot analysis of each practice photo, filled in the background after the upload commits.
-- status: PENDING (waiting), RUNNING (claimed by a node at claimed_at), DONE (outcome says what was measured).
create table practice_photo_analysis (
    photo_id         bigint                   not null primary key references practice_photo (id) on delete cascade,
    status           varchar(20)              not null,
    outcome          varchar(20),
    problem          varchar(30),
    note             varchar(500),
    card             varchar(30),
    dot_count        integer,
    density_per_cm2  double precision,
    mean_diameter_mm double precision,
    diameter_cv      double precision,
    mean_spacing_mm  double precision,
    spacing_cv       double precision,
    uniformity_cv    double precision,
    blow_outs        integer,
    merged           integer,
    cells            integer,
    mm_per_pixel     double precision,
    overlay          bytea,
    attempts         integer                  not null,
    queued_at        timestamp with time zone not null,
    claimed_at       timestamp with time zone,
    analysed_at      timestamp with time zone,
    constraint ck_photo_analysis_status check (status in ('PENDING', 'RUNNING', 'DONE'))
);
create index ix_photo_analysis_status on practice_photo_analysis (status, queued_at);
