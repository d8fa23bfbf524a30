package kumiki.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kumiki.codegen.BlockFacts;
import kumiki.project.AtomicFile;
import kumiki.project.JsonText;

/**
 * A lesson being written in teacher mode. Teachers fill in words and press buttons ("use the
 * workspace as this step's blocks", "make a check from the workspace"); this class turns that into
 * lesson.json and the Markdown files, so nobody writes JSON by hand.
 */
public final class LessonDraft {
    public String id = "my-lesson";
    public final Map<String, String> titles = new LinkedHashMap<>(Map.of("en", "", "ja", ""));
    public String level = "beginner";
    public int minutes = 20;
    public String starterJson;
    public final List<StepDraft> steps = new ArrayList<>();

    /** One step: its words per language, its blocks, its check, its solution. */
    public static final class StepDraft {
        public final Map<String, String> titles = new LinkedHashMap<>(Map.of("en", "", "ja", ""));
        public final Map<String, String> texts = new LinkedHashMap<>(Map.of("en", "", "ja", ""));
        public final Map<String, String> hints = new LinkedHashMap<>(Map.of("en", "", "ja", ""));
        public String blocksJson;
        public boolean limitToolbox = true;
        public final List<CheckRule> check = new ArrayList<>();
        public String solutionJson;
    }

