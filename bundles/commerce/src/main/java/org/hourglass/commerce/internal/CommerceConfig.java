package org.hourglass.commerce.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Prices of what the platform itself sells (IN-8) and limits of uploads; PID {@code org.hourglass.commerce}. */
@ObjectClassDefinition(name = "Hourglass commerce", description = "Platform prices (IN-8), proof uploads, nightly settlement.")
public @interface CommerceConfig {
    String PID = "org.hourglass.commerce";

    @AttributeDefinition(description = "Price of one prepaid live-stream minute, yuan with at most 2 decimals (IN-8)")
    String liveMinutePrice() default "0.10";

    @AttributeDefinition(description = "Price of one year of the own-courses service (IN-8)")
    String ownCoursesYearPrice() default "3000.00";

    @AttributeDefinition(description = "Price of one year of the own-portal service (IN-8)")
    String ownPortalYearPrice() default "5000.00";

    @AttributeDefinition(description = "Largest bank-transfer proof accepted, in bytes (IN-8)")
    int proofMaxBytes() default 5 * 1024 * 1024;

    @AttributeDefinition(description = "How often the nightly settlement checks whether a local day has ended, in seconds")
    int settlementCheckSeconds() default 60;
}
