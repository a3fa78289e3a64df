package org.hourglass.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.accounts.NewInstitution;
import org.hourglass.api.accounts.NewLearner;
import org.hourglass.api.accounts.NewOrganization;
import org.hourglass.api.accounts.NewStaff;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.api.accounts.StaffRole;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.Demo;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo accounts on the first start of a demo distribution ({@code enabled = true} in
 * {@code etc/org.hourglass.demo.cfg}): two organisations with admins, one institution with an
 * academic admin, and ten learners per organisation with valid resident ID numbers. Created through
 * the same services as the REST API, so every rule applies; nothing is created when any organisation exists.
 */
@Component(configurationPid = Demo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "hourglass-demo";
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"};

    @Activate
    public DemoData(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference OrganizationService organizations, @Reference InstitutionService institutions,
            @Reference LearnerService learners, Map<String, Object> properties) {
        if (!Demo.enabled(properties)) {
            return;
        }
        long existing = jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("select count(o) from OrganizationEntity o", Long.class).getSingleResult());
        if (existing > 0) {
            return;
        }
        Caller system = new Caller(0, "demo-data", Set.of(Roles.PLATFORM_ADMIN), null, null);
        List<OrganizationView> orgs = List.of(
                organizations.create(organization("Beijing Precision Welding Co.", Demo.ORGANIZATION_CREDIT_CODE, "13800000001")),
                organizations.create(organization("Haidian Home Care Services Ltd.", creditCode("91110108", 2), "13800000002")));
        var school = institutions.create(new NewInstitution("Capital Vocational Training School", Demo.SCHOOL_CREDIT_CODE));
        institutions.createStaff(system, new NewStaff("academic", "Academic Admin", StaffRole.ACADEMIC_ADMIN, school.id(), PASSWORD));
        institutions.createStaff(system, new NewStaff("reviewer", "Authority Reviewer", StaffRole.REVIEWER, null, PASSWORD));
        int n = 0;
        for (OrganizationView org : orgs) {
            for (int i = 0; i < 10; i++, n++) {
                learners.importLearner(system, new NewLearner(SURNAMES[n % 10] + " " + (n + 1), IdType.RESIDENT_ID,
                        idNumber(n), String.format("139%08d", n + 1), n % 2 == 0 ? Gender.MALE : Gender.FEMALE, org.id()));
            }
        }
        LOG.info("Demo data created: org admins 13800000001 / 13800000002, staff 'academic' and 'reviewer' (password '{}'), "
                + "{} learners logging in with their ID number and its last 6 characters", PASSWORD, n);
    }

    private static NewOrganization organization(String name, String creditCode, String adminPhone) {
        return new NewOrganization(name, creditCode, "Li Ming", "Haidian", "Beijing",
                new NewOrganization.AdminAccount("Admin " + adminPhone.substring(7), adminPhone, PASSWORD), "110108");
    }

    static String creditCode(String prefix8, int seq) {
        String first17 = prefix8 + String.format("MA%07d", seq);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Valid resident ID numbers of Haidian, Beijing, born in the 1980s and 1990s. */
    static String idNumber(int n) {
        String first17 = String.format("110108%04d%02d%02d%03d", 1980 + n % 20, 1 + n % 12, 1 + n % 28, 100 + n);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
