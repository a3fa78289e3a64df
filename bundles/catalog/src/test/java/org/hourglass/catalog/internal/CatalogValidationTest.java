package org.hourglass.catalog.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.hourglass.api.catalog.ChapterKind;
import org.hourglass.api.catalog.NewChapter;
import org.hourglass.api.catalog.NewCourse;
import org.hourglass.api.catalog.PackageBody;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.junit.Test;

public class CatalogValidationTest {
    private static final List<NewChapter> ONE = List.of(new NewChapter("Intro", ChapterKind.VIDEO, 2700));

    @Test
    public void c10_onlyPaidCoursesHaveAPriceAndTheyMust() {
        assertTrue(CatalogValidation.course(new NewCourse("Welding", "P", "Skills", CourseType.PAID_ON_DEMAND, Money.parse("99"), ONE, null)).isEmpty());
        assertEquals("price", CatalogValidation.course(new NewCourse("Welding", "P", "Skills", CourseType.PAID_ON_DEMAND, null, ONE, null)).get(0).field());
        assertEquals("price", CatalogValidation.course(new NewCourse("Welding", "P", "Skills", CourseType.FREE_ON_DEMAND, Money.parse("1"), ONE, null)).get(0).field());
    }

    @Test
    public void c10_chaptersNeedAKindAndAPositiveDuration() {
        List<String> fields = CatalogValidation.course(new NewCourse("W", "P", "S", CourseType.OFFLINE, null,
                List.of(new NewChapter("", null, 0)), null)).stream().map(FieldError::field).toList();
        assertEquals(List.of("chapters[0].title", "chapters[0].kind", "chapters[0].durationSeconds"), fields);
    }

    @Test
    public void c11_hoursAreDurationOver45MinutesToOneDecimal() {
        assertEquals(Hours.ofTenths(10), CourseHours.of(2700, 45));
        // BJ Q38: 7 h 46 min of video = 10.35 class hours, kept as 10.3
        assertEquals(Hours.ofTenths(103), CourseHours.of(7 * 3600 + 46 * 60, 45));
    }

    @Test
    public void c12_anExamNeedsItsPaperAndMinutesPerHourAreBounded() {
        assertEquals("paperId", CatalogValidation.packageBody(new PackageBody("P", List.of(1L), true, 45, true, null)).get(0).field());
        assertEquals("minutesPerHour", CatalogValidation.packageBody(new PackageBody("P", List.of(1L), true, 5, false, null)).get(0).field());
        assertEquals("courseIds", CatalogValidation.packageBody(new PackageBody("P", List.of(1L, 1L), true, 45, false, null)).get(0).field());
    }
}
