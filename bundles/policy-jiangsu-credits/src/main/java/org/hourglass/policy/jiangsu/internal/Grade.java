package org.hourglass.policy.jiangsu.internal;

import java.util.Optional;

/** JS-2: the technical grades (技术等级) of public-institution workers a class is for (seed 002 "根据培训年度、技术等级搜索"). */
enum Grade {
    JUNIOR("初级工"), INTERMEDIATE("中级工"), SENIOR("高级工"), TECHNICIAN("技师"), SENIOR_TECHNICIAN("高级技师");

    private final String chineseName;

    Grade(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }

    /** By its name or its Chinese name. */
    static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Grade g : values()) {
            if (g.name().equals(text.trim()) || g.chineseName.equals(text.trim())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
