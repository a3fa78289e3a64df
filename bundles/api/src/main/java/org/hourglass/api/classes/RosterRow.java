package org.hourglass.api.classes;

/**
 * One row of a roster import (C-21): name, contact (mobile phone), ID type, ID number, gender — the
 * columns of the seed's spreadsheet template (seed 003 §2.2). ID type defaults to RESIDENT_ID.
 */
public record RosterRow(String name, String contact, String idType, String idNumber, String gender) {
}
