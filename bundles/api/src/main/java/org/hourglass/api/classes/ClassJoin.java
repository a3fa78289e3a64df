package org.hourglass.api.classes;

/**
 * Body of {@code POST /api/v1/classes/join}: a logged-in learner joins a class of his with his name, ID number and the
 * class password (seed 003 "学员加入班级的凭证为姓名、证件号码和班级密码"; the contact is not checked). Only classes whose policy
 * asks for it ({@code RosterRules.classPasswordJoin}) are joined so, and only once they opened.
 */
public record ClassJoin(String name, String idNumber, String classPassword) {
}
