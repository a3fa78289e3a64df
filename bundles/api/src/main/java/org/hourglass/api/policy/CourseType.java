package org.hourglass.api.policy;

/** C-10: the five course types. The first four carry BJ-2's subsidy rates. */
public enum CourseType {
    FREE_ON_DEMAND, PAID_ON_DEMAND, OWN_RECORDED, OFFLINE, LIVE
}
