package kumiki.editor;

import java.util.List;

/**
 * What the board can be taught to recognise, as the wizard's first step offers it: the sensor, how
 * long one example lasts, the labels a child is likely to want, and the "nothing is happening" label
 * every model needs so that it does not have to guess a movement when there is none.
 */
public enum TeachKind {
    /** The accelerometer: a movement of the whole board. */
    MOTION("motion", 2, List.of("wave", "shake", "circle"), "idle"),
    /** The microphone: a short sound. */
    SOUND("sound", 1, List.of("clap", "snap", "whistle"), "background"),
    /** The light sensor: a hand's shadow passing over it, as in Seeed's TinyML course. */
    LIGHT("light", 2, List.of("rock", "paper", "scissors"), "nothing"),
    /** A Grove sensor on the analog pin, for example a gas sensor that tells smells apart. */
    ANALOG("analog", 2, List.of("coffee", "orange", "mint"), "nothing");

    private final String key;
    private final int seconds;
    private final List<String> suggestions;
    private final String background;

    TeachKind(String key, int seconds, List<String> suggestions, String background) {
        this.key = key;
        this.seconds = seconds;
        this.suggestions = suggestions;
        this.background = background;
    }

    /** The part of message keys that names it: {@code teach.kind.motion.title}. */
    public String key() {
        return key;
    }

    /** How long one example is. */
    public int seconds() {
        return seconds;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    /** The label for "nothing is happening" that the wizard always offers. */
    public String background() {
        return background;
    }

    /** The collector that streams this kind's sensor (the Grove sensor on A0, the analog port). */
    public kumiki.device.collector.CollectorSensor collector() {
        return switch (this) {
            case MOTION -> kumiki.device.collector.CollectorSensor.accel();
            case SOUND -> kumiki.device.collector.CollectorSensor.mic();
            case LIGHT -> kumiki.device.collector.CollectorSensor.light();
            case ANALOG -> kumiki.device.collector.CollectorSensor.analog("A0");
        };
    }

    /**
     * The channels its examples have in the dataset, which choose the features: a sound is read from
     * its WAV file as "audio", the sensors by the collector's column names.
     */
    public List<String> channels() {
        return this == SOUND ? List.of("audio") : collector().columns();
    }

    /** Whether Kumiki has built-in examples of it, for a class without boards. */
    public boolean hasSampleSet() {
        return this == MOTION;
    }
}
