package org.hourglass.api.classes;

/**
 * The four class types of seed 003 ("平台提供四种班级类型"), C-20/C-28. A type is a fact of the class; what each
 * type implies (course kinds, days, report form) is its policy's business.
 */
public enum ClassType {
    /** 职业技能培训班级 — the seeds' example and the default. */
    VOCATIONAL_SKILLS,
    /** 新型学徒制培训班级. */
    NEW_APPRENTICESHIP,
    /** 线上直播培训班级. */
    LIVE_ONLINE,
    /** 集中定点培训班级. */
    ON_SITE
}
