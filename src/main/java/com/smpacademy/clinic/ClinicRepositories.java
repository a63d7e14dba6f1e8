package com.smpacademy.clinic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClinicRepository extends JpaRepository<Clinic, Long> {

    @Query("select c from Clinic c where c.id in (select o.clinicId from ClinicOwner o where o.userId = :userId) "
            + "order by c.name, c.id")
    List<Clinic> ownedBy(@Param("userId") long userId);

    @Query("select c from Clinic c order by c.name, c.id")
    List<Clinic> allByName();
}

interface ClinicOwnerRepository extends JpaRepository<ClinicOwner, Long> {

    boolean existsByClinicIdAndUserId(long clinicId, long userId);

    List<ClinicOwner> findByClinicIdOrderByAddedAt(long clinicId);

    @Query("select o.userId from ClinicOwner o where o.clinicId = :clinicId")
    List<Long> ownerIds(@Param("clinicId") long clinicId);

    @Query("select count(o) from ClinicOwner o where o.clinicId = :clinicId")
    long countOwners(@Param("clinicId") long clinicId);

    Optional<ClinicOwner> findByClinicIdAndUserId(long clinicId, long userId);
}

interface ClinicInvitationRepository extends JpaRepository<ClinicInvitation, Long> {

    Optional<ClinicInvitation> findByTokenHash(String tokenHash);

    @Query("""
            select i from ClinicInvitation i where i.clinicId = :clinicId and i.acceptedAt is null
            and i.cancelledAt is null order by i.createdAt desc
            """)
    List<ClinicInvitation> pending(@Param("clinicId") long clinicId);
}

interface RosterEntryRepository extends JpaRepository<RosterEntry, Long> {

    @Query("select r from RosterEntry r where r.clinicId = :clinicId order by r.id")
    List<RosterEntry> ofClinic(@Param("clinicId") long clinicId);

    @Query("select r.certificateCode from RosterEntry r where r.clinicId = :clinicId")
    List<String> codesOf(@Param("clinicId") long clinicId);

    Optional<RosterEntry> findByIdAndClinicId(long id, long clinicId);

    boolean existsByClinicIdAndCertificateCode(long clinicId, String certificateCode);

    @Query("select r.clinicId from RosterEntry r where r.certificateCode = :code")
    List<Long> clinicsRostering(@Param("code") String code);
}

interface ClinicAlertRepository extends JpaRepository<ClinicAlert, Long> {

    @Query("""
            select a from ClinicAlert a where a.ownerId = :ownerId and a.clinicId in :clinicIds
            order by a.createdAt desc, a.id desc
            """)
    List<ClinicAlert> latest(@Param("ownerId") long ownerId, @Param("clinicIds") Collection<Long> clinicIds,
                             Pageable page);

    @Query("""
            select count(a) from ClinicAlert a where a.ownerId = :ownerId and a.readAt is null
            and exists (select 1 from ClinicOwner o where o.clinicId = a.clinicId and o.userId = :ownerId)
            """)
    long unread(@Param("ownerId") long ownerId);

    Optional<ClinicAlert> findByIdAndOwnerId(long id, long ownerId);

    @Modifying
    @Query("update ClinicAlert a set a.readAt = :at where a.ownerId = :ownerId and a.clinicId = :clinicId "
            + "and a.readAt is null")
    int markAllRead(@Param("ownerId") long ownerId, @Param("clinicId") long clinicId,
                    @Param("at") java.time.Instant at);
}

interface SponsorshipRepository extends JpaRepository<Sponsorship, Long> {

    Optional<Sponsorship> findByClinicIdAndTraineeId(long clinicId, long traineeId);

    @Query("select s from Sponsorship s where s.clinicId = :clinicId and s.leftAt is null order by s.acceptedAt")
    List<Sponsorship> activeOf(@Param("clinicId") long clinicId);

    @Query("select s from Sponsorship s where s.traineeId = :traineeId and s.leftAt is null order by s.acceptedAt")
    List<Sponsorship> activeFor(@Param("traineeId") long traineeId);
}
