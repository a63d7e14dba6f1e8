package com.smpacademy.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** Once a password is chosen, every other open link of the account stops working. */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.accountId = :account and t.usedAt is null")
    int useAll(@Param("account") long accountId, @Param("now") Instant now);
}
