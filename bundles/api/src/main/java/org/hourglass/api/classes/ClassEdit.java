package org.hourglass.api.classes;

import java.time.LocalDate;

/**
 * Body of {@code PATCH /api/v1/classes/{id}} (C-28): every field is optional, a missing one stays as it is. Before the
 * class leaves its policy's initial state everything here may change (seed 003 "开班前…可以直接在班级'设置'页面修改");
 * after that only the notice ("开课期间，您可以随时修改公告"), and the capacity by platform staff ("开班后，如果需要增加学习名额，
 * 请联系…商务专员"); a closed class changes no more.
 */
public record ClassEdit(String name, ClassType classType, String headTeacher, String notice, LocalDate startDate,
        LocalDate endDate, Integer capacity) {
}
