package kumiki.codegen.teach;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kumiki.ml.dataset.Sample;

/**
 * Sound for the host runner's microphone: a 16 kHz recording (-1..1, as a WAV file holds it) written
 * as the 16-bit file that its {@code mic-pcm} line plays through the timer, and the same sound as the
 * sketch receives it (the board's converter keeps 12 of the 16 bits), for Kumiki's Java to hear.
 */
final class MicStream {
    static final int RATE = 16_000;

    private MicStream() {
    }

    record Written(String script, Sample heard) {
    }

    static Written write(float[] sound, Path dir, int untilMs) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(sound.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        float[] twelveBit = new float[sound.length];
        for (int i = 0; i < sound.length; i++) {
            short pcm = (short) Math.max(-32768, Math.min(32767, Math.round(sound[i] * 32768)));
            bytes.putShort(pcm);
            twelveBit[i] = (pcm / 16) * 16 / 32768f;
        }
        Path file = Files.createTempFile(dir, "sound", ".pcm");
        Files.write(file, bytes.array());
        return new Written("until " + untilMs + "\nmic-pcm 0 " + file + "\n",
                new Sample("stream.wav", "stream", List.of("audio"), RATE, new float[][] {twelveBit}));
    }
}
