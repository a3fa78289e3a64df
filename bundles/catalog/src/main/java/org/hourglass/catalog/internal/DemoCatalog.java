package org.hourglass.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo catalogue on the first start of a demo distribution: one course of each of the five types
 * (C-10) with video and document chapters, a ten-question paper (C-13) as the exam of each online course
 * (C-35), and the package {@link Demo#PACKAGE_NAME} of the three online courses with that paper as its
 * class exam (C-12). Created
 * through the same service as the REST API; nothing when the package already exists.
 */
@Component(configurationPid = Demo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

    @Activate
    public DemoCatalog(@Reference CatalogService catalog, Map<String, Object> properties) {
        if (!Demo.enabled(properties) || catalog.packageNamed(Demo.PACKAGE_NAME).isPresent()) {
            return;
        }
        long paper = catalog.createPaper(new NewPaper("Welding safety exam", questions())).id();
        long free = catalog.createCourse(course("Workplace safety essentials", CourseType.FREE_ON_DEMAND, null, paper, 2700, 1800, 2700)).id();
        long paid = catalog.createCourse(course("Arc welding practice", CourseType.PAID_ON_DEMAND, "120.00", paper, 2700, 2700, 2700, 2700)).id();
        long own = catalog.createCourse(course("Our plant's welding procedures", CourseType.OWN_RECORDED, null, paper, 2700, 2700)).id();
        catalog.createCourse(course("Hands-on welding workshop", CourseType.OFFLINE, null, null, 10800));
        catalog.createCourse(course("Live Q&A with a master welder", CourseType.LIVE, null, null, 5400));
        catalog.createPackage(new PackageBody(Demo.PACKAGE_NAME, List.of(free, paid, own), true, 45, true, paper));
        LOG.info("Demo catalogue created: five courses (one per type), package '{}', paper {}", Demo.PACKAGE_NAME, paper);
    }

    private static NewCourse course(String title, CourseType type, String price, Long paperId, int... chapterSeconds) {
        List<NewChapter> chapters = new java.util.ArrayList<>();
        for (int i = 0; i < chapterSeconds.length; i++) {
            chapters.add(new NewChapter("Part " + (i + 1), i % 3 == 2 ? ChapterKind.DOCUMENT : ChapterKind.VIDEO, chapterSeconds[i]));
        }
        return new NewCourse(title, "Capital Vocational Training School", "Welding", type,
                price == null ? null : Money.of(new BigDecimal(price)), chapters, paperId);
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
