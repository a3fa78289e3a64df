package org.hourglass.api.authority;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A public register of people who qualified, outside the platform (HR-7: "通过人员信息录入北京市人力资源市场管理信息系统" —
 * any authority's register of practitioners who passed an exam fits). {@code hourglass-external} simulates one; a real
 * integration bundle replaces it with a higher service ranking.
 */
@ProviderType
public interface QualificationRegister {
    /**
     * Records one qualified person and answers the register's receipt. Idempotent per {@link QualifiedPerson#key()}:
     * recording the same key again answers the first receipt and changes nothing. Throws when the register cannot take the
     * record now; the caller retries later.
     */
    String record(QualifiedPerson person);
}
