package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.collector.CollectorSketch;
import kumiki.device.protocol.DeviceHello;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kumiki collector --sensor accel -o DIR}: the sketch that streams sensor readings for recording. */
@Command(name = "collector", mixinStandardHelpOptions = true,
        description = "Write the data-collection sketch for one sensor (accel, light, mic or analog:A0..A8).")
public final class CollectorCommand extends KumikiCommand implements Callable<Integer> {
    @Option(names = "--sensor", required = true, paramLabel = "SENSOR",
            description = "accel, light, mic, or analog:A0 .. analog:A8.")
    String sensor;

    @Option(names = "--rate", paramLabel = "HZ",
            description = "Readings per second (accel 1-400, default 62.5; light and analog 1-1000, default 50; mic is always 16000).")
    Double rate;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the sketch folder into.")
    Path output;

    @Override
    public Integer call() {
        CollectorSensor s = CollectorSensor.parse(sensor);
        if (s == null) {
            throw new BadInputException(KumikiCli.WORDS.get("collector.unknownSensor", sensor));
        }
        double hz = rate == null ? s.defaultRate() : rate;
        if (!s.acceptsRate(hz)) {
            throw new BadInputException(KumikiCli.WORDS.get("collector.badRate", DeviceHello.formatRate(hz), s.name(),
                    DeviceHello.formatRate(s.minRate()), DeviceHello.formatRate(s.maxRate())));
        }
        Path ino = writeSketch(output, kumiki.codegen.SketchBuilder.of(CollectorSketch.sketchName(s), CollectorSketch.generate(s, hz), s.libraries()));
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("sketch", ino.toString());
            n.put("hello", CollectorSketch.hello(s, hz).toLine());
            spec.commandLine().getOut().println(n);
        } else {
            spec.commandLine().getOut().println(KumikiCli.WORDS.get("cli.ok", ino));
        }
        return KumikiCli.OK;
    }
}
