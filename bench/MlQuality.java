// The ML-quality figures: models trained on some people tested on people they never saw, training
// time with augmentation and auto, the board budget, and continuous recognition on a stream.
// java -cp <kumiki and ml test class path> bench/MlQuality.java OUTDIR   (words need espeak-ng and sox)
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kumiki.ml.LiveRecognition;
import kumiki.ml.ModelTraining;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Labels;
import kumiki.ml.dataset.Sample;
import kumiki.ml.dataset.SessionTags;
import kumiki.ml.model.FloatModel;
import kumiki.ml.synth.GestureGenerator;
import kumiki.ml.synth.SpokenWords;

public class MlQuality {
    static final GestureGenerator CLASS = GestureGenerator.classroom(1, 9);

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<Sample> unseen = people(6, 8, 20);

        System.out.println("== gestures: six people (10 of each gesture each) -> three unseen people");
        ModelTraining.Result six = train(people(0, 5, 10));
        unseenAccuracy(six, unseen);
        stream(six);

        System.out.println("== gestures: one person, 10 of each gesture -> three unseen people");
        ModelTraining.Result one = train(people(0, 0, 10));
        unseenAccuracy(one, unseen);

        System.out.println("== training time: 60 motion examples (3 people x 4 gestures x 5), auto + augmentation");
        train(people(0, 2, 5));

        System.out.println("== words: voices v0-v3 -> unseen voices v4, v5 (yes, no, background; 60 of each)");
        Path words = out.resolve("words");
        SpokenWords.write(words, List.of("yes", "no"), 60, 1);
        List<Sample> all = DatasetReader.read(words).samples();
        List<Sample> known = all.stream().filter(s -> !List.of("v4", "v5").contains(SessionTags.of(s.file()))).toList();
        List<Sample> newVoices = all.stream().filter(s -> List.of("v4", "v5").contains(SessionTags.of(s.file()))).toList();
        ModelTraining.Result w = train(known);
        unseenAccuracy(w, newVoices);

        System.out.println("== words: each voice left out in turn (trained on the other five)");
        for (int v = 0; v < 6; v++) {
            String voice = "v" + v;
            List<Sample> others = all.stream().filter(s -> !SessionTags.of(s.file()).equals(voice)).toList();
            List<Sample> left = all.stream().filter(s -> SessionTags.of(s.file()).equals(voice)).toList();
            ModelTraining.Result r = ModelTraining.train(others, ModelTraining.Plan.of("auto", 1), p -> { }, () -> false);
            System.out.print("  " + voice + ":");
            unseenAccuracy(r, left);
        }

        System.out.println("== training time: 200 one-second sound examples, auto + augmentation");
        Path more = out.resolve("words200");
        SpokenWords.write(more, List.of("yes", "no"), 67, 2);
        List<Sample> two = DatasetReader.read(more).samples();
        train(two.subList(0, Math.min(200, two.size())));
    }

    static List<Sample> people(int first, int last, int per) {
        List<Sample> out = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            for (String g : GestureGenerator.GESTURES) {
                for (int n = 0; n < per; n++) {
                    out.add(CLASS.sample(g, p, p * 1000 + n));
                }
            }
        }
        return out;
    }

    static ModelTraining.Result train(List<Sample> samples) throws Exception {
        ModelTraining.Result r = ModelTraining.train(samples, ModelTraining.Plan.of("auto", 1), p -> { }, () -> false);
        var rep = r.report();
        System.out.printf(Locale.ROOT, "  %d examples, chose %s in %.1f s; candidates %s%n", samples.size(),
                r.model().pipeline().name(), r.seconds(), r.candidates().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %.1f%%", c.pipeline(), 100 * c.crossValidation())).toList());
        System.out.printf(Locale.ROOT, "  own test: %s%s%n", r.split().description(), r.int8Metrics() == null ? ""
                : String.format(Locale.ROOT, ": int8 %.1f%%", 100 * r.int8Metrics().accuracy()));
        System.out.printf(Locale.ROOT, "  board: model %,d B, arena %,d B, flash %,d B, ~%.2f ms per window at 120 MHz; %d flagged as unlike%n",
                rep.modelBytes(), rep.arenaBytes(), rep.flashBytes(), rep.latencyMs(), r.unlike().size());
        return r;
    }

    static void unseenAccuracy(ModelTraining.Result r, List<Sample> test) {
        List<String> labels = r.model().labels();
        int[][] confusion = new int[labels.size()][labels.size()];
        int ok = 0;
        for (Sample s : test) {
            int truth = labels.indexOf(s.label());
            int predicted = FloatModel.argmax(r.model().predict(s));
            confusion[truth][predicted]++;
            ok += truth == predicted ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  UNSEEN int8 accuracy: %.1f%% of %d%n", 100.0 * ok / test.size(), test.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                if (i != j && confusion[i][j] > 0) {
                    System.out.printf(Locale.ROOT, "    %d %s taken for %s%n", confusion[i][j], labels.get(i), labels.get(j));
                }
            }
        }
    }

    /** 60 s of an unseen person at rest with 10 gestures; one event per gesture is a hit, any other a false one. */
    static void stream(ModelTraining.Result r) {
        int hits = 0;
        int misses = 0;
        int falses = 0;
        double restMinutes = 0;
        for (int person = 6; person < 9; person++) {
            GestureGenerator.Stream s = CLASS.stream(person, 60, 10, 100 + person);
            List<LiveRecognition.Event> events = new ArrayList<>(LiveRecognition.run(r.model(), s.sample()).stream()
                    .filter(e -> e.started() && !Labels.isBackground(e.label())).toList());
            for (int k = 0; k < s.starts().size(); k++) {
                double from = s.starts().get(k);
                double to = from + s.gestureSeconds() + 2.5;
                String g = s.gestures().get(k);
                var hit = events.stream().filter(e -> e.label().equals(g) && e.seconds() >= from && e.seconds() <= to).findFirst();
                if (hit.isPresent()) {
                    hits++;
                    events.remove(hit.get());
                } else {
                    misses++;
                }
            }
            falses += events.size();
            restMinutes += (60 - s.starts().size() * s.gestureSeconds()) / 60.0;
        }
        System.out.printf(Locale.ROOT, "  STREAM (3 unseen people x 60 s x 10 gestures): %d hits, %d misses, %d false (%.2f per minute of rest)%n",
                hits, misses, falses, falses / restMinutes);
    }
}
