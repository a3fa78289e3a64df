package org.hourglass.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.Test;

/** C-30, C-31: what one beat earns. Times in milliseconds. */
public class CreditingTest {
    private static final long LEN = 600_000;

    /** Plays a chapter: beats every {@code everyMs} of wall time, the playhead moving {@code speed} x that. */
    private static long watch(double speed, long everyMs, long wallMs) {
        long furthest = 0;
        long previous = 0;
        boolean continuing = false;
        for (long t = 0; t <= wallMs; t += everyMs) {
            long position = Math.min(LEN, (long) (t * speed));
            Crediting.Outcome o = Crediting.earn(continuing, continuing ? everyMs : 0, previous, position, furthest, LEN,
                    BigDecimal.valueOf(speed), true, false);
            furthest += o.earnedMs();
            previous = position;
            continuing = true;
        }
        return furthest;
    }

    @Test
    public void c30_watchingAtNormalSpeedEarnsExactlyTheChapter() {
        assertEquals(LEN, watch(1.0, 15_000, LEN + 60_000));
        assertEquals("never more than the chapter's length", LEN, watch(1.0, 15_000, 3 * LEN));
    }

    @Test
    public void c30_fasterPlaybackNeverEarnsMoreThanWallClock() {
        long wall = LEN / 2;
        assertTrue(watch(2.0, 15_000, wall) <= wall);
        assertTrue(watch(1.5, 15_000, LEN) <= LEN);
        assertTrue("2x earns less than the chapter", watch(2.0, 15_000, LEN) < LEN);
    }

    @Test
    public void c30_theFirstBeatOfASegmentOnlyStartsTheClock() {
        assertEquals(0, Crediting.earn(false, 0, 0, 10_000, 0, LEN, BigDecimal.ONE, true, false).earnedMs());
    }

    @Test
    public void c31_aSeekAheadEarnsNothingAndIsFlagged() {
        Crediting.Outcome jump = Crediting.earn(true, 10_000, 10_000, 400_000, 10_000, LEN, BigDecimal.ONE, true, false);
        assertEquals(0, jump.earnedMs());
        assertTrue(jump.flags().contains(StudyFlag.POSITION_JUMP));
        Crediting.Outcome after = Crediting.earn(true, 10_000, 400_000, 410_000, 10_000, LEN, BigDecimal.ONE, true, false);
        assertEquals(0, after.earnedMs());
        assertEquals(Set.of(StudyFlag.AHEAD), after.flags());
        assertTrue(after.note().startsWith("C-31:"));
    }

    @Test
    public void c31_reStudyBehindTheFurthestPointEarnsNothingNew() {
        Crediting.Outcome o = Crediting.earn(true, 10_000, 100_000, 110_000, 300_000, LEN, BigDecimal.ONE, true, false);
        assertEquals(0, o.earnedMs());
        assertTrue(o.note().startsWith("C-31:"));
        // crossing the furthest point earns only the new ground
        assertEquals(5_000, Crediting.earn(true, 10_000, 295_000, 305_000, 300_000, LEN, BigDecimal.ONE, true, false).earnedMs());
    }

    @Test
    public void hiddenPlaybackIsFlaggedAndNotCredited() {
        Crediting.Outcome o = Crediting.earn(true, 10_000, 0, 10_000, 0, LEN, BigDecimal.ONE, false, false);
        assertEquals(0, o.earnedMs());
        assertTrue(o.flags().contains(StudyFlag.HIDDEN));
    }

    @Test
    public void pausedPlaybackEarnsOnlyTheMediaThatMoved() {
        assertEquals(2_000, Crediting.earn(true, 60_000, 50_000, 52_000, 50_000, LEN, BigDecimal.ONE, true, false).earnedMs());
    }
}
