package kumiki.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import kumiki.ml.dataset.Sample;
import org.junit.jupiter.api.Test;

/** Features of synthetic signals whose right answers are known from the mathematics, not from a previous run. */
class FeatureGoldenTest {
    /** A 10 Hz sine of amplitude 0.8 g on x over a constant 1 g on z, 2 s at 62.5 Hz. */
    static Sample sine() {
        float[][] v = new float[3][125];
        for (int t = 0; t < 125; t++) {
            v[0][t] = (float) (0.8 * Math.sin(2 * Math.PI * 10 * t / 62.5));
            v[2][t] = 1f;
        }
        return new Sample("sine.csv", "sine", List.of("accX", "accY", "accZ"), 62.5, v);
    }

    @Test
    void spectralFeaturesOfASineAreWhatTheMathSays() {
        MotionSpectral p = MotionSpectral.standard();
        float[] f = p.extract(sine());
        assertThat(f).hasSize(33);
        // x: RMS of a sine is A/sqrt(2); it is symmetric (skewness 0); its excess kurtosis is -1.5.
        assertThat(f[0]).isCloseTo((float) (0.8 / Math.sqrt(2)), offset(0.01f));
        assertThat(f[1]).isCloseTo(0f, offset(0.02f));
        assertThat(f[2]).isCloseTo(-1.5f, offset(0.03f));
        // 10 Hz is FFT bin 10 * 128 / 62.5 = 20.5, in band 2 (bins 17..24): the loudest band.
        int loudest = 0;
        for (int b = 1; b < 8; b++) {
            if (f[3 + b] > f[3 + loudest]) {
                loudest = b;
            }
        }
        assertThat(loudest).isEqualTo(2);
        // y and z do not move: no RMS, and every band sits at the silence floor log10(1e-6) = -6.
        for (int axis = 1; axis < 3; axis++) {
            assertThat(f[axis * 11]).isZero();
            for (int b = 0; b < 8; b++) {
                assertThat(f[axis * 11 + 3 + b]).isEqualTo(-6f);
            }
        }
    }

    @Test
    void rawWindowOfARampIsTheSameRampAtFewerPoints() {
        float[][] v = new float[3][125];
        for (int t = 0; t < 125; t++) {
            v[0][t] = t;
            v[1][t] = -t;
            v[2][t] = 5;
        }
        float[] f = RawWindow.motion().extract(new Sample("ramp.csv", "r", List.of("accX", "accY", "accZ"), 62.5, v));
        assertThat(f).hasSize(150);
        for (int i = 0; i < 50; i++) {
            float expected = i * 124f / 49f;
            assertThat(f[i * 3]).isCloseTo(expected, offset(1e-3f));
            assertThat(f[i * 3 + 1]).isCloseTo(-expected, offset(1e-3f));
            assertThat(f[i * 3 + 2]).isEqualTo(5f);
        }
    }

    @Test
    void melEnergiesOfAToneAreLoudestInTheFilterHoldingIt() {
        // 40 filters spread evenly in mel from mel(80) = 2595·log10(1 + 80/700) = 122.0 to mel(7600) = 2787.0,
        // (2787.0 - 122.0) / 41 = 65.0 mel apart: filter m (1-based) is centred at 122.0 + 65.0·m mel.
        // Filter 14 is centred at 1032.0 mel = 700·(10^(1032/2595) - 1) = 1048.9 Hz = FFT bin 33.57 (512 points at 16 kHz: 31.25 Hz a bin); its neighbours at bins 30.43
        // and 36.89. A tone at bin 34 (1062.5 Hz) is 0.43 bins from filter 14's centre and ~3 from the
        // others, so filter 14 (index 13) must be the loudest in every frame.
        float[] v = new float[16000];
        for (int t = 0; t < v.length; t++) {
            v[t] = (float) (0.5 * Math.sin(2 * Math.PI * 1062.5 * t / 16000.0));
        }
        AudioMfe p = AudioMfe.standard();
        float[] f = p.extract(new Sample("tone.wav", "tone", List.of("audio"), 16000, new float[][] {v}));
        assertThat(p.outputShape()).containsExactly(61, 40);
        for (int frame = 0; frame < 61; frame++) {
            int loudest = 0;
            for (int m = 1; m < 40; m++) {
                if (f[frame * 40 + m] > f[frame * 40 + loudest]) {
                    loudest = m;
                }
            }
            assertThat(loudest).as("frame %d", frame).isEqualTo(13);
        }
        // Silence (padding) sits at the floor, log10(1e-10) = -10.
        float[] quiet = p.extract(new Sample("quiet.wav", "q", List.of("audio"), 16000, new float[][] {new float[16000]}));
        assertThat(quiet[0]).isEqualTo(-10f);
    }

    @Test
    void parametersAreCheckedWithAHelpfulMessage() {
        assertThatThrownBy(() -> new MotionSpectral(62.5, 2000, 250, 100, 8))
                .hasMessageContaining("FFT length must be a power of 2");
        assertThatThrownBy(() -> new MotionSpectral(62.5, 2000, 250, 64, 8))
                .hasMessageContaining("shorter than the window").hasMessageContaining("use 128");
        assertThatThrownBy(() -> Pipelines.standard("motion-magic")).hasMessageContaining("Choose one of");
        assertThatThrownBy(() -> new AudioMfe(16000, 1000, 250, 30, 16, 40, 80, 7600)).hasMessageContaining("power of 2");
    }

    @Test
    void everyPipelineDescribesItself() {
        for (String name : Pipelines.NAMES) {
            FeaturePipeline p = Pipelines.standard(name);
            assertThat(p.describe()).containsKeys("name", "version", "parameters", "channels", "outputShape");
            assertThat(p.parameters()).containsKeys("rateHz", "windowMs");
            assertThat(p.cSource()).contains("void kumiki_features(const float *window, float *out)")
                    .doesNotContain("malloc").doesNotContain("#include <stdlib.h>");
        }
    }
}
