package kumiki.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.ml.ModelPackage;
import kumiki.ml.quant.ModelReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kumiki report}: what a model costs on the Wio Terminal. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Show a model's RAM (tensor arena), flash, operators, MACs and estimated latency on the Wio Terminal.")
public final class ReportCommand extends KumikiCommand implements Callable<Integer> {
    @Mixin
    ModelOptions modelOptions;

    @Override
    public Integer call() {
        ModelPackage model = modelOptions.load();
        ModelReport report = model.report();
        if (jsonOption.json) {
            spec.commandLine().getOut().println(Json.MAPPER.valueToTree(report));
        } else {
            print(spec.commandLine().getOut(), model);
        }
        return KumikiCli.OK;
    }

    static void print(PrintWriter o, ModelPackage model) {
        ModelReport r = model.report();
        o.printf(Locale.ROOT, "RAM:   %,d bytes (arena %,d + interpreter %,d) of %,d KB%s%n", r.arenaBytes(), r.activationBytes(),
                r.interpreterBytes(), ModelReport.RAM_BYTES / 1024, r.fitsRam() ? "" : "  — TOO LARGE");
        o.printf(Locale.ROOT, "Flash: %,d bytes (model %,d) of %,d KB%s%n", r.flashBytes(), r.modelBytes(),
                ModelReport.FLASH_BYTES / 1024, r.fitsFlash() ? "" : "  — TOO LARGE");
        o.printf(Locale.ROOT, "Operators: %s; %,d MACs; about %.2f ms per run at 120 MHz (estimate)%n",
                String.join(" → ", r.operators()), r.macs(), r.latencyMs());
        o.printf(Locale.ROOT, "One recognition: about %.2f ms at 120 MHz (features %.2f ms, measured on a Cortex-M4; model %.2f ms)%n",
                model.recognitionMs(), model.pipeline().boardMs(), r.latencyMs());
    }
}
