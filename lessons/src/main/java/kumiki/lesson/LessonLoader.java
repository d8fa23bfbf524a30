package kumiki.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kumiki.project.JsonText;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.WorkspaceLimits;

/** Reads a {@link LessonPack} into a {@link Lesson}; what it cannot use at all is a {@link LessonException}. */
public final class LessonLoader {
    static final ObjectMapper JSON = Project.limited(new ObjectMapper());

    static {
        // Reading a tree does not recurse, and WorkspaceLimits bounds the blocks; texts stay short.
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(WorkspaceLimits.MAX_JSON_DEPTH).maxStringLength(1_000_000).build());
    }

    private LessonLoader() {
    }

    public static Lesson load(LessonPack pack) throws LessonException {
        byte[] raw = pack.file("lesson.json");
        if (raw == null) {
            throw new LessonException("lesson.noLessonJson", pack.name());
        }
        JsonNode json = readJson(raw, "lesson.json");
        if (!json.isObject()) {
            throw new LessonException("lesson.badJson", "lesson.json", 1, "not an object");
        }
        int format = json.path("format").asInt(0);
        if (format < 1) {
            throw new LessonException("lesson.badField", "lesson.json", "format");
        }
        if (format > Lesson.FORMAT) {
            throw new LessonException("lesson.newerFormat", pack.name(), format, Lesson.FORMAT);
        }
        String id = json.path("id").asText("");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,60}")) {
            throw new LessonException("lesson.badField", "lesson.json", "id");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        json.path("title").fields().forEachRemaining(e -> titles.put(e.getKey(), e.getValue().asText()));
        Set<String> needs = new LinkedHashSet<>();
        json.path("needs").forEach(n -> needs.add(n.asText()));
        List<Step> steps = new ArrayList<>();
        JsonNode stepList = json.path("steps");
        if (!stepList.isMissingNode() && !stepList.isArray()) {
            throw new LessonException("lesson.badField", "lesson.json", "steps");
        }
        int index = 0;
        for (JsonNode s : stepList) {
            index++;
            if (!s.isObject()) {
                throw new LessonException("lesson.badField", "lesson.json", "steps[" + index + "]");
            }
            steps.add(step(s, index));
        }
        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (String lang : Lesson.LANGUAGES) {
            byte[] md = pack.file(lang + ".md");
            if (md != null) {
                texts.put(lang, LessonMarkdown.parse(lang, lang + ".md", new String(md, StandardCharsets.UTF_8)));
            }
        }
        if (!texts.containsKey("en") && !texts.containsKey("ja")) {
            throw new LessonException("lesson.noText", pack.name());
        }
        return new Lesson(id, titles, json.path("level").asText(""), json.path("ages").asText(""),
                json.path("minutes").asInt(0), json.path("board").asText("wio-terminal"), needs,
                workspace(json.get("starter"), "starter"), workspace(json.get("solution"), "solution"), steps, texts, pack);
    }

    private static Step step(JsonNode s, int index) throws LessonException {
        List<CheckRule> rules = new ArrayList<>();
        JsonNode check = s.path("check");
        if (!check.isMissingNode() && !check.isArray()) {
            throw new LessonException("lesson.badCheck", index, check.toString().length() > 80
                    ? check.toString().substring(0, 80) + "…" : check.toString());
        }
        for (JsonNode r : check) {
            rules.add(rule(r, index));
        }
        String toolbox = s.path("toolbox").asText("step");
        return new Step(s.path("id").asText("step" + index), workspace(s.get("blocks"), "steps[" + index + "].blocks"),
                !toolbox.equals("all"), rules, workspace(s.get("solution"), "steps[" + index + "].solution"));
    }

    static CheckRule rule(JsonNode r, int step) throws LessonException {
        if (!r.isObject()) {
            throw new LessonException("lesson.badCheck", step, r.toString());
        }
        if (r.has("forbid")) {
            return CheckRule.forbidding(r.path("forbid").asText());
        }
        if (!r.path("block").isTextual()) {
            throw new LessonException("lesson.badCheck", step, r.toString());
        }
        return new CheckRule(r.path("block").asText(), Math.max(1, r.path("count").asInt(1)), strings(r.get("fields")),
                r.hasNonNull("input") ? r.get("input").asText() : null,
                r.hasNonNull("min") ? r.get("min").asDouble() : null,
                r.hasNonNull("max") ? r.get("max").asDouble() : null,
                r.hasNonNull("inside") ? r.get("inside").asText() : null, strings(r.get("insideFields")), null);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** Blocks in a lesson keep the same limits as a project's before any Blockly sees them. */
    private static String workspace(JsonNode node, String where) throws LessonException {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            WorkspaceLimits.check(node, "lesson.json");
        } catch (ProjectException e) {
            throw new LessonException("lesson.badBlocks", where);
        }
        return JsonText.compact(node);
    }

    static JsonNode readJson(byte[] raw, String file) throws LessonException {
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null) {
                throw new LessonException("lesson.badJson", file, 1, "empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            if (where == null || where.getLineNr() < 1) {
                throw new LessonException("lesson.badJsonNoLine", file, e.getOriginalMessage());
            }
            throw new LessonException("lesson.badJson", file, where.getLineNr(), e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new LessonException("lesson.badJson", file, 0, e.getMessage());
        }
    }
}
