package org.hourglass.policy.jiangsu.internal;

/**
 * JS-4 (seed 002 §5.2 "公共课程系统自动推送，专业课和兴趣课需学员手动选择"; V1.3 "将兴趣课改为选修课，纳入考核"): a course of a class
 * is public (taken by everyone), professional or elective (chosen by the learner until the class's hours of the category
 * are met).
 */
enum CourseCategory {
    PUBLIC("公共课"), PROFESSIONAL("专业课"), ELECTIVE("选修课");

    private final String chineseName;

    CourseCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }

    boolean chosen() {
        return this != PUBLIC;
    }

    /** The class setting naming the hours a learner must choose in this category. */
    String setting() {
        return "requiredHours." + name();
    }
}
