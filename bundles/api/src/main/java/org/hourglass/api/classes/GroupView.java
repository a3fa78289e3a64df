package org.hourglass.api.classes;

public record GroupView(long id, long classId, String name, int members) {
}
