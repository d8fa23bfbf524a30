package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import kumiki.device.capture.DatasetWriter;
import kumiki.device.plot.PlotData;
import kumiki.device.plot.PlotLineParser;
import kumiki.device.serial.MonitorBuffer;
import org.junit.jupiter.api.Test;

class PlotAndMonitorTest {
    @Test
    void readsWhatThePlotBlockPrints() {
        // The plot block prints exactly this (see the kumiki_serial_plot golden).
        assertThat(PlotLineParser.parse("light:512,threshold:600")).containsExactly(
                Map.entry("light", 512.0), Map.entry("threshold", 600.0));
        assertThat(PlotLineParser.parse("x:-0.25")).containsExactly(Map.entry("x", -0.25));
        // The Arduino plotter's unnamed form.
        assertThat(PlotLineParser.parse("1 2.5\t3")).containsExactly(
                Map.entry("value1", 1.0), Map.entry("value2", 2.5), Map.entry("value3", 3.0));
    }

    @Test
    void textIsNeverAPlotLine() {
        for (String text : new String[] {"Hello!", "score: lots", "light:", ":5", "1,two,3", "NaN", "Infinity",
                "x:1e999", "3d", ""}) {
            assertThat(PlotLineParser.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void keepsTheLastPointsOfEachSeriesWithGapsForLateSeries() {
        PlotData plot = new PlotData(4);
        for (int i = 0; i < 6; i++) {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("a", (double) i);
            if (i >= 4) {
                v.put("b", 10.0 * i);
            }
            plot.add(v);
        }
        PlotData.Snapshot s = plot.snapshot();
        assertThat(s.names()).containsExactly("a", "b");
        assertThat(s.firstX()).isEqualTo(2);
        assertThat(s.series().get(0)).containsExactly(2, 3, 4, 5);
        assertThat(s.series().get(1)[0]).isNaN();
        assertThat(s.series().get(1)[3]).isEqualTo(50);
        assertThat(s.min()).isEqualTo(2);
        assertThat(s.max()).isEqualTo(50);
        long v = plot.version();
        plot.add(Map.of());
        assertThat(plot.version()).isEqualTo(v);
    }

    @Test
    void monitorHandsOverBatchesAndNeverGrowsWithoutLimit() {
        MonitorBuffer m = new MonitorBuffer(3);
        assertThat(m.drain()).isEmpty();
        for (int i = 1; i <= 5; i++) {
            m.add("line " + i);
        }
        assertThat(m.drain()).isEqualTo("line 3\nline 4\nline 5\n");
        assertThat(m.skipped()).isEqualTo(2);
        assertThat(m.drain()).isEmpty();
    }

    @Test
    void timestampsComeFromTheDeclaredRate() {
        assertThat(DatasetWriter.timestamp(0, 62.5)).isEqualTo("0");
        assertThat(DatasetWriter.timestamp(3, 62.5)).isEqualTo("48");
        assertThat(DatasetWriter.timestamp(1, 30)).isEqualTo("33.333");
        assertThat(DatasetWriter.timestamp(16000, 16000)).isEqualTo("1000");
    }
}
