package com.smpacademy.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select c from Certificate c where c.code in :codes")
    List<Certificate> findByCodes(@Param("codes") java.util.Collection<String> codes);

    boolean existsByStatusIndex(Integer statusIndex);

    @Query("select c.statusIndex from Certificate c where c.revokedAt is not null and c.statusIndex is not null")
    List<Integer> revokedStatusIndexes();

    @Query("select c from Certificate c where c.statusIndex is null order by c.id")
    List<Certificate> withoutStatusIndex(org.springframework.data.domain.Pageable page);

    @Query("select c from Certificate c where c.holderId = :holderId order by c.issuedAt desc")
    List<Certificate> ofHolder(@Param("holderId") long holderId);

    @Query("select c from Certificate c order by c.issuedAt desc")
    List<Certificate> newestFirst(org.springframework.data.domain.Pageable page);
}

interface PracticalAssessmentRepository extends JpaRepository<PracticalAssessment, Long> {

    @Query("""
            select a from PracticalAssessment a where a.traineeId = :traineeId and a.courseId = :courseId
            order by a.assessedAt desc, a.id desc
            """)
    List<PracticalAssessment> latestFirst(@Param("traineeId") long traineeId, @Param("courseId") String courseId);
}

interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

    @Query("select k from SigningKey k where k.retiredAt is null order by k.createdAt desc")
    List<SigningKey> active();
}

interface StatusListRepository extends JpaRepository<StatusList, Integer> {
}