    /** A draft of an existing lesson, to change it. */
    public static LessonDraft of(Lesson lesson) {
        LessonDraft d = new LessonDraft();
        d.id = lesson.id();
        d.titles.putAll(lesson.titles());
        d.level = lesson.level();
        d.minutes = lesson.minutes();
        d.starterJson = lesson.starterJson();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step s = lesson.steps().get(i);
            StepDraft sd = new StepDraft();
            for (Map.Entry<String, LessonText> t : lesson.texts().entrySet()) {
                if (i < t.getValue().steps().size()) {
                    LessonText.StepText st = t.getValue().steps().get(i);
                    sd.titles.put(t.getKey(), st.title());
                    sd.texts.put(t.getKey(), st.body());
                    sd.hints.put(t.getKey(), st.hint());
                }
            }
            sd.blocksJson = s.blocksJson();
            sd.limitToolbox = s.limitToolbox();
            sd.check.addAll(s.check());
            sd.solutionJson = s.solutionJson();
            d.steps.add(sd);
        }
        return d;
    }

    /**
     * A check that the given workspace passes exactly: for each kind of placed block, how many there
     * are and which start block they sit in, and each number as a range of one value. The teacher then
     * loosens it (fewer, wider) in the table.
     */
    public static List<CheckRule> checkFrom(String workspaceJson) throws LessonException {
        Map<String, CheckRule> rules = new LinkedHashMap<>();
        for (WorkspaceBlocks.Node n : WorkspaceBlocks.of(workspaceJson)) {
            if (!n.attached() || BlockFacts.isHat(n.type())) {
                continue;
            }
            WorkspaceBlocks.Node hat = n.containers().isEmpty() ? null : n.containers().get(n.containers().size() - 1);
            Map<String, String> hatFields = hat == null ? Map.of() : hatKeyFields(hat);
            String key = n.type() + "@" + (hat == null ? "" : hat.type() + hatFields);
            CheckRule old = rules.get(key);
            rules.put(key, new CheckRule(n.type(), old == null ? 1 : old.count() + 1, Map.of(), null, null, null,
                    hat == null ? null : hat.type(), hatFields, null));
        }
        List<CheckRule> out = new ArrayList<>(rules.values());
        for (WorkspaceBlocks.Node n : WorkspaceBlocks.of(workspaceJson)) {
            if (n.attached() && !BlockFacts.isHat(n.type())) {
                for (Map.Entry<String, Double> num : n.numbers().entrySet()) {
                    if (n.fields().containsKey(num.getKey())) {
                        continue;
                    }
                    out.add(new CheckRule(n.type(), 1, Map.of(), num.getKey(), num.getValue(), num.getValue(), null, Map.of(), null));
                }
            }
        }
        return out;
    }

    /** The fields that tell start blocks apart: which button, how often. */
    private static Map<String, String> hatKeyFields(WorkspaceBlocks.Node hat) {
        Map<String, String> f = new LinkedHashMap<>();
        if (hat.fields().containsKey("BUTTON")) {
            f.put("BUTTON", hat.fields().get("BUTTON"));
        }
        return f;
    }

    /** The files of the lesson: lesson.json, en.md, ja.md. */
    public LessonPack toPack() {
        ObjectNode json = LessonLoader.JSON.createObjectNode();
        json.put("format", Lesson.FORMAT);
        json.put("id", id);
        ObjectNode t = json.putObject("title");
        titles.forEach(t::put);
        json.put("level", level);
        json.put("ages", "8-12");
        json.put("minutes", minutes);
        json.put("board", "wio-terminal");
        json.putArray("needs");
        json.set("starter", parse(starterJson));
        ArrayNode arr = json.putArray("steps");
        for (int i = 0; i < steps.size(); i++) {
            StepDraft s = steps.get(i);
            ObjectNode o = arr.addObject();
            o.put("id", "step" + (i + 1));
            o.put("toolbox", s.limitToolbox ? "step" : "all");
            if (s.blocksJson != null) {
                o.set("blocks", parse(s.blocksJson));
            }
            ArrayNode check = o.putArray("check");
            for (CheckRule r : s.check) {
                check.add(ruleJson(r));
            }
            if (s.solutionJson != null) {
                o.set("solution", parse(s.solutionJson));
            }
        }
        String last = steps.isEmpty() ? null : steps.get(steps.size() - 1).solutionJson;
        json.set("solution", parse(last));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("lesson.json", JsonText.pretty(json));
        for (String lang : List.of("en", "ja")) {
            files.put(lang + ".md", markdown(lang).getBytes(StandardCharsets.UTF_8));
        }
        return new LessonPack(id, files);
    }

    String markdown(String lang) {
        StringBuilder md = new StringBuilder("# ").append(oneLine(titles.getOrDefault(lang, ""))).append("\n");
        for (StepDraft s : steps) {
            md.append("\n## ").append(oneLine(s.titles.getOrDefault(lang, ""))).append("\n\n");
            md.append(s.texts.getOrDefault(lang, "").strip()).append("\n");
            String hint = s.hints.getOrDefault(lang, "").strip();
            if (!hint.isEmpty()) {
                md.append("\n");
                for (String line : hint.split("\n")) {
                    md.append("> ").append(line).append("\n");
                }
            }
        }
        return md.toString();
    }

    /** A heading must stay one line, or it would swallow the text after it. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }

    static ObjectNode ruleJson(CheckRule r) {
        ObjectNode o = LessonLoader.JSON.createObjectNode();
        if (r.isForbid()) {
            o.put("forbid", r.forbid());
            return o;
        }
        o.put("block", r.block());
        if (r.count() > 1) {
            o.put("count", r.count());
        }
        if (!r.fields().isEmpty()) {
            ObjectNode f = o.putObject("fields");
            r.fields().forEach(f::put);
        }
        if (r.input() != null) {
            o.put("input", r.input());
            if (r.min() != null) {
                o.put("min", r.min());
            }
            if (r.max() != null) {
                o.put("max", r.max());
            }
        }
        if (r.inside() != null) {
            o.put("inside", r.inside());
            if (!r.insideFields().isEmpty()) {
                ObjectNode f = o.putObject("insideFields");
                r.insideFields().forEach(f::put);
            }
        }
        return o;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? LessonLoader.JSON.nullNode() : LessonLoader.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("workspace JSON from the editor is malformed", e);
        }
    }

    /** Writes the lesson as one .kumiki-lesson file for other teachers (atomically). */
    public void export(Path file) throws IOException {
        LessonPack pack = toPack();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : pack.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        byte[] content = bytes.toByteArray();
        AtomicFile.write(file, out -> out.write(content));
    }
}
