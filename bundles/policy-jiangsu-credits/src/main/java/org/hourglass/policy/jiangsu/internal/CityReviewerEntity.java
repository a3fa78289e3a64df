package org.hourglass.policy.jiangsu.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** JS-8: a platform reviewer account acting for one city's examination office (工考办), which approves that city's declarations. */
@Entity
@Table(name = "JS_CITY_REVIEWER")
public class CityReviewerEntity {
    @Id
    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "CITY", nullable = false, length = 10)
    private String city;

    protected CityReviewerEntity() {
    }

    CityReviewerEntity(long accountId, String city) {
        this.accountId = accountId;
        this.city = city;
    }

    String city() {
        return city;
    }

    void city(String city) {
        this.city = city;
    }
}
