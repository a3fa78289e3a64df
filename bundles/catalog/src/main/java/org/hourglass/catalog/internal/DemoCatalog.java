package org.hourglass.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.InstitutionView;
import org.hourglass.api.catalog.ChapterKind;
import org.hourglass.api.catalog.NewChapter;
import org.hourglass.api.catalog.NewCourse;
import org.hourglass.api.catalog.NewPaper;
import org.hourglass.api.catalog.PackageBody;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.platform.Demo;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo catalogue on the first start of a demo distribution: one course of each of the five types
 * (C-10) with video and document chapters, a ten-question paper (C-13) as the exam of each online course
 * (C-35), and the package {@link Demo#PACKAGE_NAME} of the three online courses with that paper as its
 * class exam (C-12). Created off the activation thread once the demo school exists (it sells the paid course),
 * through the same service as the REST API; nothing when the package already exists.
 */
@Component(configurationPid = Demo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);
    private final CatalogService catalog;
    private final InstitutionDirectory institutions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "hourglass-demo-catalog"));

    @Activate
    public DemoCatalog(@Reference CatalogService catalog, @Reference InstitutionDirectory institutions, Map<String, Object> properties) {
        this.catalog = catalog;
        this.institutions = institutions;
        if (Demo.enabled(properties) && catalog.packageNamed(Demo.PACKAGE_NAME).isEmpty()) {
            // the paid course is sold by the demo school (issue 14 item 14), which the accounts bundle's demo data creates
            worker.execute(this::create);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void create() {
        Long school = awaitSchool();
        if (school == null) {
            LOG.warn("No demo catalogue: the demo school {} did not appear", Demo.SCHOOL_CREDIT_CODE);
            return;
        }
        long paper = catalog.createPaper(new NewPaper("Welding safety exam", questions())).id();
        long free = catalog.createCourse(course("Workplace safety essentials", CourseType.FREE_ON_DEMAND, null, paper, null, 2700, 1800, 2700)).id();
        long paid = catalog.createCourse(course("Arc welding practice", CourseType.PAID_ON_DEMAND, "120.00", paper, school, 2700, 2700, 2700, 2700)).id();
        long own = catalog.createCourse(course("Our plant's welding procedures", CourseType.OWN_RECORDED, null, paper, null, 2700, 2700)).id();
        catalog.createCourse(course("Hands-on welding workshop", CourseType.OFFLINE, null, null, null, 10800));
        catalog.createCourse(course("Live Q&A with a master welder", CourseType.LIVE, null, null, null, 5400));
        catalog.createPackage(new PackageBody(Demo.PACKAGE_NAME, List.of(free, paid, own), true, 45, true, paper));
        LOG.info("Demo catalogue created: five courses (one per type), package '{}', paper {}", Demo.PACKAGE_NAME, paper);
    }

    private Long awaitSchool() {
        for (int i = 0; i < 600 && !Thread.currentThread().isInterrupted(); i++) {
            Optional<InstitutionView> school = institutions.byCreditCode(Demo.SCHOOL_CREDIT_CODE);
            if (school.isPresent()) {
                return school.get().id();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }

    private static NewCourse course(String title, CourseType type, String price, Long paperId, Long providerId, int... chapterSeconds) {
        List<NewChapter> chapters = new java.util.ArrayList<>();
        for (int i = 0; i < chapterSeconds.length; i++) {
            chapters.add(new NewChapter("Part " + (i + 1), i % 3 == 2 ? ChapterKind.DOCUMENT : ChapterKind.VIDEO, chapterSeconds[i]));
        }
        return new NewCourse(title, "Capital Vocational Training School", "Welding", type,
                price == null ? null : Money.of(new BigDecimal(price)), chapters, paperId, providerId);
    }

    /** Ten single-choice questions of 10 points: out of 100, pass 60 (C-13). */
    private static List<QuestionBody> questions() {
        List<QuestionBody> q = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            q.add(new QuestionBody(i % 3 == 0 ? QuestionKind.TRUE_FALSE : QuestionKind.SINGLE,
                    "Safety question " + i, i % 3 == 0 ? List.of() : List.of("A", "B", "C", "D"),
                    List.of(i % 2), 10));
        }
        return q;
    }
}
