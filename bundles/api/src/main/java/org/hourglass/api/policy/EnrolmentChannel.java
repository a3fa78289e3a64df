package org.hourglass.api.policy;

/** How a learner comes into a class. */
public enum EnrolmentChannel {
    /** Staff or an organisation imported the roster (C-21). */
    IMPORT,
    /** The learner enrolled himself (JS-2), possibly paying first (JS-3). */
    SELF_ENROL,
    /** The learner joined with name + ID number + the 6-digit class password (IN-4). */
    CLASS_PASSWORD
}
