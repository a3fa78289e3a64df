package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The jiangsu-credits policy around the online classes (seeds 002, 001): personal data corrected through the office (JS-1),
 * the face-to-face class (JS-9), equivalent-credit declarations decided by the city office (JS-8). One Karaf boot.
 */
public class JiangsuYearIT extends JiangsuSupport {
    /**
     * JS-1 (seed 001 "请仔细核对个人信息是否有误，若信息有误请联系工考办进行修改"): a learner does not edit his personal data; he asks,
     * the office approves or refuses, the account is corrected with the approval, and the request keeps before and after.
     */
    @Test
    public void js01_personalDataIsCorrectedOnlyThroughTheOffice() {
        Worker w = register();
        String mine = "/api/v1/learners/" + w.id() + "/corrections";
        assertEquals("reason", post(mine, w.token(), Map.of("name", "张叁")).problem(400).get("errors").get(0).get("field").asText());
        assertEquals("name", post(mine, w.token(), Map.of("name", "张三", "reason", "同名")).problem(400).get("errors").get(0).get("field")
                .asText());
        post(mine, register().token(), Map.of("name", "张叁", "reason", "x")).problem(404);
        JsonNode asked = post(mine, w.token(), Map.of("name", "张叁", "reason", "身份证上为“叁”")).expect(201).json();
        assertEquals("PENDING", asked.get("status").asText());
        assertTrue("masked for the learner", asked.get("idNumber").asText().contains("*"));
        assertTrue(post(mine, w.token(), Map.of("gender", "MALE", "reason", "again")).problem(409).get("detail").asText().startsWith("JS-1:"));
        String office = reviewer(null);
        long id = asked.get("id").asLong();
        boolean queued = false;
        for (JsonNode c : get("/api/v1/corrections", office).expect(200).json()) {
            queued |= c.get("id").asLong() == id && !c.get("idNumber").asText().contains("*");
        }
        assertTrue("the office's queue shows it, the ID number whole", queued);
        get("/api/v1/corrections", w.token()).problem(403);
        post("/api/v1/corrections/" + id + "/decision", w.token(), Map.of("decision", "APPROVE")).problem(403);
        assertEquals("opinion", post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "REFUSE")).problem(400)
                .get("errors").get(0).get("field").asText());
        assertEquals("APPROVED", post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "APPROVE", "opinion",
                "已核对身份证")).expect(200).json().get("status").asText());
        post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "REFUSE", "opinion", "x")).problem(409);
        assertEquals("张叁", get("/api/v1/learners/" + w.id(), w.token()).expect(200).json().get("name").asText());
        JsonNode audit = get(mine, w.token()).expect(200).json().get(0);
        assertEquals("张三", audit.get("previousName").asText());
        assertEquals("张叁", audit.get("name").asText());
        assertTrue(!audit.get("decidedBy").isNull() && !audit.get("decidedAt").isNull());
    }

    /**
     * JS-9 (seed 002 §5(五) "可报当前年度的面授班（前提是当前年度未报过网授班）", "三天内可取消报名", "打印报名表"): refused while an online
     * class of the year exists, and the other way round; cancelled on day 3 (the registration day is day 0), refused on day 4.
     */
    @Test
    public void js09_theFaceToFaceClassExcludesOnlineClassesOfTheYearAndIsCancelledOnlyWithinThreeDays() throws Exception {
        Provider p = provider();
        long online = openClass(p, 2026, "JUNIOR");
        Worker enrolled = register();
        post(POLICY + "/pre-enrolments", enrolled.token(), Map.of("classId", online)).expect(201);
        pay(enrolled, checkout(enrolled, List.of(online)).get(0).get("id").asLong());
        assertTrue(post(POLICY + "/face-to-face", enrolled.token(), Map.of()).problem(409).get("detail").asText().startsWith("JS-9:"));

        Worker w = register();
        JsonNode reg = post(POLICY + "/face-to-face", w.token(), Map.of()).expect(201).json();
        assertEquals(2026, reg.get("trainingYear").asInt());
        assertEquals("2026-03-05", reg.get("cancellableUntil").asText());
        post(POLICY + "/face-to-face", w.token(), Map.of()).problem(409);
        assertTrue(post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", online)).problem(409).get("detail").asText()
                .startsWith("JS-9:"));
        java.net.http.HttpResponse<byte[]> form = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + POLICY + "/face-to-face/" + reg.get("id").asLong() + "/form.pdf"))
                .header("Authorization", "Bearer " + w.token()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, form.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(form.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("2026") && text.contains("Registration " + reg.get("id").asLong()));
        }
        get(POLICY + "/face-to-face/" + reg.get("id").asLong() + "/form.pdf", enrolled.token()).problem(404);

        clockAt(Instant.parse("2026-03-05T01:00:00Z")); // day 3
        w = again(w);
        assertTrue(!post(POLICY + "/face-to-face/" + reg.get("id").asLong() + "/cancellation", w.token(), Map.of()).expect(200).json()
                .get("cancelledAt").isNull());
        long second = post(POLICY + "/face-to-face", w.token(), Map.of()).expect(201).json().get("id").asLong();
        clockAt(Instant.parse("2026-03-09T01:00:00Z")); // day 4 of the second registration
        w = again(w);
        assertTrue(post(POLICY + "/face-to-face/" + second + "/cancellation", w.token(), Map.of()).problem(409).get("detail").asText()
                .startsWith("JS-9:"));
        assertEquals(2, get(POLICY + "/face-to-face", w.token()).expect(200).json().size());
    }

    /**
     * JS-8 (seed 002 §5(四) "视同申报审批通过的可抵扣相应的继续教育时长 … 仅适用于当年申报以抵扣当年继续教育，不得结转下年度", "前往申报所属
     * 地市工考办进行审批", "根据申报类型、审批状态、申报时间交叉查询"): the city's office approves; that year's requirement shrinks,
     * the next year's does not.
     */
    @Test
    public void js08_anApprovedDeclarationDeductsFromThatYearsRequirementAndNotTheNext() throws Exception {
        Worker w = register();
        Map<String, Object> form = new HashMap<>(Map.of("kind", "SEMINAR", "title", "全省工勤技能研修班", "organizer", "江苏省人社厅",
                "startDate", "2026-02-10", "endDate", "2026-02-12", "hours", 12.5, "city", "苏州"));
        String declarations = POLICY + "/declarations";
        Map<String, Object> tooMuch = new HashMap<>(form);
        tooMuch.put("hours", 30);
        assertEquals("hours", post(declarations, w.token(), tooMuch).problem(400).get("errors").get(0).get("field").asText());
        Map<String, Object> lastYear = new HashMap<>(form);
        lastYear.put("endDate", "2025-12-20");
        lastYear.put("startDate", "2025-12-18");
        assertEquals("endDate", post(declarations, w.token(), lastYear).problem(400).get("errors").get(0).get("field").asText());
        Map<String, Object> badKind = new HashMap<>(form);
        badKind.put("kind", "HOLIDAY");
        assertEquals("kind", post(declarations, w.token(), badKind).problem(400).get("errors").get(0).get("field").asText());
        long id = post(declarations, w.token(), form).expect(201).json().get("id").asLong();

        // "携带有关材料": a JPEG, PNG or PDF attached for the office
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        String attachments = declarations + "/" + id + "/attachments";
        assertEquals(415, upload(w.token(), attachments, "text/plain", "hello".getBytes()));
        assertEquals(400, upload(w.token(), attachments, "image/png", "not a png".getBytes()));
        assertEquals(413, upload(w.token(), attachments, "application/pdf", new byte[5 * 1024 * 1024 + 10]));
        assertEquals(201, upload(w.token(), attachments, "image/png", png));
        assertEquals(404, upload(register().token(), attachments, "image/png", png));
        String suzhou = reviewer("苏州");
        String nanjing = reviewer("南京");
        String nowhere = reviewer(null);
        JsonNode attached = get(attachments, suzhou).expect(200).json();
        assertEquals(1, attached.size());
        assertEquals(png.length, attached.get(0).get("size").asInt());
        get(attachments, nanjing).problem(404);
        java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + attachments + "/" + attached.get(0).get("id").asLong())).header("Authorization", "Bearer " + suzhou)
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(java.util.Arrays.equals(png, file.body()));
        String decide = declarations + "/" + id + "/decision";
        post(decide, nanjing, Map.of("decision", "APPROVE")).problem(404);
        post(decide, nowhere, Map.of("decision", "APPROVE")).problem(403);
        post(decide, w.token(), Map.of("decision", "APPROVE")).problem(403);
        assertEquals("opinion", post(decide, suzhou, Map.of("decision", "REFUSE")).problem(400).get("errors").get(0).get("field").asText());
        assertEquals("APPROVED", post(decide, suzhou, Map.of("decision", "APPROVE", "opinion", "材料齐全")).expect(200).json()
                .get("status").asText());
        post(decide, suzhou, Map.of("decision", "REFUSE", "opinion", "again")).problem(409);
        assertEquals("decided: its attachments are final", 409, upload(w.token(), attachments, "image/png", png));

        JsonNode year = get(POLICY + "/years/2026", w.token()).expect(200).json();
        assertEquals(72.0, year.get("requiredHours").asDouble(), 0.0);
        assertEquals(12.5, year.get("declaredHours").asDouble(), 0.0);
        assertEquals(59.5, year.get("remainingHours").asDouble(), 0.0);
        assertEquals("never carried forward", 72.0, get(POLICY + "/years/2027", w.token()).expect(200).json().get("remainingHours")
                .asDouble(), 0.0);
        assertEquals(1, get(declarations + "?status=APPROVED&kind=SEMINAR&from=2026-03-01&to=2026-03-31", w.token()).expect(200).json()
                .size());
        assertEquals(0, get(declarations + "?kind=OTHER", w.token()).expect(200).json().size());
        assertEquals("status", get(declarations + "?status=MAYBE", w.token()).problem(400).get("errors").get(0).get("field").asText());
        assertTrue(get(declarations, suzhou).expect(200).json().toString().contains("\"id\":" + id));
        assertTrue(!get(declarations, nanjing).expect(200).json().toString().contains("\"id\":" + id));
        assertEquals(0, get(declarations, register().token()).expect(200).json().size());
    }

    private int upload(String token, String path, String type, byte[] body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + path))
                .header("Content-Type", type).header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
